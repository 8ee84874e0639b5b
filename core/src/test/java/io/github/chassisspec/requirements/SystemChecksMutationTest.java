package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.Comparison;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.SpecificPower;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Frame strength, electrical balance and power to mass (PHYSICS.md §6) on the full 16 t bus, every figure from a hand
 * calculation. Frame −2.69 … 9.30 m on supports at 0 and 5.9 m, q = 16 000·9.80665/11.99 = 13 086.44 N/m; the rear
 * overhang's q·3.4²/2 = 75 639.6 N·m is the largest moment (front overhang q·2.69²/2 = 47 347 N·m, the span hogs
 * only 0.28·q); σ = k·M/(2·S) with S = 180 cm³ per rail.
 */
class SystemChecksMutationTest {

    private static final ChassisSpec BUS = TestSpecs.fullBus();

    private static RequirementResult evaluate(ChassisSpec spec, Requirement requirement) {
        return RequirementEvaluator.evaluate(spec, requirement, Assumptions.DEFAULTS);
    }

    private static PowerToMassRequirement powerToMass(String kilowattsPerTonne) {
        return PowerToMassRequirement.atLeast(QuantityFormat.parse(kilowattsPerTonne + " kW/t", SpecificPower.class));
    }

    @Test
    void frameStrength_passing_reportsStressMomentAndTheMassItCarries() {
        // σ = 1.2·75 639.6/2/180e-6 = 252.13 MPa ≤ 420/1.3 = 323.08 MPa; margin 70.9 MPa.
        RequirementResult result = evaluate(BUS, FrameStrengthRequirement.of(1.2, 1.3));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals(Comparison.AT_MOST, result.comparison());
        assertEquals("252.1 MPa", result.capability().text());
        assertEquals("323.1 MPa", result.required().text());
        assertEquals("70.9 MPa", result.margin().text());
        assertEquals(LimitingFactor.FRAME_STRESS, result.limitedBy());
        assertEquals("the rails see 252.1 MPa under 1.2 g of the laden load; at most 323.1 MPa allowed",
                result.message());
        assertEquals("11990 mm", String.valueOf(result.details().get("frameLength")));
        assertEquals("75.64 kN·m", String.valueOf(result.details().get("maxBendingMoment")));
        assertEquals("323.1 MPa (yield 420 MPa / 1.3)", String.valueOf(result.details().get("allowableStress")));
        assertEquals(1.2, result.assumptions().get("dynamicFactor"));
        assertEquals(1.3, result.assumptions().get("safetyFactor"));
        assertEquals(2, result.assumptions().get("rails"));
        // σ is linear in the mass: 16 000·323.077/252.132 = 20 502.08 kg.
        assertTrue(result.remedies().isEmpty());
        Change mass = result.headroom().get(0);
        assertEquals("mass", mass.parameter());
        assertEquals("loadCases.laden.mass", mass.path());
        assertEquals(20_502.077, mass.targetSi(), 1e-3);
        assertEquals("carries up to a mass of 20502 kg (now 16000 kg)", mass.text());
        assertEquals(Verdict.PASS, evaluate(TestSpecs.fullBusWithLadenMass(mass.targetSi() * 0.999), FrameStrengthRequirement.of(1.2,
                1.3)).verdict());
        assertEquals(Verdict.FAIL, evaluate(TestSpecs.fullBusWithLadenMass(mass.targetSi() * 1.001), FrameStrengthRequirement.of(1.2,
                1.3)).verdict());
    }

