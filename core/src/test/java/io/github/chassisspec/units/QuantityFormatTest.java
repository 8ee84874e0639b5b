package io.github.chassisspec.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.measure.Quantity;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tech.units.indriya.quantity.Quantities;

class QuantityFormatTest {

    @ParameterizedTest(name = "\"{0}\" is {2} in SI")
    @CsvSource(delimiter = '|', textBlock = """
            5900 mm       | LENGTH           | 5.9
            5.9 m         | LENGTH           | 5.9
            590 cm        | LENGTH           | 5.9
            1e3 mm        | LENGTH           | 1.0
            1E-3 km       | LENGTH           | 1.0
            +2 in         | LENGTH           | 0.0508
            1 ft          | LENGTH           | 0.3048
            16 t          | MASS             | 16000
            1 lb          | MASS             | 0.45359237
            12 kN         | FORCE            | 12000
            1 lbf         | FORCE            | 4.4482216152605
            800 N·m       | TORQUE           | 800
            800 N*m       | TORQUE           | 800
            800 Nm        | TORQUE           | 800
            0.8 kN·m      | TORQUE           | 800
            60 kNm        | TORQUE           | 60000
            1 lbf·ft      | TORQUE           | 1.3558179483314004
            180 °         | ANGLE            | 3.141592653589793
            180 deg       | ANGLE            | 3.141592653589793
            1 rad         | ANGLE            | 1
            36 km/h       | SPEED            | 10
            10 m/s        | SPEED            | 10
            1 mph         | SPEED            | 0.44704
            2400 rpm      | ROTATIONAL_SPEED | 40
            2400 1/min    | ROTATIONAL_SPEED | 40
            162 kW        | POWER            | 162000
            1 hp          | POWER            | 745.69987158227022
            1 PS          | POWER            | 735.49875
            7.5 m²        | AREA             | 7.5
            7.5 m^2       | AREA             | 7.5
            355 MPa       | STRESS           | 355000000
            355 N/mm²     | STRESS           | 355000000
            100 kPa       | STRESS           | 100000
            1 psi         | STRESS           | 6894.757293168361
            250 cm³       | SECTION_MODULUS  | 0.00025
            250000 mm^3   | SECTION_MODULUS  | 0.00025
            1 in³         | SECTION_MODULUS  | 0.000016387064
            0.2 m/s²      | ACCELERATION     | 0.2
            0.2 m/s^2     | ACCELERATION     | 0.2
            18446744073709551617 kg | MASS     | 18446744073709551617
            """)
    void parse_everyUnitOfTheTable_givesTheHandConvertedSiValue(String text, QuantityKind kind, double expectedSi) {
        // Expected values are the definitions: 1 in = 0.0254 m, 1 lbf = 4.4482216152605 N,
        // 1 lbf·ft = 4.4482216152605 × 0.3048 N·m, 36 km/h = 36 000 m / 3600 s, 2400 rpm = 2400/60 Hz,
        // 1 hp = 550 ft·lbf/s, 1 PS = 75 kgf·m/s, 1 psi = 4.4482216152605 N / 0.0254² m². 2^64 + 1 kg has twenty
        // digits, more than a long holds: read digit by digit into a long it would wrap round to 1 kg.
        assertEquals(expectedSi, QuantityFormat.parse(text, kind).siValue(), Math.ulp(expectedSi));
        assertEquals(expectedSi, QuantityFormat.parseSiValue(text, kind), Math.ulp(expectedSi));
        assertEquals(expectedSi, parseSiValueInsideAnArray(text, kind), Math.ulp(expectedSi));
    }

    /** The text in the middle of a longer array, with digits and a unit around it that must not be read. */
    private static double parseSiValueInsideAnArray(String text, QuantityKind kind) {
        char[] chars = ("12" + text + "5 kg").toCharArray();
        return QuantityFormat.parseSiValue(chars, 2, text.length(), kind);
    }

    @Test
    void parseSiValue_ofNoArrayOrARangeOutsideIt_isRefusedBeforeReading() {
        char[] chars = "5900 mm".toCharArray();
        assertEquals("Range [3, 3 + 5) out of bounds for length 7", assertThrows(IndexOutOfBoundsException.class,
                () -> QuantityFormat.parseSiValue(chars, 3, 5, QuantityKind.LENGTH)).getMessage());
        assertEquals("chars", assertThrows(NullPointerException.class,
                () -> QuantityFormat.parseSiValue(null, 0, 0, QuantityKind.LENGTH)).getMessage());
        // Characters 1 to 6 of "5900 mm" are "900 mm": 0.9 m.
        assertEquals(0.9, QuantityFormat.parseSiValue(chars, 1, 6, QuantityKind.LENGTH));
    }

