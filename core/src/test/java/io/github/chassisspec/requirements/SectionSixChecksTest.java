package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.Frame;
import io.github.chassisspec.model.RailShape;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.report.Comparison;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.ChassisUnits;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.Slope;
import java.util.List;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Speed;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;

/**
 * The checks of PHYSICS.md §6 on the bundled 16 t bus, each figure from a hand calculation: L = 5.90 m, a = 3.54 m,
 * h = 1.30 m, laden 16 000 kg, unladen 10 500 kg at 3.35 m, front rating 7100 kg, rear 11 500 kg.
 */
class SectionSixChecksTest {

    private static final ChassisSpec BUS = TestSpecs.fullBus();

    private static RequirementResult evaluate(Requirement requirement) {
        return RequirementEvaluator.evaluate(BUS, requirement, Assumptions.DEFAULTS);
    }

    private static javax.measure.Quantity<Mass> tonnes(double value) {
        return Quantities.getQuantity(value, ChassisUnits.TONNE);
    }

    @Test
    void axleLoads_worstIsTheFrontAxleLaden_withHeadroomToTheFrontRating() {
        // Laden: front 16 000·2.36/5.9 = 6400 kg of 7100 (90.1 %), rear 9600 of 11 500 (83.5 %); unladen front
        // 10 500·2.55/5.9 = 4538 kg. Payload CoG x_p = (16 000·3.54 − 10 500·3.35)/5500 = 3.903 m: the front axle
        // reaches 7100 kg at payload share (7100 − 4538)/(6400 − 4538) = 1.376, a laden mass of 18 067.8 kg.
        RequirementResult result = evaluate(AxleLoadsRequirement.ratings());
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals(Comparison.AT_MOST, result.comparison());
        assertEquals("6400 kg", result.capability().text());
        assertEquals("7100 kg", result.required().text());
        assertEquals("700 kg", result.margin().text());
        assertEquals(LimitingFactor.RATING, result.limitedBy());
        assertEquals("axles[0] (front) carries 6400 kg at laden, within its rating 7100 kg (margin 700 kg)",
                result.message());
        assertEquals("laden axles[1] (rear)", List.copyOf(result.details().keySet()).get(4));
        assertEquals("9600 kg of 11500 kg (83.5 %)", String.valueOf(result.details().get("laden axles[1] (rear)")));
        assertEquals(18_067.8, result.headroom().get(0).targetSi(), 0.1);
        assertEquals("within every limit up to a laden mass of 18067 kg (now 16000 kg, payload's centre of gravity kept)",
                result.headroom().get(0).text());
    }

    @Test
    void axleLoadHeadroom_whenTheLoadCasesPutThePayloadBelowTheRoad_isStillFound() {
        // Unladen 10 000 kg at h 1.5 m, laden 12 000 kg at h 0.8 m: the payload's own CoG height is
        // (12 000·0.8 − 10 000·1.5)/2000 = −2.7 m, so more payload would drive the CoG below the road (at 15 556 kg).
        // Both at x = 3.0 m, so the payload too: the front axle reaches 7100 kg at m·2.9/5.9 = 7100, m = 14 444.8 kg.
        ChassisSpec spec = TestSpecs.bus().toBuilder()
                .loadCase(ChassisSpec.UNLADEN, TestSpecs.loadCase(10_000, 3000, 1500))
                .loadCase(ChassisSpec.LADEN, TestSpecs.loadCase(12_000, 3000, 800))
                .build();
        RequirementResult result = RequirementEvaluator.evaluate(spec, AxleLoadsRequirement.ratings(),
                Assumptions.DEFAULTS);
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals(7100 * 5.9 / 2.9, result.headroom().get(0).targetSi(), 0.01);
        assertEquals("14444 kg", result.headroom().get(0).target().text());
    }

    @Test
    void axleLoads_overALegalGrossLimit_failsWithTheMassThatWouldPass() {
        RequirementResult result = evaluate(new AxleLoadsRequirement(null, null, null, tonnes(15), null));
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(LimitingFactor.LEGAL_LIMIT, result.limitedBy());
        assertEquals("gross mass carries 16000 kg at laden, 1000 kg over its legal limit 15000 kg", result.message());
        assertEquals(15_000, result.remedies().get(0).targetSi(), 0.01);
        assertEquals("15000 kg", String.valueOf(result.assumptions().get("maxGrossMass")));
    }