    @Test
    void frameStrength_failing_givesTheSectionModulusAndTheMass_eachMeetingIt() {
        // k = 2.5: σ = 525.28 MPa > 420/1.5 = 280 MPa: S ≥ 180·525.28/280 = 337.677 cm³ (ceiling 337.7), or
        // m ≤ 16 000·280/525.28 = 8528.86 kg.
        FrameStrengthRequirement requirement = FrameStrengthRequirement.of(2.5, 1.5);
        RequirementResult result = evaluate(BUS, requirement);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals("-245.3 MPa", result.margin().text());
        assertEquals("the rails see 525.3 MPa under 2.5 g of the laden load; at most 280 MPa allowed", result.message());
        assertEquals(2, result.remedies().size());
        Change modulus = result.remedies().get(0);
        assertEquals("sectionModulus", modulus.parameter());
        assertEquals("frame.sectionModulus", modulus.path());
        assertEquals(337.6769e-6, modulus.targetSi(), 1e-10);
        assertEquals("337.7 cm³", modulus.target().text());
        assertEquals("section modulus of each rail at least 337.7 cm³ (now 180 cm³)", modulus.text());
        Change mass = result.remedies().get(1);
        assertEquals("mass of the laden load case at most 8528 kg (now 16000 kg)", mass.text());
        assertEquals(8528.864, mass.targetSi(), 1e-3);
        String section = "\"sectionModulus\": \"180 cm³\"";
        assertEquals(Verdict.PASS, evaluate(TestSpecs.fullBusWith(section, "\"sectionModulus\": \"" + modulus.targetSi() * 1e6
                * 1.000001 + " cm³\""), requirement).verdict());
        assertEquals(Verdict.FAIL, evaluate(TestSpecs.fullBusWith(section, "\"sectionModulus\": \"" + modulus.targetSi() * 1e6 * 0.999
                + " cm³\""), requirement).verdict());
        assertEquals(Verdict.PASS, evaluate(TestSpecs.fullBusWithLadenMass(mass.targetSi() * 0.999999), requirement).verdict());
        assertEquals(Verdict.FAIL, evaluate(TestSpecs.fullBusWithLadenMass(mass.targetSi() * 1.001), requirement).verdict());
        assertTrue(RequirementEvaluator.evaluate(BUS, requirement, Assumptions.DEFAULTS, Depth.VERDICT_AND_CAPABILITY)
                .remedies().isEmpty());
    }

    @Test
    void frameStrength_withoutOverhangs_isNotEvaluated() {
        assertEquals("not evaluated: body.frontOverhang and body.rearOverhang are needed for the frame's length",
                evaluate(TestSpecs.fullBusWith("\"rearOverhang\": \"3400 mm\",", ""), FrameStrengthRequirement.of(1.2, 1.3))
                        .message());
        assertEquals("not evaluated: body.frontOverhang and body.rearOverhang are needed for the frame's length",
                evaluate(BUS.toBuilder().body(null).build(), FrameStrengthRequirement.of(1.2, 1.3)).message());
    }

    @Test
    void electricalBalance_messagesAndChanges() {
        // Consumers 7.4 kW; 10 % reserve: 8.14 kW ≤ 8.4 kW, consumers may grow to 8.4/1.1 = 7.6364 kW (floor 7.63).
        RequirementResult pass = evaluate(BUS, ElectricalBalanceRequirement.withReserve(0.1));
        assertEquals(Verdict.PASS, pass.verdict());
        assertEquals("the generator gives 8.4 kW for 7.4 kW of consumers; 8.14 kW required with a 10 % reserve",
                pass.message());
        assertEquals("0.26 kW", pass.margin().text());
        assertEquals(LimitingFactor.GENERATOR, pass.limitedBy());
        assertEquals("7.4 kW", String.valueOf(pass.details().get("consumers")));
        Change consumers = pass.headroom().get(0);
        assertEquals("consumers", consumers.parameter());
        assertEquals("electrical.consumers", consumers.path());
        assertEquals("covers consumers up to 7.63 kW in total (now 7.4 kW)", consumers.text());
        assertTrue(pass.remedies().isEmpty());
        // 20 % reserve: 8.88 kW > 8.4 kW.
        RequirementResult fail = evaluate(BUS, ElectricalBalanceRequirement.withReserve(0.2));
        assertEquals("-0.48 kW", fail.margin().text());
        assertEquals("generatorPower", fail.remedies().get(0).parameter());
        assertEquals("electrical.generatorPower", fail.remedies().get(0).path());
        assertEquals(8880, fail.remedies().get(0).targetSi(), 1e-9);
        assertTrue(fail.headroom().isEmpty());
        assertTrue(RequirementEvaluator.evaluate(BUS, ElectricalBalanceRequirement.withReserve(0.1),
                Assumptions.DEFAULTS, Depth.VERDICT_AND_CAPABILITY).headroom().isEmpty());
    }

