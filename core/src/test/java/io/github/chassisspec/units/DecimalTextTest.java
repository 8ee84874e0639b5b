package io.github.chassisspec.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