    @Test
    void steerAxleShare_isLeastAtFullLoad() {
        // Front share laden 6400/16 000 = 40 %, unladen 4538/10 500 = 43.2 %; 42 % fails at laden only and needs
        // b ≥ 0.42·5.9, x_G ≤ 5.9 − 2.478 = 3.422 m.
        RequirementResult pass = evaluate(SteerAxleShareRequirement.atLeast(0.25));
        assertEquals(Verdict.PASS, pass.verdict());
        assertEquals("40 %", pass.capability().text());
        RequirementResult fail = evaluate(SteerAxleShareRequirement.atLeast(0.42));
        assertEquals(Verdict.FAIL, fail.verdict());
        assertEquals("-2 %", fail.margin().text());
        assertEquals(3.422, fail.remedies().get(0).targetSi(), 1e-6);
        assertEquals("centre of gravity at laden at most 3422 mm behind the first axle (now 3540 mm)",
                fail.remedies().get(0).text());
    }

    @Test
    void tiltStability_usesTheTrackAtTheCentreOfGravity() {
        // t = 2.04·2.36/5.9 + 1.83·3.54/5.9 = 1.914 m; SSF = 1.914/2.6 = 0.736; atan → 36.36°; 28° needs h ≤ 1.800 m.
        RequirementResult result = evaluate(TiltStabilityRequirement.atLeast(
                QuantityFormat.parse("28 °", Angle.class)));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals(36.3588, result.capability().value(), 1e-4);
        assertEquals("0.736", String.valueOf(result.details().get("staticStabilityFactor")));
        assertEquals(1.79986, result.headroom().get(0).targetSi(), 1e-5);
        RequirementResult fail = evaluate(TiltStabilityRequirement.atLeast(QuantityFormat.parse("40 °", Angle.class)));
        assertEquals(LimitingFactor.ROLLOVER, fail.limitedBy());
        assertEquals(1.914 / (2 * Math.tan(Math.toRadians(40))), fail.remedies().get(0).targetSi(), 1e-9);
    }

    @Test
    void turningCircle_meetsTheEuRing() {
        // R_c = 5.9/tan50° + 0.95 = 5.901 m; wall-to-wall √((5.901 + 1.275)² + (5.9 + 2.69)²) = 11.19 m; opening the
        // lock to 40.71° puts the outer corner on 12.5 m, where the inner side is at 7.806 − 1.275 = 6.53 m ≥ 5.3 m.
        RequirementResult result = evaluate(TurningCircleRequirement.ring(QuantityFormat.parse("12.5 m", Length.class),
                QuantityFormat.parse("5.3 m", Length.class)));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals("11.19 m", String.valueOf(result.details().get("wallToWallRadius")));
        assertEquals("9.04 m", String.valueOf(result.details().get("kerbToKerbRadius")));
        assertEquals("6.53 m", String.valueOf(result.details().get("innerSweptRadiusOnTheRing")));
        assertEquals(LimitingFactor.OUTER_RADIUS, result.limitedBy());
        RequirementResult tight = evaluate(new TurningCircleRequirement(QuantityFormat.parse("11 m", Length.class), null,
                null, null));
        assertEquals(Verdict.FAIL, tight.verdict());
        assertEquals("maxInnerAngle", tight.remedies().get(0).parameter());
        assertTrue(tight.remedies().get(0).targetSi() > Math.toRadians(50), tight.remedies().toString());
    }

    @Test
    void groundAngles_takeTheTangentToTheTyre() {
        // Approach point 2.69 m ahead, 0.30 m high, r = 0.5 m: R = √(2.69² + 0.2²) = 2.697; ψ = atan2(−0.2, 2.69)
        // = −4.25°; asin(0.5/2.697) = 10.68°: 6.43°. Departure (3.40, 0.35): 5.92°. Ramp 2·α(2.95, 0.22) = 8.58°.
        RequirementResult result = evaluate(new GroundAnglesRequirement(QuantityFormat.parse("6 °", Angle.class),
                QuantityFormat.parse("5 °", Angle.class), QuantityFormat.parse("8 °", Angle.class), null, null));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals("6.43 °, at least 6 ° required", String.valueOf(result.details().get("approach")));
        assertEquals("5.92 °, at least 5 ° required", String.valueOf(result.details().get("departure")));
        assertEquals("8.58 °, at least 8 ° required", String.valueOf(result.details().get("rampBreakover")));
        // The least relative margin binds: approach (6.430 − 6)/6 = 7.2 %, ramp (8.584 − 8)/8 = 7.3 %, departure 18 %.
        assertEquals(LimitingFactor.APPROACH_ANGLE, result.limitedBy());
        RequirementResult fail = evaluate(new GroundAnglesRequirement(QuantityFormat.parse("10 °", Angle.class), null,
                null, null, null));
        assertEquals(Verdict.FAIL, fail.verdict());
        double height = fail.remedies().get(0).targetSi();
        // Fed back: the point at that height gives exactly 10°.
        double toPoint = Math.hypot(2.69, height - 0.5);
        assertEquals(10.0, Math.toDegrees(Math.atan2(height - 0.5, 2.69) + Math.asin(0.5 / toPoint)), 1e-6);
    }

