package io.github.chassisspec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.chassisspec.units.ParsedQuantity;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityFormatException;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.Slope;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the quantity and slope parsers: any text either reads into a finite value that writes back to text reading
 * as the same value, or raises a {@link QuantityFormatException} that quotes the text as given; nothing else escapes.
 *
 * <p>The input is the text itself, read as UTF-8, so the seeds in {@code QuantityTextFuzzTestInputs/quantityText/}
 * are plain files such as {@code 4500 kg}. Fuzz with
 * {@code JAZZER_FUZZ=1 mvn -B -pl core test -Dtest='QuantityTextFuzzTest#quantityText'}.
 */
class QuantityTextFuzzTest {

    /** The text read as every kind, as a quantity of any kind, and as a slope. */
    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void quantityText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        ParsedQuantity anyKind = parseAnyKind(text);
        for (QuantityKind kind : QuantityKind.values()) {
            ParsedQuantity parsed = parse(text, kind);
            if (parsed != null) {
                assertEquals(kind, parsed.kind());
                assertTrue(anyKind != null && anyKind.siValue() == parsed.siValue(),
                        () -> text + " reads as " + kind + " but not alike as any kind: " + anyKind);
            } else {
                assertTrue(anyKind == null || anyKind.kind() != kind, () -> text + " reads as any kind but not as " + kind);
            }
        }
        Slope slope = parseSlope(text);
        if (slope != null) {
            assertTrue(slope.radians() >= 0 && slope.radians() < Math.PI / 2, () -> text + " is the slope " + slope);
            assertTrue(Double.isFinite(slope.degrees()) && Double.isFinite(slope.percent()), () -> text + ": " + slope);
            assertEquals(slope, Slope.parse(slope.toString()), () -> text + " does not read back from " + slope);
            assertEquals(slope, Slope.parse(slope.writtenForm()), () -> text + " does not read back from "
                    + slope.writtenForm());
            FuzzChecks.assertFinite(slope.displayText(), "slope text", "");
        }
    }

    private static ParsedQuantity parseAnyKind(String text) {
        try {
            return checked(QuantityFormat.parseAnyKind(text), text);
        } catch (QuantityFormatException e) {
            assertQuotes(e, text);
            return null;
        }
    }

    private static ParsedQuantity parse(String text, QuantityKind kind) {
        try {
            return checked(QuantityFormat.parse(text, kind), text);
        } catch (QuantityFormatException e) {
            assertQuotes(e, text);
            return null;
        }
    }

    private static Slope parseSlope(String text) {
        try {
            return Slope.parse(text);
        } catch (QuantityFormatException e) {
            assertQuotes(e, text);
            return null;
        }
    }

    /** A value read is finite and writes back, in its own unit and as the library writes it, to the same value. */
    private static ParsedQuantity checked(ParsedQuantity parsed, String text) {
        double siValue = parsed.siValue();
        assertTrue(Double.isFinite(siValue), () -> text + " reads as " + siValue);
        String written = QuantityFormat.format(siValue, parsed.kind(), parsed.unitSymbol());
        assertEquals(siValue, QuantityFormat.parse(written, parsed.kind()).siValue(),
                () -> text + " writes as " + written + ", which reads back differently");
        String canonical = QuantityFormat.format(siValue, parsed.kind(), parsed.kind().canonicalSymbol());
        assertEquals(siValue, QuantityFormat.parse(canonical, parsed.kind()).siValue(),
                () -> text + " writes as " + canonical + ", which reads back differently");
        assertEquals(siValue, QuantityFormat.parse(parsed.toString(), parsed.kind()).siValue(),
                () -> text + " shows as " + parsed + ", which reads back differently");
        return parsed;
    }

    /** The error says what text it is about: it keeps the text as given and quotes it first in the message. */
    private static void assertQuotes(QuantityFormatException error, String text) {
        assertEquals(text, error.text(), () -> "the error keeps another text: " + error.getMessage());
        assertTrue(error.getMessage().startsWith("\"" + text + "\""), () -> "the message does not quote " + text
                + " first: " + error.getMessage());
    }
}
