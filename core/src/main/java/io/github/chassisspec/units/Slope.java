package io.github.chassisspec.units;

import java.math.BigDecimal;

/**
 * A longitudinal road slope, such as {@code 45 %} (a grade: 45 m rise per 100 m run, 24.2°) or
 * {@code 30°} (57.7 %).
 *
 * <p>The two readings of one number lead to opposite answers, so a slope always carries its unit:
 * {@link #ofDegrees}, {@link #ofPercent}, {@link #ofRadians} or {@link #parse} of {@code "45 %"},
 * {@code "45 °"}, {@code "45°"}, {@code "45 deg"} or {@code "0.79 rad"}; a number without a unit is refused.
 * A grade of x % means tan θ = x / 100.
 *
 * <p>A slope is a magnitude from 0 (level) up to, but not including, 90°; which way the vehicle faces is
 * said separately. It remembers the notation it was written in, so that a report can say "45 %" back to
 * the reader and warn when "45°" was probably meant as 45 %; equality and ordering compare the angle only,
 * so {@code Slope.ofDegrees(45)} equals {@code Slope.ofPercent(100)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Slope implements Comparable<Slope> {

    /** The notation a slope was written in. */
    public enum Notation {
        /** Degrees of angle, {@code "30°"}. */
        DEGREES,
        /** Percent grade, {@code "45 %"}: rise over run times 100. */
        PERCENT,
        /** Radians, {@code "0.5 rad"}. */
        RADIANS
    }

    /** A level road. */
    public static final Slope LEVEL = new Slope(0.0, Notation.PERCENT, 0.0);

    private static final double RIGHT_ANGLE_RADIANS = Math.PI / 2;

    private final double radians;
    private final Notation notation;
    private final double writtenValue;

    private Slope(double radians, Notation notation, double writtenValue) {
        this.radians = radians + 0.0;
        this.notation = notation;
        this.writtenValue = writtenValue + 0.0;
    }

    /**
     * A slope of {@code degrees} of angle, from 0 up to but not including 90.
     *
     * @throws IllegalArgumentException if the angle is negative, 90° or more, or not finite
     */
    public static Slope ofDegrees(double degrees) {
        requireFinite(degrees, "°");
        return checked(Math.toRadians(degrees), Notation.DEGREES, degrees, Decimals.shortest(degrees) + "°");
    }

    /**
     * A slope given as a percent grade (tan θ = percent / 100), from 0 up; 100 % is 45°.
     *
     * @throws IllegalArgumentException if the grade is negative or not finite
     */
    public static Slope ofPercent(double percent) {
        requireFinite(percent, " %");
        return checked(Math.atan(percent / 100.0), Notation.PERCENT, percent, Decimals.shortest(percent) + " %");
    }

    /**
     * A slope of {@code radians}, from 0 up to but not including π/2.
     *
     * @throws IllegalArgumentException if the angle is negative, π/2 or more, or not finite
     */
    public static Slope ofRadians(double radians) {
        requireFinite(radians, " rad");
        return checked(radians, Notation.RADIANS, radians, Decimals.shortest(radians) + " rad");
    }

    /**
     * Reads a slope written with its unit: {@code "45 %"}, {@code "24.2°"}, {@code "24.2 °"}, {@code "24.2 deg"},
     * {@code "0.42 rad"}; also the text of {@link #toString()}, such as {@code "45 % (24.2°)"}.
     *
     * @throws QuantityFormatException if the text has no unit, a unit that is not a slope's, or a value out of range
     */
    public static Slope parse(CharSequence text) {
        String original = text == null ? null : text.toString();
        String main = original;
        String echo = null;
        if (original != null) {
            String stripped = original.strip();
            int open = stripped.indexOf('(');
            if (open > 0 && stripped.endsWith(")")) {
                main = stripped.substring(0, open);
                echo = stripped.substring(open + 1, stripped.length() - 1).strip();
            }
        }
        QuantityFormat.NumberAndUnit parts;
        try {
            parts = QuantityFormat.split(main, () -> "a slope such as \"45 %\" or \"24.2 °\"");
        } catch (QuantityFormatException e) {
            if (echo == null) {
                throw e;
            }
            // The error is about the text as written, echo included, not the part before it.
            throw new QuantityFormatException(original, QuantityFormat.quote(original)
                    + e.getMessage().substring(QuantityFormat.quote(main).length()));
        }
        if (parts.unit().isEmpty()) {
            String number = parts.number();
            throw new QuantityFormatException(original, QuantityFormat.quote(original) + " has no unit; write degrees (\""
                    + number + " °\") or a percent grade (\"" + number + " %\")");
        }
        double value;
        try {
            BigDecimal exact = new BigDecimal(parts.number());
            value = exact.doubleValue();
            // As for quantities: 1e400 would be infinity and 1e-400 a silent zero.
            if (!Double.isFinite(value) || value == 0.0 && exact.signum() != 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new QuantityFormatException(original, QuantityFormat.quote(original) + " is out of range for a double");
        }
        Slope slope;
        try {
            slope = switch (parts.unit()) {
                case "%" -> ofPercent(value);
                case "°", "deg" -> ofDegrees(value);
                case "rad" -> ofRadians(value);
                default -> throw notASlopeUnit(original, parts.unit());
            };
        } catch (IllegalArgumentException e) {
            if (e instanceof QuantityFormatException formatException) {
                throw formatException;
            }
            throw new QuantityFormatException(original, QuantityFormat.quote(original) + ": " + e.getMessage());
        }
        if (echo != null && !echo.equals(slope.otherForms())) {
            throw new QuantityFormatException(original, QuantityFormat.quote(original) + " contradicts itself: "
                    + slope.writtenForm() + " is " + slope.otherForms() + ", not " + echo);
        }
        return slope;
    }

    private static QuantityFormatException notASlopeUnit(String original, String unit) {
        UnitDefinition definition = UnitTable.bySymbol(unit);
        String quoted = QuantityFormat.quote(original);
        if (definition != null) {
            return new QuantityFormatException(original,
                    quoted + " is " + definition.kind().description() + ", but a slope is expected (°, deg, rad, %)");
        }
        return new QuantityFormatException(original,
                quoted + " has an unknown unit \"" + unit + "\"; a slope takes °, deg, rad, %");
    }

    private static void requireFinite(double value, String unit) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("slope must be a finite number but was " + value + unit);
        }
    }

    private static Slope checked(double radians, Notation notation, double writtenValue, String written) {
        if (radians < 0 || writtenValue < 0) {
            throw new IllegalArgumentException("slope must not be negative but was " + written
                    + "; say which way the vehicle faces instead");
        }
        if (radians >= RIGHT_ANGLE_RADIANS) {
            throw new IllegalArgumentException("slope must be less than 90° but was " + written);
        }
        return new Slope(radians, notation, writtenValue);
    }

    /** The angle θ in radians. */
    public double radians() {
        return radians;
    }

    /** The angle θ in degrees. */
    public double degrees() {
        return notation == Notation.DEGREES ? writtenValue : Math.toDegrees(radians);
    }

    /** The grade in percent, 100 · tan θ. */
    public double percent() {
        return notation == Notation.PERCENT ? writtenValue : 100.0 * Math.tan(radians);
    }

    /** tan θ, the rise per unit of run. */
    public double tangent() {
        return notation == Notation.PERCENT ? writtenValue / 100.0 : Math.tan(radians);
    }

    /** The notation this slope was written in. */
    public Notation notation() {
        return notation;
    }

    /** The number as written, in {@link #notation()}: 45 for {@code "45 %"}. */
    public double writtenValue() {
        return writtenValue;
    }

    /** The slope as written, exactly: {@code "45 %"}, {@code "30°"}, {@code "0.5 rad"}. */
    public String writtenForm() {
        String number = Decimals.shortest(writtenValue);
        return switch (notation) {
            case DEGREES -> number + "°";
            case PERCENT -> number + " %";
            case RADIANS -> number + " rad";
        };
    }

    /** The slope in degrees, rounded to 0.1°: {@code "24.2°"}. */
    public String degreesText() {
        return Decimals.rounded(degrees(), 1) + "°";
    }

    /** The slope as a grade, rounded to 0.1 %: {@code "57.7 %"}. */
    public String percentText() {
        return Decimals.rounded(percent(), 1) + " %";
    }

    private String otherForms() {
        return switch (notation) {
            case DEGREES -> percentText();
            case PERCENT -> degreesText();
            case RADIANS -> degreesText() + ", " + percentText();
        };
    }

    /**
     * Both forms rounded to 0.1, the written one first, for reports: {@code "22.2° (40.8 %)"}, {@code "45 % (24.2°)"}.
     */
    public String displayText() {
        String written = switch (notation) {
            case DEGREES -> degreesText();
            case PERCENT -> percentText();
            case RADIANS -> Decimals.rounded(writtenValue, 3) + " rad";
        };
        return written + " (" + otherForms() + ")";
    }

    /** The same angle written as a percent grade. */
    public Slope asPercent() {
        return new Slope(radians, Notation.PERCENT, percent());
    }

    /** The same angle written in degrees. */
    public Slope asDegrees() {
        return new Slope(radians, Notation.DEGREES, degrees());
    }

    @Override
    public int compareTo(Slope other) {
        return Double.compare(radians, other.radians);
    }

    /** Equal when the angles are equal, whatever notation each was written in. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Slope slope && Double.compare(radians, slope.radians) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(radians);
    }

    /**
     * Both forms, the written one first: {@code "45 % (24.2°)"}, {@code "30° (57.7 %)"},
     * {@code "0.5 rad (28.6°, 54.6 %)"}. {@link #parse} reads it back to an equal slope.
     */
    @Override
    public String toString() {
        return writtenForm() + " (" + otherForms() + ")";
    }
}
