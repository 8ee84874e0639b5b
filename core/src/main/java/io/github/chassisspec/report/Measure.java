package io.github.chassisspec.report;

import io.github.chassisspec.units.DecimalText;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A figure of a report in the unit it is shown in, such as {@code 24.23 °}, {@code 9600 kg} or {@code 12.31 m}: the
 * unrounded number, its unit, and the text a reader sees. The text is written when first asked for, not when the
 * figure is made: an optimiser that reads only verdicts and capabilities never pays for rounding to text.
 * Immutable and safe to share between threads.
 */
public final class Measure {

    /** How {@link #text()} rounds: which {@link DecimalText} method writes the number. */
    private enum Rounding { AFTER_TWELVE_DIGITS, HALF_UP_AT_MOST, FIXED, SHORTEST }

    private final double value;
    private final String unit;
    private final int decimals;
    private final RoundingMode direction;
    private final Rounding rounding;
    // Written once on first read; a race writes equal strings, and a String is safe to publish through a race.
    private String text;

    private Measure(double value, String unit, int decimals, RoundingMode direction, Rounding rounding) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write the non-finite value " + value);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("places must not be negative: " + decimals);
        }
        Objects.requireNonNull(direction, "rounding");
        if (direction == RoundingMode.UNNECESSARY) {
            // The text is written later; a rounding that can fail must fail here, where the figure is made.
            throw new IllegalArgumentException("a figure must be rounded in a direction, not UNNECESSARY");
        }
        this.value = value;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.decimals = decimals;
        this.direction = direction;
        this.rounding = rounding;
    }

    /** A measure shown with at most {@code decimals} places, trailing zeros dropped: {@code of(22.20, "°", 2)} → "22.2 °". */
    public static Measure of(double value, String unit, int decimals) {
        return of(value, unit, decimals, RoundingMode.HALF_UP);
    }

    /**
     * A measure rounded in a stated direction, for a target that must stay on the safe side: a torque needed is
     * rounded up ({@link RoundingMode#CEILING}), a mass allowed down ({@link RoundingMode#FLOOR}).
     */
    public static Measure of(double value, String unit, int decimals, RoundingMode rounding) {
        return new Measure(value, unit, decimals, rounding, Rounding.AFTER_TWELVE_DIGITS);
    }

    /**
     * A measure rounded half-up to at most {@code decimals} places from its exact binary value, without the
     * twelve-digit rounding of {@link #of}: {@code exact(123456.5, "N", 0)} → "123457 N".
     */
    public static Measure exact(double value, String unit, int decimals) {
        return new Measure(value, unit, decimals, RoundingMode.HALF_UP, Rounding.HALF_UP_AT_MOST);
    }

    /** A measure with every one of its {@code places} written: {@code fixed(0.5, "", 2)} → "0.50". */
    public static Measure fixed(double value, String unit, int places) {
        return new Measure(value, unit, places, RoundingMode.HALF_UP, Rounding.FIXED);
    }

    /**
     * A measure written with the shortest decimal that reads back to the same double, as spec sheets and profiles
     * write their quantities: {@code shortest(0.5, "m/s²")} → "0.5 m/s²".
     */
    public static Measure shortest(double value, String unit) {
        return new Measure(value, unit, 0, RoundingMode.HALF_UP, Rounding.SHORTEST);
    }

    /** Degrees to 0.01, as FORMAT.md §4 writes slopes: {@code "-2.03 °"}. */
    public static Measure degrees(double degrees) {
        return of(degrees, "°", 2);
    }

    /** The number in {@link #unit()}, unrounded. */
    public double value() {
        return value;
    }

    /** The unit symbol, such as {@code °}, {@code kg}, {@code m}, {@code kW/t}, {@code %}; empty for a plain number. */
    public String unit() {
        return unit;
    }

    /** The number rounded for reading, with its unit: {@code "24.23 °"}; a plain number alone when the unit is empty. */
    public String text() {
        String written = text;
        if (written == null) {
            String number = switch (rounding) {
                // Twelve significant digits first: 7400 W · 1.2 = 8880.000000000001 must not round up to 8.89 kW.
                case AFTER_TWELVE_DIGITS -> DecimalText.roundedAfterTwelveDigits(value, decimals, direction);
                case HALF_UP_AT_MOST -> DecimalText.rounded(value, decimals, direction);
                case FIXED -> DecimalText.fixed(value, decimals);
                case SHORTEST -> DecimalText.shortest(value);
            };
            written = unit.isEmpty() ? number : number + " " + unit;
            text = written;
        }
        return written;
    }

    /** Equal when the number, the unit and the text read are equal, as two figures on a page would be. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Measure measure && Double.compare(value, measure.value) == 0
                && unit.equals(measure.unit) && text().equals(measure.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, unit, text());
    }

    /** The text: {@code "24.23 °"}. */
    @Override
    public String toString() {
        return text();
    }
}
