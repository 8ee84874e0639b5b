package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.ChassisUnits;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;

/**
 * Axle loads against legal limits and the steered share (PHYSICS.md §6) on the full 16 t bus, from a hand calculation:
 * L = 5.9 m; front = m·(5.9 − x)/5.9: laden 16 000·2.36/5.9 = 6400 kg, unladen 10 500·2.55/5.9 = 4538.14 kg; rear laden
 * 9600 kg, unladen 5961.86 kg. Axle loads are linear in the payload share s (m = 10 500 + 5500·s).
 */
class LoadChecksMutationTest {

    private static final ChassisSpec BUS = TestSpecs.fullBus();

    private static Quantity<Mass> kilograms(double value) {
        return Quantities.getQuantity(value, ChassisUnits.KILOGRAM);
    }

    private static RequirementResult evaluate(ChassisSpec spec, Requirement requirement) {
        return RequirementEvaluator.evaluate(spec, requirement, Assumptions.DEFAULTS);
    }

    /** The bus with its laden mass changed, the payload's own centre of gravity kept, worked out here. */
    private static ChassisSpec busWithLadenMass(double mass) {
        // Payload CoG x_p = (16 000·3.54 − 10 500·3.35)/5500, z_p = (16 000·1.30 − 10 500·1.15)/5500.
        double payloadPosition = (16_000 * 3.54 - 10_500 * 3.35) / 5500;
        double payloadHeight = (16_000 * 1.30 - 10_500 * 1.15) / 5500;
        double position = (10_500 * 3.35 + (mass - 10_500) * payloadPosition) / mass;
        double height = (10_500 * 1.15 + (mass - 10_500) * payloadHeight) / mass;
        return BUS.withLoadCase(ChassisSpec.LADEN, TestSpecs.loadCase(mass, position * 1000, height * 1000));
    }

    @Test
    void legalFrontAxleLimit_failing_givesTheLadenMassThatMeetsIt() {
        // Front 6400 kg > 6000 kg: utilisation 1.067 beats the rear's 9600/11 500. The front reaches 6000 kg at
        // s = (6000 − 4538.14)/(6400 − 4538.14) = 0.78516: m = 10 500 + 5500·0.78516 = 14 818.39 kg.
        AxleLoadsRequirement requirement = new AxleLoadsRequirement(null, kilograms(6000), null, null, null);
        RequirementResult result = evaluate(BUS, requirement);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(LimitingFactor.LEGAL_LIMIT, result.limitedBy());
        assertEquals("axles[0] (front) carries 6400 kg at laden, 400 kg over its legal limit 6000 kg", result.message());
        assertEquals("-400 kg", result.margin().text());
        assertEquals("6000 kg", result.required().text());
        assertEquals("6000 kg", String.valueOf(result.assumptions().get("maxAxleLoad")));
        assertEquals("6400 kg of 6000 kg (106.7 %)", String.valueOf(result.details().get("laden axles[0] (front)")));
        assertEquals("4538 kg of 6000 kg (75.6 %)", String.valueOf(result.details().get("unladen axles[0] (front)")));
        // The driven rear axle is not under the non-driven limit: its rating binds.
        assertEquals("9600 kg of 11500 kg (83.5 %)", String.valueOf(result.details().get("laden axles[1] (rear)")));
        assertEquals("16000 kg of 18600 kg (86.0 %)", String.valueOf(result.details().get("laden gross mass")));
        Change mass = result.remedies().get(0);
        assertEquals("mass", mass.parameter());
        assertEquals("loadCases.laden.mass", mass.path());
        assertEquals(14_818.389, mass.targetSi(), 1e-3);
        assertEquals("laden mass at most 14818 kg (now 16000 kg, payload's centre of gravity kept)", mass.text());
        assertEquals(Verdict.PASS, evaluate(busWithLadenMass(mass.targetSi() * 0.999999), requirement).verdict());
        assertEquals(Verdict.FAIL, evaluate(busWithLadenMass(mass.targetSi() * 1.001), requirement).verdict());
    }

    @Test
    void legalDrivenAxleLimit_bindsTheRear() {
        // Rear 9600 kg > 9000 kg; s = (9000 − 5961.86)/(9600 − 5961.86) = 0.83508: m = 15 092.94 kg.
        AxleLoadsRequirement requirement = new AxleLoadsRequirement(null, null, kilograms(9000), null, null);
        RequirementResult result = evaluate(BUS, requirement);
        assertEquals("axles[1] (rear) carries 9600 kg at laden, 600 kg over its legal limit 9000 kg", result.message());
        assertEquals("9000 kg", String.valueOf(result.assumptions().get("maxDrivenAxleLoad")));
        assertEquals(15_092.942, result.remedies().get(0).targetSi(), 1e-3);
        assertEquals(Verdict.FAIL, evaluate(busWithLadenMass(result.remedies().get(0).targetSi() * 1.001), requirement)
                .verdict());
    }

    @Test
    void aLegalLimitEqualToTheRating_isReportedAsTheRating() {
        // 7100 kg is both: the rating is named; the front is still the worst at 90.1 %.
        RequirementResult result = evaluate(BUS, new AxleLoadsRequirement(null, kilograms(7100), null, null, null));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals(LimitingFactor.RATING, result.limitedBy());
        assertEquals("axles[0] (front) carries 6400 kg at laden, within its rating 7100 kg (margin 700 kg)",
                result.message());
    }

