package io.github.chassisspec.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SlopeTest {

    @Test
    void hundredPercent_isFortyFiveDegrees() {
        // tan 45° = 1 → 100 %.
        assertEquals(45.0, Slope.ofPercent(100).degrees(), 1e-12);
        assertEquals(100.0, Slope.ofDegrees(45).percent(), 1e-12);
        assertEquals(Slope.ofDegrees(45), Slope.ofPercent(100));
    }

    @Test
    void fortyFivePercent_isNotFortyFiveDegrees() {
        // atan(0.45) = 24.2277°: the slip the product exists to catch.
        assertEquals(24.2277, Slope.ofPercent(45).degrees(), 1e-4);
        assertNotEquals(Slope.ofDegrees(45), Slope.ofPercent(45));
        assertEquals(-1, Slope.ofPercent(45).compareTo(Slope.ofDegrees(45)));
    }

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            45 %    | 45 % (24.2°)
            30 %    | 30 % (16.7°)
            30 °    | 30° (57.7 %)
            45°     | 45° (100 %)
            0.5 rad | 0.5 rad (28.6°, 54.6 %)
            12 %    | 12 % (6.8°)
            """)
    void toString_showsTheWrittenFormThenTheOther(String text, String shown) {
        // atan 0.30 = 16.699°; tan 30° = 0.57735; 0.5 rad = 28.648°, tan 0.5 = 0.5463; atan 0.12 = 6.843°.
        assertEquals(shown, Slope.parse(text).toString());
    }

    @ParameterizedTest(name = "\"{0}\" reads")
    @CsvSource(delimiter = '|', textBlock = """
            45 %         | 45
            45%          | 45
            24.2277 °    | 45.0
            24.2277°     | 45.0
            24.2277 deg  | 45.0
            0.42285 rad  | 45.0
            45 % (24.2°) | 45
            """)
    void parse_everyNotation_givesTheAngle(String text, double expectedPercent) {
        assertEquals(expectedPercent, Slope.parse(text).percent(), 0.001);
    }

    @Test
    void parse_keepsTheNotationAndNumberAsWritten() {
        Slope slope = Slope.parse("45 %");
        assertEquals(Slope.Notation.PERCENT, slope.notation());
        assertEquals(45.0, slope.writtenValue());
        assertEquals("45 %", slope.writtenForm());
        assertEquals(Slope.Notation.DEGREES, Slope.parse("45 °").notation());
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            45         | "45" has no unit; write degrees ("45 °") or a percent grade ("45 %")
            90 °       | "90 °": slope must be less than 90° but was 90°
            1.6 rad    | "1.6 rad": slope must be less than 90° but was 1.6 rad
            -5 %       | "-5 %": slope must not be negative but was -5 %; say which way the vehicle faces instead
            5 kg       | "5 kg" is a mass, but a slope is expected (°, deg, rad, %)
            5 grad     | "5 grad" has an unknown unit "grad"; a slope takes °, deg, rad, %
            45 % (20°) | "45 % (20°)" contradicts itself: 45 % is 24.2°, not 20°
            NaN %      | "NaN %" is not a finite number; expected a slope such as "45 %" or "24.2 °"
            4,5 %      | "4,5 %" has a ',' in its number; write the decimal point as '.' and no thousands separator
            1e-400 %   | "1e-400 %" is out of range for a double
            1e400 °    | "1e400 °" is out of range for a double
            x % (24.2°) | "x % (24.2°)" does not start with a number; expected a slope such as "45 %" or "24.2 °"
            4,5 % (2°) | "4,5 % (2°)" has a ',' in its number; write the decimal point as '.' and no thousands separator
            """)
    void parse_badSlope_failsWithItsReason(String text, String message) {
        QuantityFormatException error = assertThrows(QuantityFormatException.class, () -> Slope.parse(text));
        assertEquals(message, error.getMessage());
        assertEquals(text, error.text());
    }

    @Test
    void factories_refuseOutOfRangeValues() {
        assertEquals("slope must be less than 90° but was 90°",
                assertThrows(IllegalArgumentException.class, () -> Slope.ofDegrees(90)).getMessage());
        assertEquals("slope must be a finite number but was NaN %",
                assertThrows(IllegalArgumentException.class, () -> Slope.ofPercent(Double.NaN)).getMessage());
        assertEquals("slope must not be negative but was -0.1 rad; say which way the vehicle faces instead",
                assertThrows(IllegalArgumentException.class, () -> Slope.ofRadians(-0.1)).getMessage());
    }

    static DoubleStream randomGrades() {
        return new Random(451L).doubles(200, 0, 500);
    }

    @ParameterizedTest(name = "seed 451 #{index}: {0} %")
    @MethodSource("randomGrades")
    void toStringThenParse_givesAnEqualSlopeInTheSameNotation(double percent) {
        Slope slope = Slope.ofPercent(percent);
        Slope back = Slope.parse(slope.toString());
        assertEquals(slope, back);
        assertEquals(slope.notation(), back.notation());
        assertEquals(slope.tangent(), Math.tan(slope.radians()), 1e-12 * Math.max(1, slope.tangent()));
    }
}
