package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.Comparison;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.ChassisUnits;
import io.github.chassisspec.units.Slope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;

/**
 * Gradeability and top speed (PHYSICS.md §6) on the full 16 t bus, every figure from a hand calculation: r = 0.5 m,
 * η = 0.9, i_0 = 5.1, gears 8 / 5 / 3.1 / 2 / 1.35 / 1, curve 800 rpm 650 N·m, 1100 and 1600 rpm 1000 N·m, 2500 rpm
 * 690 N·m (governed), C_d·A = 0.7·7.5 m², W = 16 000·9.80665 = 156 906 N, f_r 0.01, μ 0.7.
 */
class DrivingChecksMutationTest {

    private static final ChassisSpec BUS = TestSpecs.fullBus();

    private static GradeabilityRequirement climb(double percent, double kilometresPerHour, int gear) {
        return GradeabilityRequirement.of(Slope.ofPercent(percent),
                Quantities.getQuantity(kilometresPerHour, ChassisUnits.KILOMETRE_PER_HOUR), gear);
    }

    private static TopSpeedRequirement reach(double kilometresPerHour, Integer gear, Double rollingResistance) {
        return new TopSpeedRequirement(Quantities.getQuantity(kilometresPerHour, ChassisUnits.KILOMETRE_PER_HOUR), gear,
                null, null, rollingResistance, null);
    }

    private static RequirementResult evaluate(ChassisSpec spec, Requirement requirement) {
        return RequirementEvaluator.evaluate(spec, requirement, Assumptions.DEFAULTS);
    }

    @Test
    void gradeability_failingAtTwelvePercent_givesTheMassThatClimbsIt_andThatMassClimbsIt() {
        // 30 km/h in gear 4: n = 8.3333·10.2/(2π·0.5)·60 = 1623.4 rpm; T = 1000 − 23.38·310/900 = 991.95 N·m;
        // F_t = 991.95·10.2·0.9/0.5 = 18 212 N; air ½·1.225·0.7·7.5·8.3333² = 223.3 N; c = 17 988.8/156 906 = 0.11465;
        // θ = asin(c/√1.0001) − atan 0.01 = 6.0100° (10.5 %). 12 % is atan 0.12 = 6.8428°: margin −0.83°.
        RequirementResult result = evaluate(BUS, climb(12, 30, 4));
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(Comparison.AT_LEAST, result.comparison());
        assertEquals("6.01 °", result.capability().text());
        assertEquals("-0.83 °", result.margin().text());
        assertEquals("6.84 °", result.required().text());
        assertEquals(LimitingFactor.ENGINE, result.limitedBy());
        assertEquals(4, result.gear());
        assertEquals("the laden vehicle climbs up to 6.0° (10.5 %) at 30 km/h in gear 4; 12 % (6.8°) required",
                result.message());
        // Details are measures; their text, in the order the check adds them, is what a report shows.
        assertEquals("{engineSpeed=1623 rpm, torque=991.9 N·m, tractiveForce=18212 N, airDrag=223 N}",
                result.details().toString());
        assertEquals(List.of("engineSpeed", "torque", "tractiveForce", "airDrag"), List.copyOf(result.details().keySet()));
        assertEquals(0.7, result.assumptions().get("adhesion"));
        assertEquals(0.01, result.assumptions().get("rollingResistance"));
        assertEquals("1.225 kg/m³", String.valueOf(result.assumptions().get("airDensity")));
        assertEquals("30 km/h", String.valueOf(result.assumptions().get("speed")));
        // The mass whose weight the net force lifts up 12 %: (18 212.14 − 223.31)/(9.80665·(sin + 0.01·cos)(atan 0.12))
        // = 17 988.83/(9.80665·0.12658) = 14 211.6 kg.
        assertEquals(1, result.remedies().size());
        assertTrue(result.headroom().isEmpty());
        Change mass = result.remedies().get(0);
        assertEquals("mass", mass.parameter());
        assertEquals("loadCases.laden.mass", mass.path());
        assertEquals(14_211.62, mass.targetSi(), 0.01);
        assertEquals("14211 kg", mass.target().text());
        assertEquals("16000 kg", mass.current().text());
        assertEquals("mass of the laden load case at most 14211 kg (now 16000 kg)", mass.text());
        // Applied back: the answer climbs 12 %, 0.1 % more does not.
        assertEquals(Verdict.PASS, evaluate(TestSpecs.fullBusWithLadenMass(mass.targetSi()), climb(12, 30, 4)).verdict());
        assertEquals(Verdict.FAIL, evaluate(TestSpecs.fullBusWithLadenMass(mass.targetSi() * 1.001), climb(12, 30, 4)).verdict());
    }