    @Test
    void frameStrength_bendsTheRailsUnderAUniformLoad() {
        // Frame −2.69 … 9.30 m, q = 16 000·9.80665/11.99 = 13 086 N/m; the rear overhang gives the largest moment
        // q·3.4²/2 = 75 640 N·m. k = 1.2: σ = 1.2·75 640/2/180 cm³ = 252.1 MPa ≤ 420/1.3 = 323.1 MPa.
        RequirementResult pass = evaluate(FrameStrengthRequirement.of(1.2, 1.3));
        assertEquals(Verdict.PASS, pass.verdict());
        assertEquals(252.13, pass.capability().value(), 0.01);
        assertEquals(323.08, pass.required().value(), 0.01);
        // k = 2.5, SF 1.5: σ = 525.3 MPa > 280 MPa; S needed 180·525.3/280 = 337.7 cm³, or mass ≤ 8528.9 kg.
        RequirementResult fail = evaluate(FrameStrengthRequirement.of(2.5, 1.5));
        assertEquals(Verdict.FAIL, fail.verdict());
        assertEquals(337.677e-6, fail.remedies().get(0).targetSi(), 1e-9);
        assertEquals(8528.86, fail.remedies().get(1).targetSi(), 0.01);
    }

    @Test
    void frameStrength_ofCurvedRails_isNeverPassed() {
        Frame curved = new Frame(RailShape.CURVED, BUS.frame().sectionModulus(), BUS.frame().yieldStrength());
        RequirementResult result = RequirementEvaluator.evaluate(BUS.toBuilder().frame(curved).build(),
                FrameStrengthRequirement.of(1.2, 1.3), Assumptions.DEFAULTS);
        assertEquals(Verdict.NOT_EVALUATED, result.verdict());
        assertEquals("not evaluated: curved or kinked rails (frame.rails) are never passed by beam theory",
                result.message());
        assertTrue(result.warnings().get(0).startsWith("the frame rails are curved or kinked"));
    }

    @Test
    void electricalBalance_needsTheReserveOnTopOfTheConsumers() {
        // Consumers 4.5 + 0.8 + 1.2 + 0.3 + 0.6 = 7.4 kW; with 20 % reserve 8.88 kW > 8.4 kW; with 10 % 8.14 kW.
        RequirementResult fail = evaluate(ElectricalBalanceRequirement.withReserve(0.2));
        assertEquals(Verdict.FAIL, fail.verdict());
        assertEquals("8.88 kW", fail.required().text());
        assertEquals("generator power at least 8.88 kW (now 8.4 kW)", fail.remedies().get(0).text());
        RequirementResult pass = evaluate(ElectricalBalanceRequirement.withReserve(0.1));
        assertEquals(Verdict.PASS, pass.verdict());
        assertEquals(8400 / 1.1, pass.headroom().get(0).targetSi(), 1e-9);
    }

    @Test
    void powerToMass_isKilowattsPerTonne() {
        // 180 kW / 16 t = 11.25 kW/t; 12 kW/t needs 192 kW or at most 15 t.
        RequirementResult pass = evaluate(PowerToMassRequirement.atLeast(QuantityFormat.parse("8 kW/t",
                io.github.chassisspec.units.SpecificPower.class)));
        assertEquals("11.25 kW/t", pass.capability().text());
        assertEquals(22_500, pass.headroom().get(0).targetSi(), 1e-9);
        RequirementResult fail = evaluate(PowerToMassRequirement.atLeast(QuantityFormat.parse("12 kW/t",
                io.github.chassisspec.units.SpecificPower.class)));
        assertEquals(192_000, fail.remedies().get(0).targetSi(), 1e-6);
        assertEquals(15_000, fail.remedies().get(1).targetSi(), 1e-9);
    }

    @Test
    void gradeability_atThirtyKilometresPerHourInFourthGear() {
        // n = 8.333 m/s · 10.2/(2π·0.5) = 27.06 Hz = 1623.4 rpm; T = 1000 − 23.4/900·310 = 991.9 N·m;
        // F_t = 991.9·10.2·0.9/0.5 = 18 212 N; air ½·1.225·0.7·7.5·8.333² = 223.3 N;
        // c = (18 212 − 223)/156 906 = 0.1146: θ = asin(c/√1.0001) − atan 0.01 = 6.01°.
        RequirementResult result = evaluate(GradeabilityRequirement.of(Slope.ofPercent(5),
                Quantities.getQuantity(30, ChassisUnits.KILOMETRE_PER_HOUR), 4));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals(6.00999, result.capability().value(), 1e-4);
        assertEquals("1623 rpm", String.valueOf(result.details().get("engineSpeed")));
        assertEquals(LimitingFactor.ENGINE, result.limitedBy());
    }

