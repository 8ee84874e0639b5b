package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.units.ChassisUnits;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.Slope;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;

/**
 * Hand-calculated cases for the requirements package's helpers, written against the survivors of the mutation run
 * (mvn -B -Ppit -pl core verify).
 */
class RequirementsMutationTest {

    @Test
    void boundary_findsTheFirstFailingValueOnEitherScale() {
        // Geometric search between 1 and 10 for x < 3: the answer fails, as 10 does, and is 3 to the search's width.
        assertOnBoundary(3.0, value -> value < 3, 1, 10);
        // From 0 the search is arithmetic (a geometric mean with 0 never moves): the boundary is 2.
        assertOnBoundary(2.0, value -> value < 2, 0, 10);
        assertOnBoundary(1.0, value -> value < 1, -5, 5);
        // Searching downwards from a passing 10 for x ≥ 3: the answer fails, so it lies just below 3.
        assertOnBoundary(3.0, value -> value >= 3, 10, 1);
        // Over twelve decades the geometric search still ends on the boundary.
        assertOnBoundary(1234.5, value -> value < 1234.5, 1e-6, 1e6);
    }

    /** The answer is on the side of {@code to}, and no further from the boundary than the search's stopping width. */
    private static void assertOnBoundary(double boundary, java.util.function.DoublePredicate passes, double from,
            double to) {
        double found = Boundary.find(passes, from, to);
        assertEquals(passes.test(to), passes.test(found), "found " + found);
        assertEquals(boundary, found, Boundary.RELATIVE_WIDTH * Math.abs(boundary));
    }

    @Test
    void boundary_sameAnswerAtBothEnds_hasNoBoundary() {
        assertEquals(Double.NaN, Boundary.find(value -> true, 1, 10));
        assertEquals(Double.NaN, Boundary.find(value -> false, 1, 10));
    }

    @Test
    void figures_fixedAndSlopeText() {
        // -0.04 rounds to -0.0, shown without the sign; -0.05 rounds half-up (away from zero) to -0.1.
        assertEquals("0.0", Figures.fixed(-0.04, 1));
        assertEquals("-0.1", Figures.fixed(-0.05, 1));
        assertEquals("0", Figures.fixed(-0.4, 0));
        // The double nearest 2.675 is 2.67499999999999982236…, so it rounds down: the exact binary value counts.
        assertEquals("2.67", Figures.fixed(2.675, 2));
        // 45° is a grade of 100 · tan 45° = 100 %; a negative angle is shown as level.
        assertEquals("45.0° (100.0 %)", Figures.slope(45).text());
        assertEquals("0.0° (0.0 %)", Figures.slope(-3).text());
        assertEquals("4.5", Figures.number(4.50));
        assertEquals("100", Figures.number(100.0));
    }

    @Test
    void figures_measuresInTheirDisplayUnits() {
        // 10 000 N·m and more are shown in kN·m with two places; less in N·m with one.
        assertEquals("10 kN·m", Figures.torque(10_000).text());
        assertEquals("9999.9 N·m", Figures.torque(9999.9).text());
        // 1.8255 m → 1825.5 mm → 1826 mm (half-up); 162 345 W → 162.35 kW (162.345 half-up); 25 m/s → 90 km/h.
        assertEquals("1826 mm", Figures.millimetres(1.8255).text());
        assertEquals("162.35 kW", Figures.kilowatts(162_345).text());
        assertEquals("90 km/h", Figures.kilometresPerHour(25).text());
        // 355 000 000 Pa → 355 MPa; 0.12345 → 12.35 %; 1.23456 → 1.235; 16 000.4 kg → 16000 kg; 5.904 m → 5.9 m.
        assertEquals("355 MPa", Figures.megapascals(355_000_000).text());
        assertEquals("12.35 %", Figures.percent(0.12345).text());
        assertEquals("1.235", Figures.ratio(1.23456).text());
        assertEquals("16000 kg", Figures.kilograms(16_000.4).text());
        assertEquals("5.9 m", Figures.metres(5.904).text());
        assertEquals("24.23 °", Figures.degrees(24.2277).text());
        // 12 345.6 N rounds to 12 346 N.
        assertEquals("12346 N", Figures.newtons(12_345.6).text());
    }

    @Test
    void everyRequirement_namesItsCheckAsProfilesWriteIt() {
        assertEquals("electricalBalance", ElectricalBalanceRequirement.withReserve(0.1).check());
        assertEquals("turningCircle", TurningCircleRequirement.ring(Quantities.getQuantity(12.5, ChassisUnits.METRE),
                Quantities.getQuantity(5.3, ChassisUnits.METRE)).check());
        assertEquals("frameStrength", FrameStrengthRequirement.of(2.5, 1.5).check());
        assertEquals("powerToMass", PowerToMassRequirement.atLeast(
                Quantities.getQuantity(8, ChassisUnits.WATT_PER_KILOGRAM)).check());
        assertEquals("topSpeed", TopSpeedRequirement.atLeast(
                Quantities.getQuantity(80, ChassisUnits.KILOMETRE_PER_HOUR)).check());
        assertEquals("tiltStability", TiltStabilityRequirement.atLeast(Quantities.getQuantity(28, ChassisUnits.DEGREE)).check());
        assertEquals("groundAngles", new GroundAnglesRequirement(Quantities.getQuantity(7, ChassisUnits.DEGREE), null, null,
                null, null).check());
        assertEquals("gradeability", GradeabilityRequirement.of(Slope.ofPercent(5),
                Quantities.getQuantity(40, ChassisUnits.KILOMETRE_PER_HOUR), 3).check());
        assertEquals("steerAxleShare", SteerAxleShareRequirement.atLeast(0.2).check());
    }

