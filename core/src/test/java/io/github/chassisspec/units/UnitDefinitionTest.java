package io.github.chassisspec.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The double shortcut of {@link UnitDefinition#fromSiNearest} against the exact decimal conversion. */
class UnitDefinitionTest {

    @Test
    void wholeFactors_areKnownAsDoubles_andOthersAreNot() {
        assertEquals(1000.0, UnitTable.bySymbol("kN·m").wholeDivisor());
        assertEquals(Double.NaN, UnitTable.bySymbol("kN·m").wholeMultiplier());
        assertEquals(1000.0, UnitTable.bySymbol("mm").wholeMultiplier());
        assertEquals(60.0, UnitTable.bySymbol("rpm").wholeMultiplier());
        assertEquals(1.0, UnitTable.bySymbol("m").wholeMultiplier());
        assertEquals(Double.NaN, UnitTable.bySymbol("km/h").wholeMultiplier()); // 3.6 is not whole
        assertEquals(Double.NaN, UnitTable.bySymbol("km/h").wholeDivisor()); // 1/3.6 neither
        assertEquals(Double.NaN, UnitTable.bySymbol("°").wholeMultiplier()); // 180/π is not a whole number
    }

    @Test
    void endingQuotients_areToldApartBeforeDividing() {
        // km/h is 1000/3600 m/s: 3600 = 2^4 · 3^2 · 5^2, so 9 decides whether a quotient by it ends; 1000 = 2^3 · 5^3.
        UnitDefinition kilometresPerHour = UnitTable.bySymbol("km/h");
        assertEquals(BigInteger.valueOf(9), kilometresPerHour.denominatorRest());
        assertEquals(BigInteger.ONE, kilometresPerHour.numeratorRest());
        // 36 km/h: 36 000 / 3600 = 10 m/s, exact; 1 km/h: 1000 / 3600 = 0.2777… m/s, endless, the double nearest it.
        assertEquals(10.0, kilometresPerHour.toSi(new BigDecimal("36")));
        assertEquals(1000.0 / 3600, kilometresPerHour.toSi(new BigDecimal("1")));
        // Built here as well, not only read from the table, which is filled once per JVM: 2^4 · 5^3 · 7 = 14000.
        UnitDefinition built = UnitDefinition.of("x", QuantityKind.SPEED, null, "14000", "3600");
        assertEquals(BigInteger.valueOf(7), built.numeratorRest());
        assertEquals(BigInteger.valueOf(9), built.denominatorRest());
        // Degrees are π/180 rad: 180 = 2^2 · 3^2 · 5, so 9 again.
        assertEquals(BigInteger.valueOf(9), UnitTable.bySymbol("°").denominatorRest());
        assertEquals("a unit factor must not be zero", assertThrows(
                IllegalArgumentException.class, () -> UnitDefinition.of("x", QuantityKind.LENGTH, null, "0", "1"))
                .getMessage());
        assertEquals("a unit factor must not be zero", assertThrows(
                IllegalArgumentException.class, () -> UnitDefinition.of("x", QuantityKind.LENGTH, null, "1", "0.0"))
                .getMessage());
    }

    @Test
    void aFactorWholeNeitherWay_isReadWithTheFactorSplitInTwoDoubles() {
        // 50 ° = 5π/18 rad = 0.872664625997164788461845384244306356…, from π's digits; the double nearest it.
        UnitDefinition degree = UnitTable.bySymbol("°");
        assertEquals(new BigDecimal("0.872664625997164788461845384244306356").doubleValue(),
                degree.toSiInOneStep(50, 0));
        // 90 km/h = 25 m/s exactly, and 0.1 km/h = 1/36 m/s = 0.02777…; 1 / 36 is one correctly rounded division.
        UnitDefinition kilometresPerHour = UnitTable.bySymbol("km/h");
        assertEquals(25.0, kilometresPerHour.toSiInOneStep(90, 0));
        assertEquals(1.0 / 36, kilometresPerHour.toSiInOneStep(1, 1));
        // Zero, a scale from an exponent (5e1) and a power of two are left to the decimal route.
        assertEquals(Double.NaN, degree.toSiInOneStep(0, 0));
        assertEquals(Double.NaN, degree.toSiInOneStep(5, -1));
        UnitDefinition twoThirds = UnitDefinition.of("x", QuantityKind.LENGTH, null, "2", "3");
        // 3 × 2/3 = 2 exactly, a power of two: the nearer double below it is half as far as the one above.
        assertEquals(Double.NaN, twoThirds.toSiInOneStep(3, 0));
        assertEquals(2.0, twoThirds.toSi(new BigDecimal("3")));
    }

    @Test
    void aValueTooNearAMidpointForTwoDoubles_takesTheDecimalRoute() {
        // A factor of 1.5 + 2^-53 + 2^-120: 1 × it lies 2^-120 above the midpoint 1.5 + 2^-53 between 1.5 and
        // 1.5 + 2^-52 (the step is 2^-52 from 1 to 2), so its nearest double is 1.5 + 2^-52. The two doubles hold
        // 1.5 + 2^-52 and -2^-53 but not 2^-120, and their sum, exactly the midpoint, would round to the even 1.5.
        String factor = new BigDecimal("1.5").add(new BigDecimal(Math.scalb(1.0, -53)))
                .add(new BigDecimal(Math.scalb(1.0, -120))).toPlainString();
        UnitDefinition nearMidpoint = UnitDefinition.of("x", QuantityKind.LENGTH, null, factor, "1");
        assertEquals(Double.NaN, nearMidpoint.toSiInOneStep(1, 0));
        assertEquals(Math.nextUp(1.5), nearMidpoint.toSi(BigDecimal.ONE));
        // Below a power of two the doubles are twice as dense: 2 - 2^-53 - 2^-120 lies just under the midpoint
        // 2 - 2^-53 between 2 - 2^-52 and 2, so its nearest double is 2 - 2^-52. The two doubles hold 2 - 2^-52 and
        // 2^-53, whose sum is that midpoint and rounds to the even 2, which looks a quarter of a step from a midpoint
        // when measured with the step above 2.
        String belowTwo = BigDecimal.valueOf(2).subtract(new BigDecimal(Math.scalb(1.0, -53)))
                .subtract(new BigDecimal(Math.scalb(1.0, -120))).toPlainString();
        UnitDefinition nearPowerOfTwo = UnitDefinition.of("x", QuantityKind.LENGTH, null, belowTwo, "1");
        assertEquals(Double.NaN, nearPowerOfTwo.toSiInOneStep(1, 0));
        assertEquals(Math.nextDown(2.0), nearPowerOfTwo.toSi(BigDecimal.ONE));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void splitFactors_giveTheExactlyRoundedValue_andLeaveAlmostNothingToTheDecimalRoute(long seed) {
        Random random = new Random(seed);
        for (UnitDefinition unit : everyUnit()) {
            if (unit.splitFactors() == null) {
                continue;
            }
            int leftToDecimals = 0;
            for (int index = 0; index < 2000; index++) {
                // Half with every digit a long may hold here, half as people write them: up to nine digits, up to six
                // after the point.
                boolean written = index % 2 == 0;
                long magnitude = written ? random.nextInt(1_000_000_000)
                        : random.nextLong() >>> (11 + random.nextInt(53));
                long digits = random.nextBoolean() ? magnitude : -magnitude;
                int scale = random.nextInt(written ? 7 : 23);
                double inOneStep = unit.toSiInOneStep(digits, scale);
                if (Double.isNaN(inOneStep)) {
                    // Long digits times a short decimal factor (in, ft) can land exactly on a midpoint.
                    leftToDecimals += written ? 1 : 0;
                } else {
                    assertEquals(exactInSi(unit, BigDecimal.valueOf(digits, scale)), inOneStep,
                            digits + "e-" + scale + " " + unit.symbol());
                }
            }
            // Among written numbers only zero and powers of two, now and then, and a midpoint about once in 2^47.
            assertTrue(leftToDecimals <= 5,
                    unit.symbol() + ": " + leftToDecimals + " of 1000 written numbers left to the decimal route");
        }
    }

    /** The double nearest the exact value in the unit, ties to even: a hundred digits, far past any near-tie here. */
    private static double nearest(UnitDefinition unit, double siValue) {
        BigDecimal product = new BigDecimal(siValue).multiply(unit.denominator());
        BigDecimal quotient;
        try {
            quotient = product.divide(unit.numerator());
        } catch (ArithmeticException endless) {
            quotient = product.divide(unit.numerator(), new MathContext(100));
        }
        return Double.parseDouble(quotient.toString());
    }

    /** The double nearest the written number in SI, by exact decimals (a hundred digits where the quotient is endless). */
    private static double exactInSi(UnitDefinition unit, BigDecimal written) {
        BigDecimal exact = written.multiply(unit.numerator());
        try {
            return Double.parseDouble(exact.divide(unit.denominator()).toString());
        } catch (ArithmeticException endless) {
            return Double.parseDouble(exact.divide(unit.denominator(), new MathContext(100)).toString());
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void toSi_isTheWrittenNumberInSiCorrectlyRounded_forEveryUnit(long seed) {
        Random random = new Random(seed);
        // What people write: up to nine digits, up to six of them after the point.
        assertToSiExact(() -> BigDecimal.valueOf(random.nextInt(1_000_000_000), random.nextInt(7)));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void toSi_staysCorrectlyRounded_acrossTheEdgesOfTheOneStepShortcut(long seed) {
        // Digits of 0 to 64 bits and powers of ten either side of 10^22: the one-step shortcut and where it gives up.
        Random random = new Random(seed);
        assertToSiExact(() -> BigDecimal.valueOf((random.nextLong() >>> random.nextInt(64))
                * (random.nextBoolean() ? 1 : -1), random.nextInt(51) - 25));
    }

    /** A hundred numbers from {@code written} in every unit: toSi gives the exactly rounded SI value. */
    private static void assertToSiExact(Supplier<BigDecimal> written) {
        for (UnitDefinition unit : everyUnit()) {
            for (int index = 0; index < 100; index++) {
                BigDecimal number = written.get();
                assertEquals(exactInSi(unit, number), unit.toSi(number), number + " " + unit.symbol());
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void formatInAnSiUnit_isTheShortestDecimalThatReadsBack(long seed) {
        Random random = new Random(seed);
        for (UnitDefinition unit : everyUnit()) {
            if (!unit.isSiUnit()) {
                continue;
            }
            for (int index = 0; index < 200; index++) {
                // Short decimals as sheets hold them, and doubles with every digit used.
                double siValue = index % 2 == 0 ? random.nextInt(2_000_000) / Math.pow(10, random.nextInt(7))
                        : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 6);
                String shortest = Decimals.shortestAccepted(unit.fromSi(siValue),
                        candidate -> unit.toSi(candidate) == siValue);
                assertEquals(shortest + " " + unit.symbol(), QuantityFormat.format(siValue, unit.kind(), unit.symbol()),
                        "" + siValue);
            }
        }
    }

    /** Every accepted unit, one definition per symbol, in the table's order. */
    private static List<UnitDefinition> everyUnit() {
        return UnitTable.allSymbols().stream().map(UnitTable::bySymbol).toList();
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 4).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void fromSiNearest_equalsTheExactConversionRounded_forEveryUnit(long seed) {
        Random random = new Random(seed);
        for (UnitDefinition unit : everyUnit()) {
            for (int index = 0; index < 100; index++) {
                double siValue = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextInt(16) - 8)
                        * random.nextDouble();
                assertEquals(nearest(unit, siValue), unit.fromSiNearest(siValue), unit.symbol() + " " + siValue);
            }
        }
    }
}