    @Test
    void gradeability_passingAtFivePercent_givesHowHeavyItMayGrow() {
        // 6.01° ≥ atan 0.05 = 2.8624°: margin 3.15°. Headroom 17 988.83/(9.80665·(0.049938 + 0.0099875)) = 30 610.7 kg.
        RequirementResult result = evaluate(BUS, climb(5, 30, 4));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals("3.15 °", result.margin().text());
        assertTrue(result.remedies().isEmpty());
        Change mass = result.headroom().get(0);
        assertEquals(30_610.70, mass.targetSi(), 0.01);
        assertEquals("climbs it up to a mass of 30610 kg (now 16000 kg)", mass.text());
        assertEquals(Verdict.PASS, evaluate(TestSpecs.fullBusWithLadenMass(mass.targetSi() * 0.999), climb(5, 30, 4)).verdict());
        assertEquals(Verdict.FAIL, evaluate(TestSpecs.fullBusWithLadenMass(mass.targetSi() * 1.001), climb(5, 30, 4)).verdict());
    }

    @Test
    void gradeability_atVerdictDepth_hasNoChanges() {
        RequirementResult result = RequirementEvaluator.evaluate(BUS, climb(12, 30, 4), Assumptions.DEFAULTS,
                Depth.VERDICT_AND_CAPABILITY);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals("6.01 °", result.capability().text());
        assertTrue(result.remedies().isEmpty());
    }

    @Test
    void gradeability_aboveTheGovernedSpeed_failsWithNoSlope() {
        // Gear 1 at 30 km/h: 8.3333·40.8/π·60 = 6493.5 rpm > 2500 rpm. Capability 0°, margin −atan 0.05 = −2.86°.
        RequirementResult result = evaluate(BUS, climb(5, 30, 1));
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals("0 °", result.capability().text());
        assertEquals("-2.86 °", result.margin().text());
        assertEquals(LimitingFactor.GOVERNED_SPEED, result.limitedBy());
        assertEquals("30 km/h in gear 1 needs 6494 rpm, above the governed 2500 rpm; 5 % (2.9°) required",
                result.message());
        assertEquals("6494 rpm", String.valueOf(result.details().get("engineSpeed")));
        assertTrue(result.remedies().isEmpty());
    }

    @Test
    void gradeability_belowTheTorqueCurve_isNotEvaluated() {
        // Gear 6 at 5 km/h: 1.3889·5.1/π·60 = 135.3 rpm, below the curve's 800 rpm.
        RequirementResult result = evaluate(BUS, climb(5, 5, 6));
        assertEquals(Verdict.NOT_EVALUATED, result.verdict());
        assertEquals("not evaluated: 5 km/h in gear 6 needs 135 rpm, below the torque curve's lowest speed 800 rpm",
                result.message());
    }

    @Test
    void gradeability_withoutATorqueCurve_takesPeakTorqueAndPower_andWarns() {
        // Peak 1000 N·m, 180 kW: at 1623.4 rpm = 170.0 rad/s the power limit is 180 000/170.0 = 1058.8 N·m > 1000,
        // so T = 1000 N·m: F_t = 1000·10.2·1.8 = 18 360 N; c = (18 360 − 223.31)/156 906 = 0.115589;
        // θ = asin(0.115589/√1.0001) − atan 0.01 = 6.6372° − 0.5729° = 6.0643°.
        ChassisSpec noCurve = new SpecSheetReader().read(TestSpecs.FULL_BUS_JSON.replaceFirst(
                "\"torqueCurve\": \\[[^\\]]*\\]", "\"torqueCurve\": []"), "bus.json");
        assertTrue(noCurve.powertrain().engine().torqueCurve().isEmpty());
        RequirementResult result = evaluate(noCurve, climb(5, 30, 4));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals("1000 N·m", String.valueOf(result.details().get("torque")));
        assertEquals("18360 N", String.valueOf(result.details().get("tractiveForce")));
        assertEquals(6.0643, result.capability().value(), 1e-4);
        assertEquals("no torque curve given: the engine's torque is taken as min(peak torque, maximum power / engine "
                + "speed), which is optimistic at low engine speeds", result.warnings().get(0));
    }