    @Test
    void grossLegalLimit_passing_givesTheHeadroomToIt() {
        // Gross 16 000/16 500 = 97 % beats the front's 90.1 %; 16 500 kg gross is reached at 16 500 kg (the front
        // reaches 7100 kg only at 18 067.8 kg).
        RequirementResult result = evaluate(BUS, new AxleLoadsRequirement(null, null, null, kilograms(16_500), null));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals("gross mass carries 16000 kg at laden, within its legal limit 16500 kg (margin 500 kg)",
                result.message());
        assertEquals(16_500, result.headroom().get(0).targetSi(), 1e-6);
        assertEquals("within every limit up to a laden mass of 16500 kg (now 16000 kg, payload's centre of gravity kept)",
                result.headroom().get(0).text());
        assertTrue(result.remedies().isEmpty());
        assertTrue(RequirementEvaluator.evaluate(BUS, new AxleLoadsRequirement(null, null, null, kilograms(16_500), null),
                Assumptions.DEFAULTS, Depth.VERDICT_AND_CAPABILITY).headroom().isEmpty());
    }

    @Test
    void oneLoadCaseAsked_checksOnlyThat_andWarnsOfNothing() {
        // Unladen only: front 4538 kg of 7100 kg (63.9 %), rear 5962 of 11 500 (51.8 %).
        RequirementResult result = evaluate(BUS, new AxleLoadsRequirement(ChassisSpec.UNLADEN, null, null, null, null));
        assertEquals("axles[0] (front) carries 4538 kg at unladen, within its rating 7100 kg (margin 2562 kg)",
                result.message());
        assertEquals(List.of("unladen axles[0] (front)", "unladen axles[1] (rear)", "unladen gross mass"),
                List.copyOf(result.details().keySet()));
        assertTrue(result.warnings().isEmpty());
    }

    @Test
    void withoutAnUnladenCase_partialPayloadsAreNotChecked_andSaidSo() {
        ChassisSpec ladenOnly = new SpecSheetReader().read(TestSpecs.MINIMAL_JSON, "minimal.json");
        RequirementResult result = evaluate(ladenOnly, AxleLoadsRequirement.ratings());
        assertEquals(List.of("the spec has no unladen load case, so partial payloads were not checked"),
                result.warnings());
        assertEquals(List.of("laden axles[0]", "laden axles[1]", "laden gross mass"),
                List.copyOf(result.details().keySet()));
    }

    @Test
    void steerAxleShare_failingInBothLoadCases_detailsEach_andOffersNoSingleChange() {
        // Front share unladen 4538.14/10 500 = 43.22 %, laden 40 %: laden binds, and unladen fails 45 % as well, so no
        // one load case's centre of gravity can make the check pass.
        SteerAxleShareRequirement requirement = SteerAxleShareRequirement.atLeast(0.45);
        RequirementResult result = evaluate(BUS, requirement);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(LimitingFactor.WEIGHT_DISTRIBUTION, result.limitedBy());
        assertEquals("the steered axles carry 40 % of the mass at laden; at least 45 % required", result.message());
        assertEquals("43.22 %", String.valueOf(result.details().get("unladen")));
        assertEquals("40 %", String.valueOf(result.details().get("laden")));
        assertEquals(List.of("unladen", "laden"), List.copyOf(result.details().keySet()));
        assertEquals(List.of(), result.remedies());
        // Asked for laden alone, the same 45 % has a remedy: x ≤ 0.55·5.9 = 3.245 m.
        SteerAxleShareRequirement laden = new SteerAxleShareRequirement(0.45, ChassisSpec.LADEN, null);
        assertEquals(3.245, evaluate(BUS, laden).remedies().get(0).targetSi(), 1e-9);
    }

    @Test
    void steerAxleShare_failingInOneLoadCase_theRemedyMakesTheWholeCheckPass() {
        // 42 %: unladen 43.22 % passes, laden 40 % fails and needs x ≤ 0.58·5.9 = 3.422 m.
        SteerAxleShareRequirement requirement = SteerAxleShareRequirement.atLeast(0.42);
        RequirementResult result = evaluate(BUS, requirement);
        assertEquals(Verdict.FAIL, result.verdict());
        Change position = result.remedies().get(0);
        assertEquals("centreOfGravityPosition", position.parameter());
        assertEquals("loadCases.laden.centreOfGravity.position", position.path());
        assertEquals("3540 mm", position.current().text());
        assertEquals(3.422, position.targetSi(), 1e-9);
        // Applied back to the laden load case, every condition passes, the payload shares in between included.
        assertEquals(Verdict.PASS, evaluate(BUS.withLoadCase(ChassisSpec.LADEN, TestSpecs.loadCase(16_000,
                position.targetSi() * 1000, 1300)), requirement).verdict());
        assertEquals(Verdict.FAIL, evaluate(BUS.withLoadCase(ChassisSpec.LADEN, TestSpecs.loadCase(16_000,
                position.targetSi() * 1001, 1300)), requirement).verdict());
        assertTrue(RequirementEvaluator.evaluate(BUS, requirement, Assumptions.DEFAULTS, Depth.VERDICT_AND_CAPABILITY)
                .remedies().isEmpty());
    }

    @Test
    void steerAxleShare_exactlyAtTheMinimum_passes_andWithoutSteeringIsNotEvaluated() {
        // 40 % laden is exactly 0.4 (6400/16 000): "at least 40 %" is met, with nothing to change.
        RequirementResult result = evaluate(BUS, new SteerAxleShareRequirement(0.4, ChassisSpec.LADEN, null));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals("0 %", result.margin().text());
        assertTrue(result.remedies().isEmpty());
        assertEquals("not evaluated: no axle gives its steering (axles[].steering)",
                evaluate(TestSpecs.bus(), SteerAxleShareRequirement.atLeast(0.2)).message());
    }
}