    @Test
    void electricalBalance_withNoConsumers_warns() {
        RequirementResult result = evaluate(new SpecSheetReader().read(TestSpecs.FULL_BUS_JSON.replaceFirst(
                "\"consumers\": \\[[^\\]]*\\]", "\"consumers\": []"), "bus.json"),
                ElectricalBalanceRequirement.withReserve(0.2));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals(List.of("electrical.consumers lists none, so the balance is trivially met"), result.warnings());
        assertEquals("0 kW", String.valueOf(result.details().get("consumers")));
    }

    @Test
    void powerToMass_passing_messageAndHeadroom() {
        // 180 kW / 16 t = 11.25 kW/t ≥ 8: margin 3.25 kW/t; 8 kW/t holds up to 180 000/8 = 22 500 kg.
        RequirementResult result = evaluate(BUS, powerToMass("8"));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals("3.25 kW/t", result.margin().text());
        assertEquals("8 kW/t", result.required().text());
        assertEquals(LimitingFactor.POWER, result.limitedBy());
        assertEquals("the laden vehicle has 11.25 kW/t (180 kW for 16000 kg); at least 8 kW/t required",
                result.message());
        Change mass = result.headroom().get(0);
        assertEquals("loadCases.laden.mass", mass.path());
        assertEquals("meets it up to a mass of 22500 kg (now 16000 kg)", mass.text());
        assertTrue(result.remedies().isEmpty());
        assertTrue(RequirementEvaluator.evaluate(BUS, powerToMass("8"), Assumptions.DEFAULTS,
                Depth.VERDICT_AND_CAPABILITY).headroom().isEmpty());
    }

    @Test
    void powerToMass_failing_givesPowerAndMass_andExactlyTheMinimumPasses() {
        // 12 kW/t: 12·16 = 192 kW, or 180/12 = 15 t; margin 11.25 − 12 = −0.75 kW/t.
        RequirementResult result = evaluate(BUS, powerToMass("12"));
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals("-0.75 kW/t", result.margin().text());
        Change power = result.remedies().get(0);
        assertEquals("maxPower", power.parameter());
        assertEquals("powertrain.engine.maxPower", power.path());
        assertEquals(192_000, power.targetSi(), 1e-6);
        assertEquals("maximum power at least 192 kW (now 180 kW)", power.text());
        Change mass = result.remedies().get(1);
        assertEquals(15_000, mass.targetSi(), 1e-9);
        assertEquals("mass of the laden load case at most 15000 kg (now 16000 kg)", mass.text());
        assertTrue(result.headroom().isEmpty());
        // 192 000 W / 16 000 kg is exactly 12 W/kg: "at least" includes it; 191.9 kW is short.
        String maxPower = "\"maxPower\": \"180 kW\"";
        assertEquals(Verdict.PASS, evaluate(TestSpecs.fullBusWith(maxPower, "\"maxPower\": \"192 kW\""), powerToMass("12")).verdict());
        assertEquals(Verdict.FAIL, evaluate(TestSpecs.fullBusWith(maxPower, "\"maxPower\": \"191.9 kW\""), powerToMass("12"))
                .verdict());
        assertEquals(Verdict.PASS, evaluate(TestSpecs.fullBusWithLadenMass(15_000), powerToMass("12")).verdict());
    }

    @Test
    void powerToMass_withoutPowertrain_saysSo() {
        assertEquals("not evaluated: the spec gives no powertrain",
                evaluate(BUS.toBuilder().powertrain(null).build(), powerToMass("8")).message());
    }
}
