package io.github.chassisspec.units;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import javax.measure.Unit;

/**
 * One accepted unit symbol: its kind, its Indriya unit and its exact factor to the SI unit of the kind,
 * kept as a decimal fraction so that {@code "4175 mm"} reads as the same double as {@code "4.175 m"}.
 *
 * @param wholeMultiplier SI to this unit, denominator ÷ numerator, when that is a whole number a double holds
 *                        exactly (1000 for mm, 60 for rpm); else NaN
 * @param wholeDivisor    the same for numerator ÷ denominator (1000 for kN·m, 1000 for t); else NaN
 * @param numeratorRest   the numerator's digits without their factors 2 and 5 (1 for 1000, 9 for 3600)
 * @param denominatorRest the same for the denominator
 * @param splitFactors    for a factor whole neither way (°, km/h, in): numerator ÷ denominator ÷ 10^scale split into
 *                        two doubles; else null
 */
record UnitDefinition(String symbol, QuantityKind kind, Unit<?> unit, BigDecimal numerator, BigDecimal denominator,
        double wholeMultiplier, double wholeDivisor, BigInteger numeratorRest, BigInteger denominatorRest,
        SplitFactors splitFactors) {

    /** 10^0 to 10^22: every one an exact double (5^22 < 2^53). */
    private static final double[] EXACT_POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
        1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** The 52 bits of a double below its leading 1: all zero in a power of two. */
    private static final long SIGNIFICAND_BITS = (1L << 52) - 1;

    private static final BigDecimal LARGEST_EXACT_WHOLE = BigDecimal.valueOf(1L << 53);

    /** Thirty-four significant digits: far beyond a double, so the final rounding to double decides alone. */
    static final MathContext WORKING_PRECISION = MathContext.DECIMAL128;

    static final BigDecimal PI = new BigDecimal("3.14159265358979323846264338327950288419716939937510");

    static UnitDefinition of(String symbol, QuantityKind kind, Unit<?> unit, String numerator, String denominator) {
        BigDecimal exactNumerator = new BigDecimal(numerator);
        BigDecimal exactDenominator = new BigDecimal(denominator);
        if (exactNumerator.signum() == 0 || exactDenominator.signum() == 0) {
            throw new IllegalArgumentException("a unit factor must not be zero");
        }
        double wholeMultiplier = wholeQuotient(exactDenominator, exactNumerator);
        double wholeDivisor = wholeQuotient(exactNumerator, exactDenominator);
        return new UnitDefinition(symbol, kind, unit, exactNumerator, exactDenominator, wholeMultiplier, wholeDivisor,
                withoutTwosAndFives(exactNumerator), withoutTwosAndFives(exactDenominator),
                Double.isNaN(wholeMultiplier) && Double.isNaN(wholeDivisor)
                        ? new SplitFactors(exactNumerator, exactDenominator) : null);
    }

    /**
     * {@code numerator ÷ denominator ÷ 10^scale}, for scales 0 to 22, each as two doubles whose sum holds it to about
     * 106 bits, worked out for a scale when a value first needs it: all of them up front took 40 ms of start-up.
     */
    static final class SplitFactors {

        /** The two doubles, high first; final fields, so a thread that sees one sees both. */
        record Split(double high, double low) {
        }

        private final BigDecimal numerator;
        private final BigDecimal denominator;
        private final Split[] splits = new Split[EXACT_POWERS_OF_TEN.length];

        SplitFactors(BigDecimal numerator, BigDecimal denominator) {
            this.numerator = numerator;
            this.denominator = denominator;
        }

        Split at(int scale) {
            Split split = splits[scale];
            if (split == null) {
                // Racy but safe: every thread works out the same split, and a Split is published whole.
                split = split(scale);
                splits[scale] = split;
            }
            return split;
        }

        private Split split(int scale) {
            // Sixty digits: well past the 106 bits (32 digits) that the two doubles keep.
            BigDecimal factor = numerator.divide(denominator.scaleByPowerOfTen(scale), new MathContext(60));
            double high = factor.doubleValue();
            return new Split(high, factor.subtract(new BigDecimal(high)).doubleValue());
        }
    }

    /** A decimal quotient ends exactly when the divisor's digits, less their 2s and 5s, divide the dividend's. */
    private static BigInteger withoutTwosAndFives(BigDecimal value) {
        BigInteger digits = value.unscaledValue().abs();
        digits = digits.shiftRight(digits.getLowestSetBit());
        BigInteger five = BigInteger.valueOf(5);
        BigInteger[] quotientAndRemainder = digits.divideAndRemainder(five);
        while (quotientAndRemainder[1].signum() == 0) {
            digits = quotientAndRemainder[0];
            quotientAndRemainder = digits.divideAndRemainder(five);
        }
        return digits;
    }

    /**
     * {@code dividend ÷ divisor}, exact where the quotient ends (a value exactly between two doubles must round to
     * even, not by 34 digits), else to 34 digits, which place an endless quotient on the right side of any midpoint.
     * Decided before dividing: an exception per endless quotient cost a twentieth of reading a sheet.
     */
    private static BigDecimal quotient(BigDecimal dividend, BigDecimal divisor, BigInteger divisorRest) {
        boolean ends = dividend.unscaledValue().mod(divisorRest).signum() == 0;
        return ends ? dividend.divide(divisor) : dividend.divide(divisor, WORKING_PRECISION);
    }

    private static double wholeQuotient(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal quotient = dividend.divide(divisor, WORKING_PRECISION);
        boolean exact = quotient.multiply(divisor).compareTo(dividend) == 0
                && quotient.stripTrailingZeros().scale() <= 0 && quotient.compareTo(LARGEST_EXACT_WHOLE) <= 0;
        return exact ? quotient.doubleValue() : Double.NaN;
    }

    boolean isSiUnit() {
        // The factor is exactly 1 when it is a whole number both ways; two comparisons of doubles, asked per value read.
        return wholeMultiplier == 1.0 && wholeDivisor == 1.0;
    }

    /** The value in SI units of a number written in this unit, correctly rounded for decimal factors. */
    double toSi(BigDecimal number) {
        double inOneStep = toSiInOneStep(number);
        if (!Double.isNaN(inOneStep)) {
            return inOneStep;
        }
        // A decimal times a decimal is exact and small for what sheets hold; only a division may need rounding.
        BigDecimal product = number.multiply(numerator);
        if (denominator.equals(BigDecimal.ONE)) {
            return product.doubleValue();
        }
        return quotient(product, denominator, denominatorRest).doubleValue();
    }

    /**
     * An SI double in this unit, the nearest double. A whole factor is one correctly rounded multiplication or
     * division of exact operands, so mm, kN·m, t or rpm need no decimal arithmetic.
     */
    double fromSiNearest(double siValue) {
        if (!Double.isNaN(wholeMultiplier)) {
            return siValue * wholeMultiplier;
        }
        if (!Double.isNaN(wholeDivisor)) {
            return siValue / wholeDivisor;
        }
        BigDecimal product = new BigDecimal(siValue).multiply(denominator);
        return quotient(product, numerator, numeratorRest).doubleValue();
    }

    /**
     * Clinger's fast path, for the numbers sheets hold: up to 53 bits of digits, a power of ten up to 10^22 and a whole
     * factor are all exact doubles, so one multiplication or division rounds the exact value once, correctly. Any
     * other factor is held in two doubles ({@link #withSplitFactor}). NaN when a part is not exact.
     */
    private double toSiInOneStep(BigDecimal number) {
        BigInteger unscaled = number.unscaledValue();
        if (unscaled.bitLength() > 53) {
            return Double.NaN;
        }
        return toSiInOneStep(unscaled.longValue(), number.scale());
    }

    /** As {@link #toSiInOneStep(BigDecimal)}, for the number {@code unscaled · 10^-scale} read without a BigDecimal. */
    double toSiInOneStep(long unscaled, int scale) {
        // PIT's survivors here are equivalent: they make the shortcut give up more often (the exact route then gives
        // the same double) or move a limit onto a value where both sides are exact.
        if (scale < -EXACT_POWERS_OF_TEN.length + 1 || scale >= EXACT_POWERS_OF_TEN.length
                || Math.abs(unscaled) >= 1L << 53) {
            return Double.NaN;
        }
        double digits = unscaled;
        if (!Double.isNaN(wholeDivisor)) {
            // SI = digits · divisor / 10^scale
            double product = digits * wholeDivisor;
            if (!(Math.abs(product) < 0x1p53)) {
                return Double.NaN;
            }
            return scale >= 0 ? product / EXACT_POWERS_OF_TEN[scale] : product * EXACT_POWERS_OF_TEN[-scale];
        }
        if (!Double.isNaN(wholeMultiplier)) {
            // SI = digits / (multiplier · 10^scale)
            if (scale >= 0) {
                double divisor = wholeMultiplier * EXACT_POWERS_OF_TEN[scale];
                return divisor < 0x1p53 ? digits / divisor : Double.NaN;
            }
            double dividend = digits * EXACT_POWERS_OF_TEN[-scale];
            return Math.abs(dividend) < 0x1p53 ? dividend / wholeMultiplier : Double.NaN;
        }
        return splitFactors == null || scale < 0 ? Double.NaN : withSplitFactor(digits, splitFactors.at(scale));
    }

    /**
     * {@code digits × numerator ÷ denominator ÷ 10^scale} with the factor held to about 106 bits, rounded to a double;
     * NaN when the exact value may lie so near a midpoint between two doubles that 106 bits cannot tell which way it
     * rounds, and for zero and powers of two, which have a nearer double below than above. Sheets hold few values that
     * near, so the decimal route is left nearly nothing; it took a twelfth of reading a sheet with one angle in it.
     */
    private static double withSplitFactor(double digits, SplitFactors.Split factor) {
        double high = factor.high();
        double low = factor.low();
        double product = digits * high;
        // An FMA rounds once, so this is the rounding error of digits × high, exactly.
        double tail = Math.fma(digits, high, -product) + digits * low;
        double rounded = product + tail;
        // Exact, as |tail| is far below |product|: how far the double is from the sum it stands for.
        double roundingError = tail - (rounded - product);
        double magnitude = Math.abs(rounded);
        if (!(magnitude >= 0x1p-900 && magnitude <= 0x1p900)
                || (Double.doubleToRawLongBits(rounded) & SIGNIFICAND_BITS) == 0) {
            return Double.NaN;
        }
        // The sum is within 2^-103 of the exact value, relatively; a midpoint farther than 2^-100 rounds the same way.
        double distanceFromMidpoint = Math.abs(Math.abs(roundingError) - Math.ulp(rounded) / 2);
        return distanceFromMidpoint > magnitude * 0x1p-100 ? rounded : Double.NaN;
    }

    /** The exact binary value of an SI double expressed in this unit, to working precision. */
    BigDecimal fromSi(double siValue) {
        BigDecimal exact = new BigDecimal(siValue);
        if (isSiUnit()) {
            return exact;
        }
        return exact.multiply(denominator, WORKING_PRECISION).divide(numerator, WORKING_PRECISION);
    }
}
