package io.github.chassisspec.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import javax.measure.MetricPrefix;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Length;
import javax.measure.quantity.Temperature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/**
 * Edge cases of the units package that the mutation run (mvn -B -Ppit -pl core verify) showed untested: number
 * scanning at the end of the text, negative zero, values with more digits than a double, foreign units.
 *
 * <p>Mutants left alive on purpose, because no input can tell them from the original:
 * <ul>
 * <li>QuantityFormat.scanNumber, {@code index < length} at index 0 as {@code <=}: the text is never empty there.</li>
 * <li>QuantityFormat.split, {@code end < 0} as {@code <= 0}: a number has a digit, so scanNumber never returns 0.</li>
 * <li>SiValues.decimal, the Integer/Short/Byte tests removed: every such value is exact as a double, so the double
 *     path gives the same decimal (the Long test is not equivalent and is killed above).</li>
 * <li>SiValues.of, the SI-unit shortcut removed: toSi of the SI unit is the same double for every finite value.</li>
 * <li>SiValues.of on a foreign unit, {@code + 0.0} as {@code - 0.0}: Indriya converters turn -0.0 into the integer
 *     0 before the sign could show.</li>
 * <li>SiValues.quantity, the shortcut for whole values removed: Indriya narrows a whole double to the same
 *     Integer.</li>
 * <li>SiValues.kindOf and UnitTable.byUnit, the table and identity-map shortcuts removed: every table unit is
 *     compatible with exactly one kind, and the equals-keyed map holds the same definitions.</li>
 * <li>Decimals.plain, the zero test removed: stripTrailingZeros turns every zero into "0" (since Java 8).</li>
 * <li>Decimals.shortestAccepted, {@code digits <= 25} as {@code < 25} and the fallback after the loop: seventeen
 *     significant digits always read back to the same double, so the loop ends long before.</li>
 * </ul>
 */
class UnitsMutationTest {

    /** Every accepted symbol in table order (FORMAT.md §1), as the "accepted units are" message lists them. */
    private static final String ALL_SYMBOLS = "mm, cm, m, km, in, ft, kg, t, lb, N, kN, lbf, N·m, N*m, Nm, kN·m, kN*m, kNm,"
            + " lbf·ft, lbf*ft, °, deg, rad, km/h, m/s, mph, rpm, 1/min, Hz, W, kW, hp, PS, m², m^2, Pa, kPa, MPa,"
            + " N/mm², N/mm^2, psi, mm³, mm^3, cm³, cm^3, in³, in^3, m³, m^3, m/s², m/s^2, kW/t, W/kg";

    private static final String LENGTH_EXPECTED = "a length such as \"5900 mm\"";

    /** Makes each foreign unit new to this JVM: SiValues caches converters, and PIT reruns tests in one JVM. */
    private static final AtomicInteger FOREIGN_UNIT_COUNT = new AtomicInteger();

