package io.github.chassisspec.report;

import io.github.chassisspec.units.DecimalText;
import java.math.RoundingMode;

/**
 * A figure of a report in the unit it is shown in, such as {@code 24.23 °}, {@code 9600 kg} or {@code 12.31 m}.
 *
 * @param value the number in {@code unit}, unrounded
 * @param unit  the unit symbol, such as {@code °}, {@code kg}, {@code m}, {@code kW/t}, {@code %}
 * @param text  the number rounded for reading, with its unit: {@code "24.23 °"}
 */
public record Measure(double value, String unit, String text) {

    /** A measure shown with at most {@code decimals} places, trailing zeros dropped: {@code of(22.20, "°", 2)} → "22.2 °". */
    public static Measure of(double value, String unit, int decimals) {
        return of(value, unit, decimals, RoundingMode.HALF_UP);
    }

    /**
     * A measure rounded in a stated direction, for a target that must stay on the safe side: a torque needed is
     * rounded up ({@link RoundingMode#CEILING}), a mass allowed down ({@link RoundingMode#FLOOR}).
     */
    public static Measure of(double value, String unit, int decimals, RoundingMode rounding) {
        // Twelve significant digits first: 7400 W · 1.2 = 8880.000000000001 must not round up to 8.89 kW.
        String number = DecimalText.roundedAfterTwelveDigits(value, decimals, rounding);
        return new Measure(value, unit, unit.isEmpty() ? number : number + " " + unit);
    }

    /** Degrees to 0.01, as FORMAT.md §4 writes slopes: {@code "-2.03 °"}. */
    public static Measure degrees(double degrees) {
        return of(degrees, "°", 2);
    }

    @Override
    public String toString() {
        return text;
    }
}