    @Test
    void parse_millimetresAndMetres_giveTheIdenticalDouble() {
        assertEquals(QuantityFormat.parse("4.175 m", QuantityKind.LENGTH).siValue(),
                QuantityFormat.parse("4175 mm", QuantityKind.LENGTH).siValue());
        assertEquals(4.175, QuantityFormat.parse("4175 mm", QuantityKind.LENGTH).siValue());
    }

    @Test
    void parse_exponent_isReadAsAnExponentNotAsTheMantissa() {
        Quantity<Length> length = QuantityFormat.parse("1e3 mm", Length.class);
        assertEquals(1.0, SiValues.of(length));
    }

    @Test
    void parse_keepsTheNumberAndUnitAsWritten() {
        ParsedQuantity parsed = QuantityFormat.parse("1820 mm", QuantityKind.LENGTH);
        assertEquals("mm", parsed.unitSymbol());
        assertEquals("1820 mm", parsed.toString());
    }

    @Test
    void parse_withoutSpaceBeforeTheUnit_isAccepted() {
        assertEquals(5.9, QuantityFormat.parse("5900mm", QuantityKind.LENGTH).siValue());
    }

    static Stream<Arguments> badTexts() {
        return Stream.of(
                Arguments.of("4,175 mm", QuantityKind.LENGTH,
                        "\"4,175 mm\" has a ',' in its number; write the decimal point as '.' and no thousands separator"),
                Arguments.of("5900", QuantityKind.LENGTH, "\"5900\" has no unit; a length takes mm, cm, m, km, in, ft"),
                Arguments.of("1820 kg", QuantityKind.LENGTH,
                        "\"1820 kg\" is a mass, but a length is expected (mm, cm, m, km, in, ft)"),
                Arguments.of("800 N m", QuantityKind.TORQUE,
                        "\"800 N m\" has a space inside its unit \"N m\"; write N·m, N*m or Nm"),
                Arguments.of("800 J", QuantityKind.TORQUE,
                        "\"800 J\" has an unknown unit \"J\"; a torque takes N·m, N*m, Nm, kN·m, kN*m, kNm, lbf·ft, lbf*ft"),
                Arguments.of("5900 mmm", QuantityKind.LENGTH,
                        "\"5900 mmm\" has an unknown unit \"mmm\"; a length takes mm, cm, m, km, in, ft"),
                Arguments.of("NaN mm", QuantityKind.LENGTH,
                        "\"NaN mm\" is not a finite number; expected a length such as \"5900 mm\""),
                Arguments.of("-Infinity kg", QuantityKind.MASS,
                        "\"-Infinity kg\" is not a finite number; expected a mass such as \"16000 kg\""),
                Arguments.of("", QuantityKind.LENGTH, "\"\" is empty; expected a length such as \"5900 mm\""),
                Arguments.of("mm 5900", QuantityKind.LENGTH,
                        "\"mm 5900\" does not start with a number; expected a length such as \"5900 mm\""),
                Arguments.of("1e400 mm", QuantityKind.LENGTH, "\"1e400 mm\" is out of range for a double"),
                Arguments.of("1e-400 mm", QuantityKind.LENGTH, "\"1e-400 mm\" is out of range for a double"),
                Arguments.of("1e99999999999 mm", QuantityKind.LENGTH,
                        "\"1e99999999999 mm\" is out of range for a double"),
                Arguments.of("1e-2147483647 mm", QuantityKind.LENGTH,
                        "\"1e-2147483647 mm\" is out of range for a double"),
                Arguments.of("4'175 mm", QuantityKind.LENGTH,
                        "\"4'175 mm\" has an apostrophe in its number; write the number without thousands separators"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @MethodSource("badTexts")
    void parse_badText_failsWithAMessageThatSaysWhatIsExpected(String text, QuantityKind kind, String message) {
        QuantityFormatException error = assertThrows(QuantityFormatException.class, () -> QuantityFormat.parse(text, kind));
        assertEquals(message, error.getMessage());
        assertEquals(text, error.text());
        QuantityFormatException quickError = assertThrows(QuantityFormatException.class,
                () -> QuantityFormat.parseSiValue(text, kind));
        assertEquals(message, quickError.getMessage());
        QuantityFormatException arrayError = assertThrows(QuantityFormatException.class,
                () -> parseSiValueInsideAnArray(text, kind));
        assertEquals(message, arrayError.getMessage());
        assertEquals(text, arrayError.text());
    }

    /** Quantity texts as people and programs write them, well or badly: numbers of every shape, spaces, units. */
    static Stream<Arguments> writtenQuantities() {
        Random random = new Random(20261123L);
        List<String> numbers = List.of("0", "-0", "0.0", "+0e5", "5900", "-12.5", "+2", ".5", "5.", "1e3", "1E-3",
                "2.5e+2", "1e400", "1e-400", "-1e-400", "123456789012345678901234567890", "0.1", "4175", "9007199254740993",
                "1e", "16,000", "16'000", "16 000", "−5", "NaN", "", "4.175", "12.50", "-0.001", "0.45", "-3350", "+0.5",
                "00012", "123456789012345678", "1234567890123456789", "0.000000000000000000001", "2.5e-3", "1E+2");
        List<String> units = new java.util.ArrayList<>(List.of("", "kg", "1/min", "°", "deg", "N·m", "Nm", "kN m", "xyz",
                "km/h", "mm\t", "m ", "\u2003m"));
        for (QuantityKind kind : QuantityKind.values()) {
            units.addAll(kind.unitSymbols());
        }
        List<String> gaps = List.of("", " ", "  ", "\t");
        return IntStream.range(0, 1000).mapToObj(index -> {
            String text = gaps.get(random.nextInt(2)) + numbers.get(random.nextInt(numbers.size()))
                    + gaps.get(random.nextInt(gaps.size())) + units.get(random.nextInt(units.size()))
                    + gaps.get(random.nextInt(3));
            QuantityKind kind = QuantityKind.values()[random.nextInt(QuantityKind.values().length)];
            return Arguments.of(text.translateEscapes(), kind);
        });
    }

    @ParameterizedTest(name = "seed 20261123 #{index}: \"{0}\" as {1}")
    @MethodSource("writtenQuantities")
    void parseSiValue_anyText_givesWhatParseGivesOrItsVeryError(String text, QuantityKind kind) {
        double expected;
        try {
            expected = QuantityFormat.parse(text, kind).siValue();
        } catch (QuantityFormatException parseError) {
            QuantityFormatException error = assertThrows(QuantityFormatException.class,
                    () -> QuantityFormat.parseSiValue(text, kind));
            assertEquals(parseError.getMessage(), error.getMessage());
            QuantityFormatException arrayError = assertThrows(QuantityFormatException.class,
                    () -> parseSiValueInsideAnArray(text, kind));
            assertEquals(parseError.getMessage(), arrayError.getMessage());
            return;
        }
        // Bit for bit: -0.0 and 0.0 are told apart.
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(QuantityFormat.parseSiValue(text, kind)),
                text);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(parseSiValueInsideAnArray(text, kind)),
                text);
    }

    @Test
    void parse_null_failsWithOurOwnException() {
        QuantityFormatException error = assertThrows(QuantityFormatException.class,
                () -> QuantityFormat.parse(null, QuantityKind.LENGTH));
        assertEquals("no value; expected a length such as \"5900 mm\"", error.getMessage());
    }

    @Test
    void parseAnyKind_readsTheKindFromTheUnit() {
        ParsedQuantity parsed = QuantityFormat.parseAnyKind("2.6 m");
        assertEquals(QuantityKind.LENGTH, parsed.kind());
        assertEquals(2.6, parsed.siValue());
    }

    @Test
    void parseAndFormat_underAnyDefaultLocale_giveTheSameResult() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.GERMANY, Locale.FRANCE, new Locale("ar", "SA"), Locale.CHINA,
                    new Locale("hi", "IN"), Locale.ROOT)) {
                Locale.setDefault(locale);
                assertEquals(4.175, QuantityFormat.parse("4.175 m", QuantityKind.LENGTH).siValue(), locale.toString());
                assertEquals("4175 mm", QuantityFormat.format(4.175, QuantityKind.LENGTH, "mm"), locale.toString());
                assertEquals("0.5 m", QuantityFormat.formatRounded(0.45, QuantityKind.LENGTH, "m", 1), locale.toString());
                assertThrows(QuantityFormatException.class, () -> QuantityFormat.parse("4,175 m", QuantityKind.LENGTH));
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void format_writesTheCanonicalUnitWithTheShortestDecimal() {
        assertEquals("5900 mm", QuantityFormat.format(Quantities.getQuantity(5.9, ChassisUnits.METRE)));
        assertEquals("16000 kg", QuantityFormat.format(Quantities.getQuantity(16, ChassisUnits.TONNE)));
        assertEquals("60000 N·m", QuantityFormat.format(Quantities.getQuantity(60, ChassisUnits.KILONEWTON_METRE)));
        assertEquals("50 °", QuantityFormat.format(QuantityFormat.parse("50 °", QuantityKind.ANGLE).toQuantity()));
        assertEquals("2500 rpm", QuantityFormat.format(QuantityFormat.parse("2500 rpm", QuantityKind.ROTATIONAL_SPEED)
                .toQuantity()));
        assertEquals("0 mm", QuantityFormat.format(-0.0, QuantityKind.LENGTH, "mm"));
    }

    @Test
    void formatRounded_roundsHalfUpAndDropsTrailingZeros() {
        assertEquals("0.9 m", QuantityFormat.formatRounded(0.9345, QuantityKind.LENGTH, "m", 1));
        assertEquals("2 m", QuantityFormat.formatRounded(1.99, QuantityKind.LENGTH, "m", 1));
    }

    @Test
    void format_unitOfAnotherKind_isRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> QuantityFormat.format(1.0, QuantityKind.LENGTH, "kg"));
        assertEquals("\"kg\" is not a unit of a length (mm, cm, m, km, in, ft)", error.getMessage());
    }

    static Stream<Arguments> randomValuesInEveryUnit() {
        Random random = new Random(20261122L);
        return IntStream.range(0, 400).mapToObj(index -> {
            QuantityKind kind = QuantityKind.values()[random.nextInt(QuantityKind.values().length)];
            List<String> symbols = kind.unitSymbols();
            String symbol = symbols.get(random.nextInt(symbols.size()));
            double magnitude = Math.pow(10, random.nextInt(12) - 6);
            double siValue = (random.nextDouble() - 0.2) * magnitude;
            return Arguments.of(kind, symbol, siValue);
        });
    }

    @ParameterizedTest(name = "seed 20261122 #{index}: {2} in {1}")
    @MethodSource("randomValuesInEveryUnit")
    void formatThenParse_givesTheSameDouble(QuantityKind kind, String symbol, double siValue) {
        String text = QuantityFormat.format(siValue, kind, symbol);
        assertEquals(siValue, QuantityFormat.parse(text, kind).siValue(), text);
    }

    @Test
    void siValues_ofAQuantityBuiltWithIndriyaUnits_convertsThroughTheTable() {
        Quantity<Mass> mass = Quantities.getQuantity(16, ChassisUnits.TONNE);
        assertEquals(16000.0, SiValues.of(mass));
        Quantity<Length> length = Quantities.getQuantity(4175.0, javax.measure.MetricPrefix.MILLI(ChassisUnits.METRE));
        assertEquals(4.175, SiValues.of(length));
        assertEquals(QuantityKind.MASS, SiValues.kindOf(mass));
    }

    @Test
    void siValues_quantityOfAKind_holdsTheSiValueInTheSiUnit_andNeverMinusZero() {
        Quantity<?> length = SiValues.quantity(5.9, QuantityKind.LENGTH);
        assertEquals(ChassisUnits.METRE, length.getUnit());
        assertEquals(5.9, length.getValue().doubleValue());
        // -0.0 + 0.0 is +0.0: a quantity never holds a negative zero that would print as "-0".
        assertEquals(Double.doubleToRawLongBits(0.0),
                Double.doubleToRawLongBits(SiValues.quantity(-0.0, QuantityKind.MASS).getValue().doubleValue()));
    }

    /** Whole values at the int's edges and beyond, fractions, zeros, and 300 seeded values of every size. */
    static DoubleStream siValuesOfEverySize() {
        Random random = new Random(20261123L);
        DoubleStream edges = DoubleStream.of(0.0, -0.0, 1.0, -1.0, 0.5, 5.9, 16_000.0, -16_000.0, 2147483647.0,
                2147483648.0, -2147483648.0, -2147483649.0, 2147483646.5, 0x1p53, 0x1p63, 1e300, Double.MIN_VALUE);
        DoubleStream wholes = random.ints(100, Integer.MIN_VALUE, Integer.MAX_VALUE).asDoubleStream();
        DoubleStream fractions = random.doubles(100, -1e6, 1e6);
        DoubleStream anySize = random.longs(100).mapToDouble(Double::longBitsToDouble).filter(Double::isFinite);
        return Stream.of(edges, wholes, fractions, anySize).flatMapToDouble(values -> values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("siValuesOfEverySize")
    void siValues_quantityOfAKind_isTheQuantityIndriyaMakesOfThatDouble(double siValue) {
        // Independent of the shortcut for whole values: Indriya narrowing the double itself.
        Quantity<?> expected = Quantities.getQuantity(siValue, ChassisUnits.KILOGRAM);
        Quantity<?> quantity = SiValues.quantity(siValue, QuantityKind.MASS);
        assertEquals(expected.getValue().getClass(), quantity.getValue().getClass());
        assertEquals(expected.getValue(), quantity.getValue());
        assertEquals(expected, quantity);
    }

    @Test
    void siValues_ofAForeignUnit_convertsThroughIndriyaOnce() {
        // 1 yard = 3 ft = 0.9144 m, a unit the table does not list.
        Quantity<Length> yards = Quantities.getQuantity(2, ChassisUnits.FOOT.multiply(3));
        assertEquals(1.8288, SiValues.of(yards), 1e-12);
    }
}