    @ParameterizedTest(name = "\"{0}\" splits into \"{1}\" and \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2.25    | 2.25 | ``
            1e5     | 1e5  | ``
            1e      | 1    | e
            1e+     | 1    | e+
            1e m    | 1    | e m
            5,      | 5    | ,
            -7.5e-2 m | -7.5e-2 | m
            """)
    void split_numberRunningToTheEndOfTheText_endsWhereTheNumberDoes(String text, String number, String unit) {
        QuantityFormat.NumberAndUnit parts = QuantityFormat.split(text, () -> LENGTH_EXPECTED);
        assertEquals(number, parts.number());
        assertEquals(unit, parts.unit());
    }

    @ParameterizedTest(name = "\"{0}\" is not a finite number")
    @CsvSource({"NaN mm", "-Infinity mm", "+inf mm", "∞ mm"})
    void parse_nonFiniteWords_areNamedAsSuch(String text) {
        QuantityFormatException error = assertThrows(QuantityFormatException.class,
                () -> QuantityFormat.parse(text, QuantityKind.LENGTH));
        assertEquals("\"" + text + "\" is not a finite number; expected " + LENGTH_EXPECTED, error.getMessage());
    }

    @Test
    void parse_commaFollowedBySpace_isAnUnknownUnitNotADecimalComma() {
        // "5, mm": the ',' is not followed by a digit, so it is no decimal comma; the unit is ", mm".
        QuantityFormatException error = assertThrows(QuantityFormatException.class,
                () -> QuantityFormat.parse("5, mm", QuantityKind.LENGTH));
        assertEquals("\"5, mm\" has a space inside its unit \", mm\"; a length takes mm, cm, m, km, in, ft",
                error.getMessage());
    }

    @Test
    void parseAnyKind_unknownUnit_listsEveryAcceptedUnit() {
        QuantityFormatException error = assertThrows(QuantityFormatException.class,
                () -> QuantityFormat.parseAnyKind("5 furlong"));
        assertEquals("\"5 furlong\" has an unknown unit \"furlong\"; accepted units are " + ALL_SYMBOLS, error.getMessage());
    }

    @Test
    void parse_digitsBeyondTheWorkingPrecision_roundCorrectlyToTheNearestDouble() {
        // 1 + 2^-53 = 1.00000000000000011102230246251565404236316680908203125 lies halfway between the doubles 1 and
        // 1 + 2^-52; the text is 1e-58 above it, so the nearest double is 1 + 2^-52 = 1.0000000000000002.
        // Rounding to 34 digits first would cut the tail and give 1.0.
        String text = "1.0000000000000001110223024625156540423631668090820312500000001 m";
        assertEquals(1.0000000000000002, QuantityFormat.parse(text, QuantityKind.LENGTH).siValue());
    }

    @Test
    void format_nonFiniteValue_isRefusedWithTheValue() {
        assertEquals("cannot write the non-finite value NaN", assertThrows(IllegalArgumentException.class,
                () -> QuantityFormat.format(Double.NaN, QuantityKind.LENGTH, "mm")).getMessage());
        assertEquals("cannot write the non-finite value Infinity", assertThrows(IllegalArgumentException.class,
                () -> QuantityFormat.formatRounded(Double.POSITIVE_INFINITY, QuantityKind.LENGTH, "m", 1)).getMessage());
    }

    @Test
    void siValuesOf_degrees_usesTheDecimalPiNotIndriyasFactor() {
        // 3° = 3π/180 rad = π/60 = 0.05235987755982988730771…; the nearest double is 0.0523598775598298898925…
        // (printed 0.05235987755982989), 2.6e-18 away; the next lower one, 0.0523598775598298829536…, is 4.4e-18 away.
        Quantity<Angle> threeDegrees = Quantities.getQuantity(3, ChassisUnits.DEGREE);
        assertEquals(0.05235987755982989, SiValues.of(threeDegrees));
        assertEquals(QuantityKind.ANGLE, SiValues.kindOf(threeDegrees));
    }

    @Test
    void siValuesOf_longBeyondTwoToTheFiftyThree_isNotRoundedToDoubleFirst() {
        // 9007199254740995 mm = 9007199254740.995 m; doubles there are 2^-9 = 0.001953125 apart, so the neighbours are
        // …740.994140625 (0.00086 away, nearest) and …740.99609375. Rounding the long to a double first would give
        // 9007199254740996 (a tie, to even) and so …740.99609375.
        Quantity<Length> length = Quantities.getQuantity(9007199254740995L, ChassisUnits.MILLIMETRE);
        assertEquals(9007199254740.994140625, SiValues.of(length));
    }

    @Test
    void siValuesOf_bigDecimalWithMoreDigitsThanADouble_isReadExactly() {
        // 7968.748404165971339003 mm = 7.968748404165971339003 m; the nearest double is
        // 7.96874840416597152170… (1.8e-16 away; doubles there are 8.9e-16 apart), printed 7.9687484041659715.
        // Through a double the millimetres become 7968.748404165971 and the metres 7.968748404165971.
        Quantity<Length> length = Quantities.getQuantity(new BigDecimal("7968.748404165971339003"), ChassisUnits.MILLIMETRE);
        assertEquals(7.9687484041659715, SiValues.of(length));
    }

    @Test
    void siValuesOf_underflowToNegativeZero_isPositiveZero() {
        // -1e-400 mm is -1e-403 m, below the smallest double, so the conversion gives -0.0 before the sign is dropped.
        assertEquals(0L, Double.doubleToRawLongBits(
                SiValues.of(Quantities.getQuantity(new BigDecimal("-1e-400"), ChassisUnits.MILLIMETRE))));
    }

    @Test
    void siValuesNormalize_siDoubleIsKeptAndOtherUnitsAreConverted() {
        Quantity<Length> metres = Quantities.getQuantity(5.9, ChassisUnits.METRE);
        assertSame(metres, SiValues.normalize(metres, QuantityKind.LENGTH));
        // Read from "16 t", 16000.0 kg is kept by Indriya as the Integer 16000: already SI, so kept as it is.
        Quantity<javax.measure.quantity.Mass> wholeKilograms = SiValues.quantity(16_000.0,
                javax.measure.quantity.Mass.class);
        assertEquals(Integer.class, wholeKilograms.getValue().getClass());
        assertSame(wholeKilograms, SiValues.normalize(wholeKilograms, QuantityKind.MASS));
        // 5900 mm → 5.9 m.
        Quantity<Length> millimetres = Quantities.getQuantity(5900, ChassisUnits.MILLIMETRE);
        assertEquals(5.9, SiValues.normalize(millimetres, QuantityKind.LENGTH).getValue().doubleValue());
    }

    @Test
    void siValues_foreignUnit_convertsThroughIndriyaAndKnowsItsKind() {
        // A unit of n/8 m that no earlier run has cached; 2 of them are n/4 m (exact in binary).
        int eighths = 9 + FOREIGN_UNIT_COUNT.incrementAndGet();
        Unit<Length> foreign = ChassisUnits.METRE.multiply(eighths / 8.0);
        assertEquals(eighths / 4.0, SiValues.of(Quantities.getQuantity(2, foreign)));
        assertEquals(QuantityKind.LENGTH, SiValues.kindOf(Quantities.getQuantity(1, foreign)));
    }

    @Test
    void siValues_unitOfNoKnownKind_isRefusedWithTheAcceptedUnits() {
        Quantity<?> temperature = Quantities.getQuantity(300, Units.KELVIN);
        assertEquals("unit K has no SI counterpart among the kinds this library reads",
                assertThrows(IllegalArgumentException.class, () -> SiValues.of(temperature)).getMessage());
        assertEquals("unit K is not one of: " + ALL_SYMBOLS,
                assertThrows(IllegalArgumentException.class, () -> SiValues.kindOf(temperature)).getMessage());
    }

    @Test
    void siValuesOf_nonFiniteValueFromAnotherImplementation_isRefused() {
        // Indriya refuses NaN quantities; another JSR 385 implementation may hand one over.
        assertEquals("quantity value is not finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> SiValues.of(otherImplementation(Double.NaN, ChassisUnits.MILLIMETRE))).getMessage());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"NaN, m", "Infinity, m", "-Infinity, m", "Infinity, mm", "NaN, dm", "-Infinity, dm"})
    void siValuesOf_nonFiniteValue_isRefusedInEveryUnit(double value, String unit) {
        // The SI unit, a unit of the table and a unit from outside it take three routes; each must refuse alike.
        Unit<Length> length = switch (unit) {
            case "m" -> ChassisUnits.METRE;
            case "mm" -> ChassisUnits.MILLIMETRE;
            default -> MetricPrefix.DECI(Units.METRE);
        };
        assertEquals("quantity value is not finite: " + value, assertThrows(IllegalArgumentException.class,
                () -> SiValues.of(otherImplementation(value, length))).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"km, 'quantity value 1.0E306 km is too large for a double in SI units'",
        "Em, 'quantity value 1.0E306 Em is too large for a double in SI units'"})
    void siValuesOf_valueBeyondDoublesInSi_isRefused(String unit, String expected) {
        // 1e306 km is 1e309 m and 1e306 Em is 1e324 m, both above Double.MAX_VALUE ≈ 1.8e308.
        Unit<Length> length = unit.equals("km") ? ChassisUnits.KILOMETRE : MetricPrefix.EXA(Units.METRE);
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> SiValues.of(otherImplementation(1e306, length))).getMessage());
    }

    @Test
    void siValues_negativeZeroFromAnotherImplementation_becomesPositiveZero() {
        // Indriya stores -0.0 as the integer 0; another implementation may keep the sign, which reports must not show.
        Quantity<Length> negativeZero = otherImplementation(-0.0, ChassisUnits.METRE);
        assertEquals(0L, Double.doubleToRawLongBits(SiValues.of(negativeZero)));
        Quantity<Length> normalized = SiValues.normalize(negativeZero, QuantityKind.LENGTH);
        assertEquals(0L, Double.doubleToRawLongBits(normalized.getValue().doubleValue()));
        assertSame(ChassisUnits.METRE, normalized.getUnit());
        // A positive SI double from the same implementation is returned as it is.
        Quantity<Length> metres = otherImplementation(5.9, ChassisUnits.METRE);
        assertSame(metres, SiValues.normalize(metres, QuantityKind.LENGTH));
        // Read from "16 t", 16000.0 kg is kept by Indriya as the Integer 16000: already SI, so kept as it is.
        Quantity<javax.measure.quantity.Mass> wholeKilograms = SiValues.quantity(16_000.0,
                javax.measure.quantity.Mass.class);
        assertEquals(Integer.class, wholeKilograms.getValue().getClass());
        assertSame(wholeKilograms, SiValues.normalize(wholeKilograms, QuantityKind.MASS));
    }

    @Test
    void siValuesOf_fractionalMillimetres_convertsTheDecimal() {
        // 4175.5 mm = 4175.5 / 1000 m = 4.1755 m.
        assertEquals(4.1755, SiValues.of(Quantities.getQuantity(4175.5, ChassisUnits.MILLIMETRE)));
    }

    @Test
    void quantityTypeWithoutATable_isRefusedByName() {
        assertEquals("no unit table for quantity type javax.measure.quantity.Temperature",
                assertThrows(IllegalArgumentException.class, () -> SiValues.quantity(1.0, Temperature.class)).getMessage());
        assertEquals("no unit table for quantity type javax.measure.quantity.Temperature",
                assertThrows(IllegalArgumentException.class, () -> QuantityFormat.parse("1 K", Temperature.class)).getMessage());
        assertEquals(Length.class, QuantityKind.LENGTH.quantityType());
    }

    @Test
    void parseAnyKind_numberAlone_hasNoUnit() {
        assertEquals("\"5\" has no unit",
                assertThrows(QuantityFormatException.class, () -> QuantityFormat.parseAnyKind("5")).getMessage());
    }

    @Test
    void parse_spaceInsideAKnownUnit_suggestsTheWrittenForms() {
        assertEquals("\"800 N m\" has a space inside its unit \"N m\"; write N·m, N*m or Nm", assertThrows(
                QuantityFormatException.class, () -> QuantityFormat.parse("800 N m", QuantityKind.TORQUE)).getMessage());
        assertEquals("\"12 k N\" has a space inside its unit \"k N\"; write kN", assertThrows(
                QuantityFormatException.class, () -> QuantityFormat.parse("12 k N", QuantityKind.FORCE)).getMessage());
    }

    /** A quantity from some other JSR 385 implementation, which may hold values Indriya would not. */
    @SuppressWarnings("unchecked")
    private static <Q extends Quantity<Q>> Quantity<Q> otherImplementation(double value, Unit<Q> unit) {
        return (Quantity<Q>) Proxy.newProxyInstance(UnitsMutationTest.class.getClassLoader(),
                new Class<?>[] {Quantity.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getValue" -> value;
                    case "getUnit" -> unit;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void unitDefinition_fromSiOfTheSiUnit_isTheExactBinaryValue() {
        // 0.1 as a double is exactly 0.1000000000000000055511151231257827021181583404541015625 (55 digits), more than
        // the 34 digits of the working precision, so the SI unit must not go through a rounding multiplication.
        assertEquals(new BigDecimal("0.1000000000000000055511151231257827021181583404541015625"),
                UnitTable.bySymbol("m").fromSi(0.1));
        // 0.5 m in mm: 0.5 × 1 / 0.001 = 500.
        assertEquals(0, new BigDecimal("500").compareTo(UnitTable.bySymbol("mm").fromSi(0.5)));
    }

    @Test
    void unitDefinition_ofFactorAndDenominator_convertsBothWays() {
        // A yard as 9144 / 10000 m: 2 yd = 1.8288 m, and 0.9144 m = 1 yd.
        UnitDefinition yard = UnitDefinition.of("yd", QuantityKind.LENGTH, ChassisUnits.METRE.multiply(0.9144), "9144", "10000");
        assertEquals(1.8288, yard.toSi(BigDecimal.valueOf(2)));
        assertEquals(0, BigDecimal.ONE.compareTo(yard.fromSi(0.9144).round(new java.math.MathContext(16))));
    }

    @Test
    void slopeFactories_nonFiniteDegreesOrRadians_areRefused() {
        assertEquals("slope must be a finite number but was NaN°",
                assertThrows(IllegalArgumentException.class, () -> Slope.ofDegrees(Double.NaN)).getMessage());
        assertEquals("slope must be a finite number but was Infinity rad",
                assertThrows(IllegalArgumentException.class, () -> Slope.ofRadians(Double.POSITIVE_INFINITY)).getMessage());
    }

    @Test
    void slopeFactories_zero_isLevelAndTinyNegative_isRefused() {
        assertEquals(0.0, Slope.ofDegrees(0).radians());
        assertEquals(0.0, Slope.ofPercent(0).radians());
        assertEquals(Slope.LEVEL, Slope.ofRadians(0));
        // -4.9e-324° is -8.6e-326 rad, which rounds to -0.0 rad: only the written value shows the minus sign.
        // 4.9e-324 written out is "0." then 323 zeros then "49".
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Slope.ofDegrees(-Double.MIN_VALUE));
        assertEquals("slope must not be negative but was -0." + "0".repeat(323) + "49°; say which way the vehicle faces instead",
                error.getMessage());
    }

    @Test
    void slope_writtenNotation_isReturnedExactlyNotRecomputed() {
        // Through the angle these would be toDegrees(toRadians(1.5)) = 1.5000000000000002,
        // 100·tan(atan(0.07)) = 7.000000000000001 and tan(atan(0.22)) = 0.21999999999999997.
        assertEquals(1.5, Slope.ofDegrees(1.5).degrees());
        assertEquals(7.0, Slope.ofPercent(7).percent());
        assertEquals(0.22, Slope.ofPercent(22).tangent());
    }

    @Test
    void slope_asOtherNotation_keepsTheAngleAndHash() {
        // 50 % is atan(0.5) = 26.565051177077989…°.
        Slope fiftyPercent = Slope.ofPercent(50);
        Slope inDegrees = fiftyPercent.asDegrees();
        assertEquals(Slope.Notation.DEGREES, inDegrees.notation());
        assertEquals(26.565051177077989, inDegrees.writtenValue(), 1e-13);
        assertEquals(fiftyPercent, inDegrees);
        assertEquals(Double.hashCode(Math.atan(0.5)), inDegrees.hashCode());

        Slope backToPercent = inDegrees.asPercent();
        assertEquals(Slope.Notation.PERCENT, backToPercent.notation());
        assertEquals(50.0, backToPercent.writtenValue(), 1e-12);
        assertEquals(fiftyPercent.hashCode(), backToPercent.hashCode());
    }

    @Test
    void slopeDisplayText_radians_showsThreeDecimalsThenDegreesAndPercent() {
        // 0.5 rad = 0.5 · 180/π = 28.648°; tan 0.5 = 0.54630 → 54.6 %.
        assertEquals("0.5 rad (28.6°, 54.6 %)", Slope.ofRadians(0.5).displayText());
    }

    @Test
    void slopeParse_textStartingWithAParenthesisOrNull_isRefused() {
        String expected = "a slope such as \"45 %\" or \"24.2 °\"";
        assertEquals("\"(24.2°)\" does not start with a number; expected " + expected,
                assertThrows(QuantityFormatException.class, () -> Slope.parse("(24.2°)")).getMessage());
        assertEquals("no value; expected " + expected,
                assertThrows(QuantityFormatException.class, () -> Slope.parse(null)).getMessage());
    }
}
