package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Hand-calculated cases for the requirements package's helpers, written against the survivors of the mutation run
 * (mvn -B -Ppit -pl core verify).
 */
class RequirementsMutationTest {

    @Test
    void boundary_findsTheFirstFailingValueOnEitherScale() {
        // Geometric search between 1 and 10 for x < 3: the first failing double is 3 itself.
        assertEquals(3.0, Boundary.find(value -> value < 3, 1, 10));
        // From 0 the search is arithmetic (a geometric mean with 0 never moves): the first failing value is 2.
        assertEquals(2.0, Boundary.find(value -> value < 2, 0, 10));
        assertEquals(1.0, Boundary.find(value -> value < 1, -5, 5));
        // Searching downwards from a passing 10 for x ≥ 3: the first failing value is the double just below 3.
        assertEquals(Math.nextDown(3.0), Boundary.find(value -> value >= 3, 10, 1));
        // Over twelve decades the geometric search still ends on the exact boundary.
        assertEquals(1234.5, Boundary.find(value -> value < 1234.5, 1e-6, 1e6));
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
        assertEquals("45.0° (100.0 %)", Figures.slope(45));
        assertEquals("0.0° (0.0 %)", Figures.slope(-3));
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
        assertEquals("12346 N", Figures.newtons(12_345.6));
    }
}