    @Test
    void groundAngles_withoutAnyLimit_isRefused() {
        assertEquals("approach or departure, rampBreakover or minGroundClearance is required; give at least one limit",
                assertThrows(InvalidComponentException.class,
                        () -> new GroundAnglesRequirement(null, null, null, null, null)).getMessage());
    }

    @Test
    void hillStartRequirement_withersChangeOneField() {
        HillStartRequirement base = HillStartRequirement.of(Slope.ofPercent(12), 1);
        assertEquals("unladen", base.atLoad("unladen").load());
        assertEquals(0.25, base.withRollingResistance(0.25).rollingResistance());
        assertEquals(0.5, siValueOf(base.withReserveAcceleration(
                Quantities.getQuantity(0.5, ChassisUnits.METRE_PER_SECOND_SQUARED)).reserveAcceleration()));
        assertEquals("steep start", base.labelled("steep start").label());
        assertEquals(base.slope(), base.labelled("steep start").slope());
    }

    private static double siValueOf(javax.measure.Quantity<?> quantity) {
        return io.github.chassisspec.units.SiValues.of(quantity);
    }

    @Test
    void checks_acceptTheirRangeEndsAndRefuseJustOutside() {
        assertEquals(2.0, Checks.adhesion(2.0, "adhesion"));
        assertNull(Checks.adhesion(null, "adhesion"));
        assertEquals("adhesion must be greater than 0 and at most 2 (tyre on road) but was 0.0", assertThrows(
                InvalidComponentException.class, () -> Checks.adhesion(0.0, "adhesion")).getMessage());
        assertEquals("adhesion must be greater than 0 and at most 2 (tyre on road) but was 2.01", assertThrows(
                InvalidComponentException.class, () -> Checks.adhesion(2.01, "adhesion")).getMessage());
        assertEquals(0.0, Checks.rollingResistance(0.0, "rollingResistance"));
        assertEquals(0.5, Checks.rollingResistance(0.5, "rollingResistance"));
        assertNull(Checks.rollingResistance(null, "rollingResistance"));
        assertEquals("rollingResistance must be between 0 and 0.5 but was -0.001", assertThrows(
                InvalidComponentException.class, () -> Checks.rollingResistance(-0.001, "rollingResistance")).getMessage());
        assertEquals("rollingResistance must be between 0 and 0.5 but was 0.501", assertThrows(
                InvalidComponentException.class, () -> Checks.rollingResistance(0.501, "rollingResistance")).getMessage());
        assertEquals("label must not be blank", assertThrows(InvalidComponentException.class,
                () -> Checks.text(" ", "label")).getMessage());
        assertEquals("x", Checks.text("x", "label"));
        assertNull(Checks.text(null, "label"));
        assertEquals("minimum is required", assertThrows(InvalidComponentException.class,
                () -> Checks.required(null, "minimum")).getMessage());
        assertNull(Checks.positive(null, "length", QuantityKind.LENGTH));
        assertEquals("length must be greater than 0 but was 0 mm", assertThrows(InvalidComponentException.class,
                () -> Checks.positive(Quantities.getQuantity(0, ChassisUnits.MILLIMETRE), "length", QuantityKind.LENGTH))
                .getMessage());
        // 5 mm is kept, stored in metres: 0.005 m.
        assertEquals(0.005, Checks.positive(Quantities.getQuantity(5, ChassisUnits.MILLIMETRE), "length",
                QuantityKind.LENGTH).getValue().doubleValue());
    }

    @Test
    void assumptions_defaultsWithersAndAccelerationRange() {
        Assumptions defaults = Assumptions.DEFAULTS;
        assertEquals(0.7, defaults.adhesion());
        assertEquals(0.010, defaults.rollingResistance());
        assertEquals(0.02, defaults.withRollingResistance(0.02).rollingResistance());
        assertEquals(0.7, defaults.withRollingResistance(0.02).adhesion());
        var tenMetresPerSecondSquared = Quantities.getQuantity(10, ChassisUnits.METRE_PER_SECOND_SQUARED);
        assertEquals(10.0, siValueOf(defaults.withReserveAcceleration(tenMetresPerSecondSquared).reserveAcceleration()));
        assertEquals("reserveAcceleration must be between 0 and 10 m/s² but was 10.5 m/s²", assertThrows(
                InvalidComponentException.class, () -> defaults.withReserveAcceleration(
                        Quantities.getQuantity(10.5, ChassisUnits.METRE_PER_SECOND_SQUARED))).getMessage());
        assertEquals(0.0, siValueOf(defaults.reserveAcceleration()));
    }

