package io.github.chassisspec.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Locale-neutral decimal text: always a '.' point, never a grouping separator or an exponent. */
final class Decimals {

    private Decimals() {
    }

    /** {@code value} rounded half-up to {@code decimals} places, trailing zeros dropped: 24.23 → "24.2", 45.0 → "45". */
    static String rounded(double value, int decimals) {
        return DecimalText.rounded(value, decimals, RoundingMode.HALF_UP);
    }

    /** The shortest decimal text that reads back as {@code value}. */
    static String shortest(double value) {
        return plain(BigDecimal.valueOf(value));
    }

    /**
     * The shortest rounding of {@code exact} to significant digits for which {@code acceptable} holds; at each length
     * the nearest first, then the neighbour on the other side, which a double next to a power of two may need.
     */
    static String shortestAccepted(BigDecimal exact, java.util.function.Predicate<BigDecimal> acceptable) {
        for (int digits = 1; digits <= 25; digits++) {
            BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (acceptable.test(nearest)) {
                return plain(nearest);
            }
            RoundingMode otherSide = nearest.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
            BigDecimal neighbour = exact.round(new MathContext(digits, otherSide));
            if (acceptable.test(neighbour)) {
                return plain(neighbour);
            }
        }
        return plain(exact.round(MathContext.DECIMAL64));
    }

    static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