    @Test
    void topSpeed_isGovernedInSixth_andTheFinalDriveThatReaches100() {
        // Gear 6 (1.0), i_0 5.1: 2500 rpm → v = 2π·41.67·0.5/5.1 = 25.67 m/s = 92.4 km/h, where F_t = 6334 N exceeds
        // W·f_r + air = 3687 N: governed. 100 km/h needs i_0 ≤ 2π·41.67·0.5/27.78 = 4.712.
        RequirementResult result = evaluate(TopSpeedRequirement.atLeast(
                Quantities.getQuantity(100, ChassisUnits.KILOMETRE_PER_HOUR)));
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(92.39978, result.capability().value(), 1e-4);
        assertEquals(LimitingFactor.GOVERNED_SPEED, result.limitedBy());
        assertEquals(4.712389, result.remedies().get(0).targetSi(), 1e-5);
        assertEquals("92.4 km/h (governed)", String.valueOf(result.details().get("gear 6")));
    }

    @Test
    void missingData_namesTheField() {
        ChassisSpec bare = TestSpecs.bus();
        assertEquals("not evaluated: no front-group axle gives its steering (axles[].steering)",
                RequirementEvaluator.evaluate(bare, TurningCircleRequirement.ring(QuantityFormat.parse("12.5 m",
                        Length.class), QuantityFormat.parse("5.3 m", Length.class)), Assumptions.DEFAULTS).message());
        assertEquals("not evaluated: body.overallWidth is not given", RequirementEvaluator.evaluate(
                BUS.toBuilder().body(null).build(),
                TurningCircleRequirement.ring(QuantityFormat.parse("12.5 m", Length.class), QuantityFormat.parse("5.3 m",
                        Length.class)), Assumptions.DEFAULTS).message());
        assertEquals("not evaluated: axles[0].track is not given", RequirementEvaluator.evaluate(TestSpecs.bus()
                .withAxles(List.of(TestSpecs.axle(io.github.chassisspec.model.AxleGroup.FRONT, 0, 7100),
                        TestSpecs.bus().axles().get(1))), TiltStabilityRequirement.atLeast(QuantityFormat.parse("28 °",
                        Angle.class)), Assumptions.DEFAULTS).message());
        assertEquals("not evaluated: electrical is not given", RequirementEvaluator.evaluate(bare,
                ElectricalBalanceRequirement.withReserve(0.2), Assumptions.DEFAULTS).message());
        assertEquals("not evaluated: frame is not given", RequirementEvaluator.evaluate(bare,
                FrameStrengthRequirement.of(2, 1.5), Assumptions.DEFAULTS).message());
        assertEquals("not evaluated: powertrain.engine.maxPower is not given", RequirementEvaluator.evaluate(bare,
                PowerToMassRequirement.atLeast(QuantityFormat.parse("8 kW/t",
                        io.github.chassisspec.units.SpecificPower.class)), Assumptions.DEFAULTS).message());
        assertEquals("not evaluated: aerodynamics is not given; air drag at speed needs dragCoefficient and frontalArea",
                RequirementEvaluator.evaluate(bare, TopSpeedRequirement.atLeast(Quantities.getQuantity(80,
                        ChassisUnits.KILOMETRE_PER_HOUR)), Assumptions.DEFAULTS).message());
        assertEquals("not evaluated: body.approachPoint is not given", RequirementEvaluator.evaluate(bare,
                new GroundAnglesRequirement(QuantityFormat.parse("20 °", Angle.class), null, null, null, null),
                Assumptions.DEFAULTS).message());
    }

    @Test
    void contradictoryLimits_areRefused() {
        assertEquals("minInnerRadius must be less than maxOuterRadius 5300 mm but was 12500 mm",
                org.junit.jupiter.api.Assertions.assertThrows(io.github.chassisspec.model.InvalidComponentException.class,
                        () -> TurningCircleRequirement.ring(QuantityFormat.parse("5.3 m", Length.class),
                                QuantityFormat.parse("12.5 m", Length.class))).getMessage());
    }

    static javax.measure.Quantity<Speed> kilometresPerHour(double value) {
        return Quantities.getQuantity(value, ChassisUnits.KILOMETRE_PER_HOUR);
    }
}