    @Test
    void requirementException_locatesTheRequirementOnlyForAnIndex() {
        assertEquals("requirements[0].gear: is 9", new RequirementException(0, "gear", "is 9").getMessage());
        assertEquals("gear: is 9", new RequirementException(-1, "gear", "is 9").getMessage());
        RequirementException moved = new RequirementException(-1, "gear", "is 9").at(3);
        assertEquals("requirements[3].gear: is 9", moved.getMessage());
        assertEquals(3, moved.requirementIndex());
        assertEquals("gear", moved.field());
        assertEquals("is 9", moved.problem());
    }

    @Test
    void sweepPoint_equalityHashAndText() {
        SweepPoint point = new SweepPoint(7, 0.5, 13_250, 2, 0.6, 5.1, 1.0, new double[] {12.5, 8.25}, true);
        // csv: payload, mass, gear, adhesion, final drive, brake factor, capabilities, passes.
        assertEquals("SweepPoint[0.5,13250,2,0.6,5.1,1,12.5,8.25,true]", point.toString());
        assertEquals(point, new SweepPoint(7, 0.5, 13_250, 2, 0.6, 5.1, 1.0, new double[] {12.5, 8.25}, true));
        assertEquals(Long.hashCode(7) * 31 + Arrays.hashCode(new double[] {12.5, 8.25}), point.hashCode());
        assertNotEquals(point, new SweepPoint(8, 0.5, 13_250, 2, 0.6, 5.1, 1.0, new double[] {12.5, 8.25}, true));
        assertNotEquals(point, new SweepPoint(7, 0.5, 13_250, 2, 0.6, 5.1, 1.0, new double[] {12.5, 8.25}, false));
        assertNotEquals(point, new SweepPoint(7, 0.6, 13_250, 2, 0.6, 5.1, 1.0, new double[] {12.5, 8.25}, true));
        assertNotEquals(point, new SweepPoint(7, 0.5, 13_000, 2, 0.6, 5.1, 1.0, new double[] {12.5, 8.25}, true));
        assertNotEquals(point, new SweepPoint(7, 0.5, 13_250, 3, 0.6, 5.1, 1.0, new double[] {12.5, 8.25}, true));
        assertNotEquals(point, new SweepPoint(7, 0.5, 13_250, 2, 0.7, 5.1, 1.0, new double[] {12.5, 8.25}, true));
        assertNotEquals(point, new SweepPoint(7, 0.5, 13_250, 2, 0.6, 4.1, 1.0, new double[] {12.5, 8.25}, true));
        assertNotEquals(point, new SweepPoint(7, 0.5, 13_250, 2, 0.6, 5.1, 1.2, new double[] {12.5, 8.25}, true));
        assertNotEquals(point, new SweepPoint(7, 0.5, 13_250, 2, 0.6, 5.1, 1.0, new double[] {12.5, 8.5}, true));
        assertFalse(point.equals("SweepPoint"));
        // Gear 0 (each requirement's own) and NaN (no value) leave their columns empty.
        assertEquals("0,10500,,,,1,0,false",
                new SweepPoint(0, 0, 10_500, 0, Double.NaN, Double.NaN, 1, new double[] {0}, false).csvLine());
    }

    @Test
    void sweepSummary_frontierCsv() {
        SweepSummary summary = new SweepSummary(4, 1, List.of(
                new SweepSummary.Frontier(0, Double.NaN, 5.1, 1, 0.75, 14_625),
                new SweepSummary.Frontier(2, 0.6, 5.1, 0.5, Double.NaN, Double.NaN)));
        assertEquals("""
                gear,adhesion,finalDrive,brakeTorqueFactor,largestPayloadShare,largestMassKg
                ,,5.1,1,0.75,14625
                2,0.6,5.1,0.5,,
                """, summary.frontierCsv());
        assertTrue(summary.frontier().get(0).anyPasses());
        assertFalse(summary.frontier().get(1).anyPasses());
    }

    @Test
    void vehicleCase_brakeTorqueTotalAndTheOnlyBrakedAxle() {
        // The bus brakes its rear axle only, with 60 kN·m.
        VehicleCase bus = VehicleCase.of(TestSpecs.bus(), "laden");
        assertEquals(60_000.0, bus.totalBrakeTorqueNm());
        assertEquals(1, bus.onlyBrakedAxle());
        // Scaled by 1.5: still the rear axle alone, 90 kN·m in all; scaled by 0 no axle is braked.
        assertEquals(90_000.0, bus.withBrakeTorquesScaled(1.5).totalBrakeTorqueNm(), 1e-9);
        assertEquals(1, bus.withBrakeTorquesScaled(1.5).onlyBrakedAxle());
        assertEquals(-1, bus.withBrakeTorquesScaled(0).onlyBrakedAxle());
    }
}
