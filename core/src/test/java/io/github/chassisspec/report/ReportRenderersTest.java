package io.github.chassisspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.ReportJsonWriter;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.units.Slope;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportRenderersTest {

    private static ComplianceReport clientsWords() {
        RequirementProfile profile = RequirementProfile.named("client's words").adhesion(0.8)
                .require(ParkingHoldRequirement.of(Slope.parse("45 °")).labelled("park on 45 degrees"))
                .require(HillStartRequirement.of(Slope.parse("30 °"), 2))
                .build();
        return RequirementEvaluator.evaluate(TestSpecs.bus(), profile);
    }

    @Test
    void text_showsATableAPersonReadsAtAGlance() {
        String text = TextReport.render(clientsWords());
        // Capabilities of PHYSICS.md §8: 22.2° downhill (45 − 22.2 = −22.8), 13.0° in second gear (13.0 − 30 = −17.0).
        assertTrue(text.startsWith("BUS-16T-5900 against \"client's words\": FAIL\n\n"
                + "  #  requirement                load   required      capability                      margin  limited by  verdict\n"
                + "  1  parking hold, facing both  laden  45° (100 %)   22.2° (40.8 %) facing downhill  -22.8°  ADHESION    FAIL\n"
                + "  2  hill start, gear 2         laden  30° (57.7 %)  13.0° (23.0 %)                  -17.0°  ENGINE      FAIL\n"),
                text);
        assertTrue(text.contains("  1. “park on 45 degrees”\n     parking brake holds the laden vehicle facing downhill"
                + " up to 22.2° (40.8 %); 45° (100 %) required\n     directions: uphill 30.2° (ADHESION), downhill 22.2°"
                + " (ADHESION)\n     assumptions: adhesion 0.8\n"), text);
        assertTrue(text.contains("     WARNING: 45° needs μ ≥ 1.00 with every wheel braked"), text);
        assertTrue(text.contains("assumptions: adhesion 0.8, rolling resistance 0.01, reserve acceleration 0 m/s²,"
                + " launch torque 800 N·m (powertrain.engine.launchTorque)\n"), text);
    }

    @Test
    void passingMargin_isSigned() {
        ComplianceReport report = RequirementEvaluator.evaluate(TestSpecs.bus(), RequirementProfile.named("p")
                .adhesion(0.8).require(ParkingHoldRequirement.of(Slope.ofPercent(18)).facing(Facing.UPHILL)).build());
        // Uphill capability 30.23° against 18 % = 10.20°: margin +20.0°.
        assertTrue(TextReport.render(report).contains("  +20.0°  ADHESION    PASS\n"), TextReport.render(report));
    }

    @Test
    void markdown_escapesTextFromFiles() {
        ChassisSpec hostile = TestSpecs.bus().toBuilder().id("<script>alert(1)</script>").name("a | b").build();
        ComplianceReport report = RequirementEvaluator.evaluate(hostile, RequirementProfile.named("*bold* [x](y)")
                .require(ParkingHoldRequirement.of(Slope.ofPercent(18))).build());
        String markdown = MarkdownReport.render(report);
        assertTrue(markdown.startsWith("## \\<script\\>alert(1)\\</script\\> against “\\*bold\\* \\[x\\](y)”: **PASS**\n\n"
                + "a \\| b\n\n"), markdown);
        assertTrue(markdown.contains("| 1 | parking hold, facing both | laden | 18 % (10.2°) | "), markdown);
    }

    @Test
    void json_followsFormatSection4() {
        ComplianceReport report = RequirementEvaluator.evaluate(TestSpecs.bus(), RequirementProfile.named("tender")
                .adhesion(0.8).require(ParkingHoldRequirement.of(Slope.parse("45 %"))).build());
        JsonNode json = JsonMapper.builder().build().readTree(new ReportJsonWriter().toJson(report));
        assertEquals("BUS-16T-5900", json.get("spec").asString());
        assertEquals("tender", json.get("requirements").asString());
        assertEquals("FAIL", json.get("verdict").asString());
        JsonNode result = json.get("results").get(0);
        // FORMAT.md §4's example, from the hand calculation: 45 % = 24.23°, capability 22.20°, margin −2.03°.
        assertEquals("parkingHold", result.get("check").asString());
        assertEquals("downhill", result.get("facing").asString());
        assertEquals("24.23 °", result.get("required").asString());
        assertEquals("22.2 °", result.get("capability").asString());
        assertEquals("-2.03 °", result.get("margin").asString());
        assertEquals("ADHESION", result.get("limitedBy").asString());
        assertEquals(0.8, result.get("assumptions").get("adhesion").asDouble());
        assertEquals("parking brake holds the laden vehicle facing downhill up to 22.2° (40.8 %); 45 % (24.2°) required",
                result.get("message").asString());
        assertEquals(0, result.get("warnings").size());
        assertEquals(22.1989, result.get("capabilityValue").asDouble(), 1e-4);
    }

    @Test
    void json_ofANotEvaluatedResult_hasNullCapability() {
        ChassisSpec noPowertrain = TestSpecs.bus().toBuilder().powertrain(null).build();
        ComplianceReport report = RequirementEvaluator.evaluate(noPowertrain, RequirementProfile.named("p")
                .require(HillStartRequirement.of(Slope.ofPercent(12), 1)).build());
        JsonNode result = JsonMapper.builder().build().readTree(new ReportJsonWriter().toJson(report))
                .get("results").get(0);
        assertEquals("NOT_EVALUATED", result.get("verdict").asString());
        assertTrue(result.get("capability").isNull());
        assertEquals("not evaluated: the spec gives no powertrain", result.get("message").asString());
        assertEquals(Verdict.NOT_EVALUATED, report.verdict());
    }
}
