package io.github.chassisspec.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Locale-neutral decimal text of a double rounded to a number of places: always a '.' point, never a grouping
 * separator, an exponent or "-0". Each method gives exactly the text {@link BigDecimal} gives for the double's exact
 * binary value; reports format dozens of figures per requirement, so the common case is done in {@code long} and
 * {@code double} arithmetic, with {@link Math#fma} recovering the exact product, and only the rare case near a
 * rounding boundary falls back to {@link BigDecimal}.
 */
public final class DecimalText {

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    /** Above this a scaled value is no longer exact to a half unit in doubles; BigDecimal takes over. */
    private static final double LARGEST_SCALED = 0x1p52;

    /** Rounding to twelve significant digits moves a value by at most 5e-12 of itself; twice that is kept clear. */
    private static final double PRE_ROUNDING_REACH = 1e-11;

    /** Below this, a whole scaled value has at most eleven digits, which rounding to twelve leaves alone. */
    private static final double ELEVEN_DIGITS = 1e11;

    private static final MathContext TWELVE_DIGITS = new MathContext(12, RoundingMode.HALF_UP);

    private DecimalText() {
    }

    /**
     * The shortest decimal that reads back as the same double, as spec sheets write quantities: {@code shortest(0.1)}
     * → "0.1", {@code shortest(16000)} → "16000", {@code shortest(0.1 + 0.2)} → "0.30000000000000004", never "-0".
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static String shortest(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write the non-finite value " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            // A whole number below 10^15 is its own shortest decimal; the common case of a reserve of 0 m/s².
            return Long.toString((long) value);
        }
        // Decimals of up to 15 digits are over 2 ulps apart, so one that reads back is the only one that short.
        BigDecimal shown = BigDecimal.valueOf(value).stripTrailingZeros();
        if (shown.precision() <= 15) {
            return Decimals.plain(shown);
        }
        return Decimals.shortestAccepted(new BigDecimal(value), candidate -> candidate.doubleValue() == value);
    }

    /**
     * Rounded half-up to {@code places}, every place written: {@code fixed(2.5, 2)} → "2.50", {@code fixed(-0.001, 2)}
     * → "0.00". As {@code new BigDecimal(value).setScale(places, HALF_UP).toPlainString()}.
     */
    public static String fixed(double value, int places) {
        return text(value, places, RoundingMode.HALF_UP, false, false);
    }

    /**
     * Rounded by {@code rounding} to at most {@code places}, trailing zeros dropped: {@code rounded(24.25, 1, HALF_UP)} →
     * "24.3", {@code rounded(45.0, 2, HALF_UP)} → "45". As {@code new BigDecimal(value).setScale(places, rounding)}
     * without trailing zeros.
     */
    public static String rounded(double value, int places, RoundingMode rounding) {
        return text(value, places, rounding, false, true);
    }

    /**
     * Like {@link #rounded}, after first rounding half-up to twelve significant digits, so that binary noise such as
     * {@code 7400 · 1.2 = 8880.000000000001} does not round a figure meant to be 8880 up to 8880.01 when
     * {@code rounding} is {@link RoundingMode#CEILING}.
     */
    public static String roundedAfterTwelveDigits(double value, int places, RoundingMode rounding) {
        return text(value, places, rounding, true, true);
    }

    private static String text(double value, int places, RoundingMode rounding, boolean twelveDigitsFirst,
            boolean dropTrailingZeros) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write the non-finite value " + value);
        }
        if (places < 0) {
            throw new IllegalArgumentException("places must not be negative: " + places);
        }
        long units = places < POWERS_OF_TEN.length ? scaledUnits(value, places, rounding, twelveDigitsFirst)
                : Long.MIN_VALUE;
        if (units == Long.MIN_VALUE) {
            BigDecimal exact = new BigDecimal(value);
            BigDecimal result = (twelveDigitsFirst ? exact.round(TWELVE_DIGITS) : exact).setScale(places, rounding);
            if (result.signum() == 0) {
                return dropTrailingZeros ? "0" : BigDecimal.ZERO.setScale(places).toPlainString();
            }
            return (dropTrailingZeros ? result.stripTrailingZeros() : result).toPlainString();
        }
        return write(units, places, dropTrailingZeros);
    }

    /**
     * {@code value · 10^places} rounded to a whole number as BigDecimal rounds the exact double, or
     * {@code Long.MIN_VALUE} when that cannot be decided here: too large, a rounding mode not handled, or (with the
     * twelve-digit rounding first) a value so near a boundary that the first rounding could move it across.
     */
    static long scaledUnits(double value, int places, RoundingMode rounding, boolean twelveDigitsFirst) {
        double magnitude = Math.abs(value);
        double power = POWERS_OF_TEN[places];
        double scaled = magnitude * power;
        if (!(scaled < LARGEST_SCALED)) {
            return Long.MIN_VALUE;
        }
        // magnitude · power = scaled + error exactly: powers of ten up to 1e9 are exact doubles.
        double error = Math.fma(magnitude, power, -scaled);
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        boolean onWhole;
        int againstHalf;
        if (fraction == 0) {
            onWhole = error == 0;
            if (error < 0) {
                whole -= 1;
                againstHalf = 1;
            } else {
                againstHalf = -1;
            }
        } else {
            onWhole = false;
            // fraction is a multiple of scaled's ulp and |error| is at most half of it: only an exact half needs error.
            againstHalf = fraction != 0.5 ? Double.compare(fraction, 0.5) : Double.compare(error, 0);
        }
        if (twelveDigitsFirst && scaled >= ELEVEN_DIGITS) {
            return Long.MIN_VALUE;
        }
        if (twelveDigitsFirst && !onWhole) {
            double nearest = Math.min(Math.min(fraction, 1 - fraction), Math.abs(fraction - 0.5));
            if (nearest <= PRE_ROUNDING_REACH * Math.max(scaled, 1)) {
                return Long.MIN_VALUE;
            }
        }
        boolean negative = value < 0;
        boolean awayFromZero;
        switch (rounding) {
            case HALF_UP -> awayFromZero = againstHalf >= 0 && !onWhole;
            case UP -> awayFromZero = !onWhole;
            case DOWN -> awayFromZero = false;
            case CEILING -> awayFromZero = !negative && !onWhole;
            case FLOOR -> awayFromZero = negative && !onWhole;
            default -> {
                return Long.MIN_VALUE;
            }
        }
        long units = (long) whole + (awayFromZero ? 1 : 0);
        return negative ? -units : units;
    }

    private static String write(long units, int places, boolean dropTrailingZeros) {
        long magnitude = Math.abs(units);
        // Sign, nineteen digits, a point and the leading zeros of a value below one.
        byte[] text = new byte[22 + places];
        int end = text.length;
        int position = end;
        for (int place = 0; place < places; place++) {
            text[--position] = (byte) ('0' + magnitude % 10);
            magnitude /= 10;
        }
        if (places > 0) {
            text[--position] = '.';
            if (dropTrailingZeros) {
                while (text[end - 1] == '0') {
                    end--;
                }
                if (text[end - 1] == '.') {
                    end--;
                }
            }
        }
        do {
            text[--position] = (byte) ('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude > 0);
        if (units < 0) {
            text[--position] = '-';
        }
        // Latin-1 bytes become a compact string without the check a char array needs.
        return new String(text, position, end - position, StandardCharsets.ISO_8859_1);
    }
}