    @Test
    void gradeability_withoutAerodynamics_orADrivenAxle_saysWhy() {
        assertEquals("not evaluated: aerodynamics is not given; air drag at speed needs dragCoefficient and frontalArea",
                evaluate(BUS.toBuilder().aerodynamics(null).build(), climb(5, 30, 4)).message());
        assertEquals("not evaluated: no axle is driven (axles[].driven)",
                evaluate(TestSpecs.fullBusWith("\"driven\": true, ", ""), climb(5, 30, 4)).message());
    }

    @Test
    void topSpeed_governedInSixth_passesNinetyKilometresPerHour() {
        // v = 2π·(2500/60)·0.5/5.1 = 25.6666 m/s = 92.40 km/h ≥ 90: margin 2.4 km/h, no change worked out for a PASS.
        RequirementResult result = evaluate(BUS, reach(90, null, null));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals("92.4 km/h", result.capability().text());
        assertEquals("2.4 km/h", result.margin().text());
        assertEquals("90 km/h", result.required().text());
        assertEquals("the laden vehicle reaches 92.4 km/h in gear 6 on a level road, governed; at least 90 km/h required",
                result.message());
        // Every gear is governed on the flat: 2π·41.667·0.5/(i·5.1)·3.6 = 11.5, 18.5, 29.8, 46.2, 68.4, 92.4 km/h.
        assertEquals(List.of("gear 1", "gear 2", "gear 3", "gear 4", "gear 5", "gear 6"),
                List.copyOf(result.details().keySet()));
        assertEquals("11.5 km/h (governed)", String.valueOf(result.details().get("gear 1")));
        assertEquals("68.4 km/h (governed)", String.valueOf(result.details().get("gear 5")));
        assertTrue(result.remedies().isEmpty());
        assertTrue(result.headroom().isEmpty());
        assertEquals(0.01, result.assumptions().get("rollingResistance"));
    }

    @Test
    void topSpeed_inOneGear_checksOnlyThatGear() {
        // Gear 5 alone: 68.44 km/h < 90, governed.
        RequirementResult result = evaluate(BUS, reach(90, 5, null));
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals("68.4 km/h", result.capability().text());
        assertEquals(List.of("gear 5"), List.copyOf(result.details().keySet()));
        assertEquals("the laden vehicle reaches 68.4 km/h in gear 5 on a level road, governed; at least 90 km/h required",
                result.message());
    }

    @Test
    void topSpeed_heldBackByRollingResistance_isWhereTheForcesBalance() {
        // f_r 0.035: W·f_r = 5491.7 N. Gear 6 at 2500 rpm: F_t = 690·5.1·1.8 = 6334 N < 5491.7 + 3.2156·25.667² = 7610 N,
        // so the speed is where, on the 1600–2500 rpm segment (rpm = 97.40·v, T = 1551.1 − 33.55·v),
        // 9.18·T = 5491.7 + 3.2156·v²: v = 22.918 m/s = 82.51 km/h (2232 rpm). From the curve's lowest speed, 800 rpm
        // (8.21 m/s), F_t = 650·9.18 = 5967 N already beats 5491.7 + 216.9 N. Gear 5 is still governed at 68.4 km/h.
        RequirementResult result = evaluate(BUS, reach(85, null, 0.035));
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(82.5052, result.capability().value(), 1e-3);
        assertEquals("-2.5 km/h", result.margin().text());
        assertEquals(LimitingFactor.DRIVING_RESISTANCE, result.limitedBy());
        assertEquals("82.5 km/h (driving resistance)", String.valueOf(result.details().get("gear 6")));
        assertEquals("68.4 km/h (governed)", String.valueOf(result.details().get("gear 5")));
        assertEquals("the laden vehicle reaches 82.5 km/h in gear 6 on a level road, where driving resistance balances "
                + "the tractive force; at least 85 km/h required", result.message());
        assertEquals(0.035, result.assumptions().get("rollingResistance"));
        // No lower final drive helps: at 85 km/h the road needs 5491.7 + 3.2156·23.61² = 7284 N, and in any gear an
        // overall ratio I gives at most 1.8·(1551.1·I − 155.3·I²) ≤ 6972 N (at I = 4.99): nothing to propose.
        assertTrue(result.remedies().isEmpty());
    }

