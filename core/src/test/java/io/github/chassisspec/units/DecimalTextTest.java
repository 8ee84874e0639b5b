package io.github.chassisspec.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link DecimalText} against the BigDecimal texts it replaces, on hand cases and on seeded values near every boundary. */
class DecimalTextTest {

    private static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.UP, RoundingMode.DOWN,
            RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_EVEN};

    @Test
    void handCases() {
        assertEquals("2.50", DecimalText.fixed(2.5, 2));
        assertEquals("0.00", DecimalText.fixed(-0.001, 2));
        assertEquals("-0.01", DecimalText.fixed(-0.005, 2)); // -0.005 is -0.005000000000000000104 in binary: away from zero
        assertEquals("0.28", DecimalText.fixed(0.285, 2)); // 0.285 is 0.28499999999999998002 in binary
        assertEquals("24.3", DecimalText.rounded(24.25, 1, RoundingMode.HALF_UP)); // 24.25 is exact: half goes up
        assertEquals("45", DecimalText.rounded(45.0, 2, RoundingMode.HALF_UP));
        assertEquals("0", DecimalText.rounded(-0.0, 2, RoundingMode.HALF_UP));
        double noisy = Math.nextUp(8880.0); // 8880.000000000002, as binary arithmetic leaves a figure meant to be 8880
        assertEquals("8880.01", DecimalText.rounded(noisy, 2, RoundingMode.CEILING));
        assertEquals("8880", DecimalText.roundedAfterTwelveDigits(noisy, 2, RoundingMode.CEILING));
        assertEquals("1234567890120", DecimalText.roundedAfterTwelveDigits(1234567890123.0, 0, RoundingMode.HALF_UP));
        assertEquals("100000000000000000000", DecimalText.rounded(1e20, 1, RoundingMode.HALF_UP));
    }

    @Test
    void shortest_handCases() {
        assertEquals("0.1", DecimalText.shortest(0.1));
        assertEquals("16000", DecimalText.shortest(16000.0));
        assertEquals("0", DecimalText.shortest(-0.0));
        assertEquals("-2.5", DecimalText.shortest(-2.5));
        assertEquals("0.0000001", DecimalText.shortest(1e-7)); // never an exponent
        assertEquals("1000000000000000", DecimalText.shortest(1e15));
        // 0.1 + 0.2 is 0.3000000000000000444 in binary, and 0.3 is another double: 17 digits are needed.
        assertEquals("0.30000000000000004", DecimalText.shortest(0.1 + 0.2));
        // 2^-44 = 5.684341886080801486...e-14. The nearest 16 digits, ...801e-14, are 4.9e-30 below it, more than half
        // the gap of 2^-97 = 6.3e-30 to the double below a power of two; ...802e-14 is 5.1e-30 above it, less than half
        // the gap of 2^-96 = 1.26e-29 above: 16 digits, rounded up, read back.
        assertEquals("0.00000000000005684341886080802", DecimalText.shortest(0x1p-44));
        assertEquals("cannot write the non-finite value NaN",
                assertThrows(IllegalArgumentException.class, () -> DecimalText.shortest(Double.NaN)).getMessage());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shortest_readsBack_andNoShorterDecimalDoes(long seed) {
        Random random = new Random(seed);
        for (int index = 0; index < 2000; index++) {
            double value = index % 4 == 0 ? Math.scalb(1.0, random.nextInt(200) - 100)
                    : (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(30) - 15);
            String text = DecimalText.shortest(value);
            assertEquals(value + 0.0, Double.parseDouble(text), text);
            BigDecimal written = new BigDecimal(text);
            int digits = written.signum() == 0 ? 1 : written.stripTrailingZeros().precision();
            BigDecimal exact = new BigDecimal(value);
            for (RoundingMode direction : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                if (digits > 1) {
                    BigDecimal shorter = exact.round(new MathContext(digits - 1, direction));
                    assertNotEquals(value, shorter.doubleValue(), () -> shorter + " is shorter than " + text);
                }
            }
        }
    }

    @Test
    void theCommonCase_isDecidedWithoutBigDecimal_andOnlyNearBoundariesFallsBack() {
        assertEquals(2423, DecimalText.scaledUnits(24.2271, 2, RoundingMode.HALF_UP, true));
        assertEquals(-2423, DecimalText.scaledUnits(-24.2271, 2, RoundingMode.HALF_UP, true));
        assertEquals(16000, DecimalText.scaledUnits(16000, 0, RoundingMode.FLOOR, true));
        assertEquals(625, DecimalText.scaledUnits(62.4001, 1, RoundingMode.CEILING, false));
        assertEquals(Long.MIN_VALUE, DecimalText.scaledUnits(Math.nextUp(8880.0), 2, RoundingMode.CEILING, true));
        assertEquals(Long.MIN_VALUE, DecimalText.scaledUnits(1e17, 1, RoundingMode.HALF_UP, false));
        assertEquals(Long.MIN_VALUE, DecimalText.scaledUnits(1.5, 0, RoundingMode.HALF_EVEN, false));
    }

    @Test
    void refusesWhatHasNoDecimalText() {
        assertEquals("cannot write the non-finite value NaN",
                assertThrows(IllegalArgumentException.class, () -> DecimalText.fixed(Double.NaN, 1)).getMessage());
        assertEquals("cannot write the non-finite value -Infinity", assertThrows(IllegalArgumentException.class,
                () -> DecimalText.rounded(Double.NEGATIVE_INFINITY, 1, RoundingMode.HALF_UP)).getMessage());
        assertEquals("places must not be negative: -1",
                assertThrows(IllegalArgumentException.class, () -> DecimalText.fixed(1, -1)).getMessage());
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 6).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void equalsBigDecimal_onValuesNearEveryBoundary(long seed) {
        Random random = new Random(seed);
        for (double value : values(random)) {
            for (int places = 0; places <= 11; places++) {
                for (RoundingMode mode : MODES) {
                    String context = "value " + new BigDecimal(value) + " places " + places + " " + mode;
                    assertEquals(reference(value, places, mode, false, true), DecimalText.rounded(value, places, mode),
                            context);
                    assertEquals(reference(value, places, mode, true, true),
                            DecimalText.roundedAfterTwelveDigits(value, places, mode), context);
                }
                assertEquals(reference(value, places, RoundingMode.HALF_UP, false, false),
                        DecimalText.fixed(value, places), "value " + value);
            }
        }
    }

    /** Random magnitudes, and values on, one ulp either side of, and a hair either side of whole and half units. */
    private static List<Double> values(Random random) {
        List<Double> values = new ArrayList<>();
        for (int index = 0; index < 40; index++) {
            double sign = random.nextBoolean() ? 1 : -1;
            values.add(sign * Math.pow(10, random.nextInt(30) - 15) * random.nextDouble());
            int places = random.nextInt(8);
            double boundary = (random.nextInt(2_000_000) + (random.nextBoolean() ? 0.5 : 0)) / Math.pow(10, places);
            values.add(sign * boundary);
            values.add(sign * Math.nextUp(boundary));
            values.add(sign * Math.nextDown(boundary));
            values.add(sign * boundary * (1 + 3e-12));
            values.add(sign * boundary * (1 - 3e-12));
            values.add(sign * (random.nextInt(100_000) * 0.1 * 1.2));
        }
        values.add(0.0);
        values.add(-0.0);
        values.add(Double.MIN_VALUE);
        values.add(-Double.MAX_VALUE);
        values.add(0x1p52 / 10);
        return values;
    }

    private static String reference(double value, int places, RoundingMode mode, boolean twelveDigitsFirst,
            boolean dropTrailingZeros) {
        BigDecimal exact = new BigDecimal(value);
        BigDecimal result = (twelveDigitsFirst ? exact.round(new MathContext(12, RoundingMode.HALF_UP)) : exact)
                .setScale(places, mode);
        if (dropTrailingZeros) {
            return result.signum() == 0 ? "0" : result.stripTrailingZeros().toPlainString();
        }
        return result.toPlainString();
    }
}
