package io.github.chassisspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MeasureTest {

    @Test
    void eachWayOfRounding_writesItsOwnText() {
        // 7400 W · 1.2 = 8880.000000000001 in doubles; twelve digits first make it 8880, so CEILING stays at 8880.
        assertEquals("8880 W", Measure.of(7400 * 1.2, "W", 2, RoundingMode.CEILING).text());
        // 2.4999999999999 is 2.49999999999990007… in binary: to twelve digits 2.50000000000, so of rounds it half-up
        // to 3; exact rounds the binary value itself, which is below the half, to 2.
        assertEquals("3 N", Measure.of(2.4999999999999, "N", 0).text());
        assertEquals("2 N", Measure.exact(2.4999999999999, "N", 0).text());
        // 123 456.5 N to whole newtons, half-up: 123 457 N.
        assertEquals("123457 N", Measure.exact(123_456.5, "N", 0).text());
        // fixed writes every place: 0.5 to two places is 0.50; of drops the trailing zero.
        // shortest writes the shortest decimal that reads back: 0.25 m/s², and 0.1 + 0.2 needs all 17 digits.
        assertEquals("0.25 m/s²", Measure.shortest(0.25, "m/s²").text());
        assertEquals("0.30000000000000004", Measure.shortest(0.1 + 0.2, "").text());
        assertEquals("0.50", Measure.fixed(0.5, "", 2).text());
        assertEquals("0.5", Measure.of(0.5, "", 2).text());
        assertEquals("1623 rpm", Measure.fixed(1622.6, "rpm", 0).text());
        // 22.20 ° with at most two places: 22.2 °; a plain number has no space and no unit.
        assertEquals("22.2 °", Measure.degrees(22.20).text());
        assertEquals("45", Measure.of(45.0, "", 2).toString());
    }

    @Test
    void valueAndUnit_areKeptUnrounded() {
        Measure force = Measure.exact(45_086.7, "N", 0);
        assertEquals(45_086.7, force.value());
        assertEquals("N", force.unit());
        assertEquals("45087 N", force.toString());
    }

    @Test
    void theText_isWrittenOnce_andReadTheSameFromEveryThread() throws Exception {
        Measure measure = Measure.of(24.2277, "°", 2);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            Callable<String> read = measure::text;
            for (int task = 0; task < 64; task++) {
                texts.add(pool.submit(read));
            }
            for (Future<String> text : texts) {
                assertEquals("24.23 °", text.get());
            }
        } finally {
            pool.shutdown();
        }
        // Once written, the same string is returned: no second rounding.
        assertSame(measure.text(), measure.text());
    }

    @Test
    void equalMeasures_haveEqualNumberUnitAndText() {
        assertEquals(Measure.of(9600, "kg", 0), Measure.of(9600, "kg", 0));
        assertEquals(Measure.of(9600, "kg", 0).hashCode(), Measure.of(9600, "kg", 0).hashCode());
        // Same number and unit, different text: 0.5 against 0.50.
        assertNotEquals(Measure.of(0.5, "", 2), Measure.fixed(0.5, "", 2));
        assertNotEquals(Measure.of(9600, "kg", 0), Measure.of(9600, "t", 0));
        assertNotEquals(Measure.of(9600, "kg", 0), Measure.of(9600.4, "kg", 0));
    }

    @Test
    void aFigureThatCannotBeWritten_isRefusedWhenMade_notWhenShown() {
        assertEquals("cannot write the non-finite value NaN",
                assertThrows(IllegalArgumentException.class, () -> Measure.of(Double.NaN, "m", 2)).getMessage());
        assertEquals("cannot write the non-finite value Infinity",
                assertThrows(IllegalArgumentException.class, () -> Measure.exact(Double.POSITIVE_INFINITY, "N", 0))
                        .getMessage());
        assertEquals("places must not be negative: -1",
                assertThrows(IllegalArgumentException.class, () -> Measure.fixed(1, "", -1)).getMessage());
        assertEquals("a figure must be rounded in a direction, not UNNECESSARY",
                assertThrows(IllegalArgumentException.class,
                        () -> Measure.of(1.25, "m", 1, RoundingMode.UNNECESSARY)).getMessage());
    }

    @Test
    void aMeasureInAPhrase_isWrittenInEveryLanguageWithAPoint() {
        Phrase slope = Phrase.of("figure.slope", Measure.fixed(13.04, "", 1), Measure.fixed(23.15, "", 1));
        // 13.04 → 13.0; 23.15 is 23.149999… in binary → 23.1.
        assertEquals("13.0° (23.1 %)", slope.text());
        assertEquals("13.0° (23.1 %)", slope.text(Locale.FRENCH));
        assertEquals("13.0° (23.1 %)", slope.text(Locale.CHINESE));
        // Built directly, a phrase takes only what it can write in every language.
        assertEquals("a phrase argument is text, a measure or a phrase, not 4.5",
                assertThrows(IllegalArgumentException.class, () -> new Phrase("verbatim", List.of(4.5))).getMessage());
    }
}