    @Test
    void topSpeed_governedRemedy_appliedBack_reachesTheSpeed() {
        // 100 km/h governed in sixth needs i_0 ≤ 2π·41.667·0.5/27.778 = 4.7124; shown as 4.712 (floor).
        RequirementResult result = evaluate(BUS, reach(100, null, null));
        Change finalDrive = result.remedies().get(0);
        assertEquals("finalDrive", finalDrive.parameter());
        assertEquals("powertrain.finalDrive", finalDrive.path());
        assertEquals("4.712", finalDrive.target().text());
        assertEquals("5.1", finalDrive.current().text());
        assertEquals("final drive ratio at most 4.712 (now 5.1)", finalDrive.text());
        assertEquals(Verdict.PASS, evaluate(TestSpecs.fullBusWith("\"finalDrive\": 5.1", "\"finalDrive\": " + finalDrive.targetSi()),
                reach(100, null, null)).verdict());
        assertEquals(Verdict.FAIL, evaluate(TestSpecs.fullBusWith("\"finalDrive\": 5.1", "\"finalDrive\": "
                + finalDrive.targetSi() * 1.001), reach(100, null, null)).verdict());
        assertTrue(RequirementEvaluator.evaluate(BUS, reach(100, null, null), Assumptions.DEFAULTS,
                Depth.VERDICT_AND_CAPABILITY).remedies().isEmpty());
    }

    @Test
    void gradeabilityAndTopSpeed_inTheLowRange_equalAFinalDriveTimesTheRangeRatio() {
        // Low range 2.0 behind final drive 5.1 is an overall 10.2: the same bus with final drive 10.2 and no transfer
        // case must climb and reach as far. Gear 3 at 10 km/h in low: n = 2.778 · 3.1 · 10.2 / π = 27.96 Hz (1678 rpm),
        // T = 1000 − 310 · 78 / 900 = 973 N·m, F = 973 · 31.62 · 0.9 / 0.5 = 55.4 kN: engine-limited near 20°, below
        // traction's 25.9°. In high the engine turns at 839 rpm, 695 N·m, 19.8 kN: about 7°.
        ChassisSpec withTransferCase = TestSpecs.fullBusWith("\"finalDrive\": 5.1,",
                "\"transferCase\": { \"high\": 1.0, \"low\": 2.0 }, \"finalDrive\": 5.1,");
        ChassisSpec longFinalDrive = TestSpecs.fullBusWith("\"finalDrive\": 5.1,", "\"finalDrive\": 10.2,");
        GradeabilityRequirement lowRange = new GradeabilityRequirement(Slope.ofPercent(12),
                Quantities.getQuantity(10, ChassisUnits.KILOMETRE_PER_HOUR), 3, null, TransferRange.LOW, null, null,
                null);
        double climbInLow = evaluate(withTransferCase, lowRange).capability().value();
        assertEquals(evaluate(longFinalDrive, climb(12, 10, 3)).capability().value(), climbInLow, 1e-9);
        double climbInHigh = evaluate(withTransferCase, climb(12, 10, 3)).capability().value();
        assertTrue(climbInHigh < 8 && climbInLow > 19, climbInHigh + " in high, " + climbInLow + " in low");

        TopSpeedRequirement topInLow = new TopSpeedRequirement(Quantities.getQuantity(20,
                ChassisUnits.KILOMETRE_PER_HOUR), 3, null, TransferRange.LOW, null, null);
        assertEquals(evaluate(longFinalDrive, reach(20, 3, null)).capability().value(),
                evaluate(withTransferCase, topInLow).capability().value(), 1e-9);
    }

    @Test
    void gradeability_withItsOwnAdhesionAndRollingResistance_isTheProfileWithThoseValues() {
        // Traction-limited in gear 1 at 5 km/h on μ 0.3; f_r 0.03 instead of 0.01 lowers the engine-side answer.
        GradeabilityRequirement own = new GradeabilityRequirement(Slope.ofPercent(12),
                Quantities.getQuantity(5, ChassisUnits.KILOMETRE_PER_HOUR), 1, null, null, 0.3, 0.03, null);
        Assumptions those = new Assumptions(0.3, 0.03, null);
        double withOwn = evaluate(BUS, own).capability().value();
        double withProfile = RequirementEvaluator.evaluate(BUS, climb(12, 5, 1), those).capability().value();
        assertEquals(withProfile, withOwn, 1e-12);
        assertTrue(Math.abs(evaluate(BUS, climb(12, 5, 1)).capability().value() - withOwn) > 1);
    }

    @Test
    void topSpeed_inAGearTheGearboxLacks_isRefusedWithTheGearsThereAre() {
        RequirementException refused = org.junit.jupiter.api.Assertions.assertThrows(RequirementException.class,
                () -> evaluate(BUS, reach(60, 7, null)));
        assertEquals("gear: gear 7 does not exist; BUS-16T-5900 has gears 1 to 6", refused.getMessage());
    }
}
