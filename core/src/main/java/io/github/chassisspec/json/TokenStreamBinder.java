package io.github.chassisspec.json;

import io.github.chassisspec.json.RecordBinder.ComponentShape;
import io.github.chassisspec.json.RecordBinder.RecordShape;
import io.github.chassisspec.json.RecordBinder.TypeBinding;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Binds a JSON spec sheet straight from Jackson's token stream to the model records, without the located tree that
 * {@link SheetParser} builds: the common case, a well-formed sheet, read in a fraction of the time. It gives up at the
 * first thing that would need explaining (an unknown, duplicate, missing or null field, a value of the wrong type, a
 * quantity or slope text that does not read, a record that refuses its values, a syntax error), and the reader then
 * reads the sheet the located way, which explains it with the file, JSON Pointer, line and column. So it accepts
 * nothing the located reading refuses, and it builds the same records: {@code TokenStreamBinderTest} compares the two.
 */
final class TokenStreamBinder {

    /** Stops binding at the first thing the located reading must explain; a shared instance without a stack trace. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private TokenStreamBinder() {
    }

    /**
     * The spec a JSON sheet's text holds, or null when the located reading must look at the text: whenever reading it
     * would fail, and for a byte-order mark, which only the located reading handles.
     */
    static ChassisSpec bind(String text) {
        if (text.isEmpty() || text.charAt(0) == '\uFEFF') {
            return null;
        }
        return bindDocument(() -> SheetParser.jsonParser(text));
    }

    /**
     * The spec a JSON sheet's UTF-8 bytes hold, read without decoding them to text first; null when the located
     * reading must look at them, which it also does for bytes that are not {@linkplain #isPlainUtf8 plain UTF-8}.
     */
    static ChassisSpec bind(byte[] utf8) {
        if (!isPlainUtf8(utf8)) {
            return null;
        }
        return bindDocument(() -> SheetParser.jsonParser(utf8));
    }

    /** Opening the reader is inside the try as well: Jackson looks at the first bytes when it opens them. */
    private static ChassisSpec bindDocument(Supplier<JsonParser> opener) {
        try (JsonParser parser = opener.get()) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Object spec = bindRecord(parser, RecordBinder.shapeOf(ChassisSpec.class), true);
            return parser.nextToken() == null ? (ChassisSpec) spec : null;
        } catch (RuntimeException needsExplaining) {
            // A syntax error, a record's refusal, a quantity text that does not read, or GiveUp: the located reading
            // finds the same problem and reports it where it was written.
            return null;
        }
    }

    /** Eight bytes of a byte array as one long, for {@link #isPlainUtf8}'s ASCII runs. */
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    /**
     * Whether the bytes are UTF-8 the located reading decodes without complaint (Unicode's well-formed sequences: no
     * overlong form, no surrogate, nothing above U+10FFFF) with no NUL, which Jackson's byte reader would take for a
     * sign of UTF-16 or UTF-32, and no byte-order mark, which only the located reading handles.
     */
    static boolean isPlainUtf8(byte[] bytes) {
        int length = bytes.length;
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return false;
        }
        int index = 0;
        while (index < length) {
            // Eight bytes at a time up to the first that is not ASCII or is NUL: a sheet is mostly ASCII.
            if (index + Long.BYTES <= length) {
                long eight = (long) EIGHT_BYTES.get(bytes, index);
                // A high bit marks a byte from 0x80 up; (byte - 1) & ~byte has its high bit set first at a NUL.
                long stops = (eight | ((eight - LOW_BITS) & ~eight)) & HIGH_BITS;
                if (stops == 0) {
                    index += Long.BYTES;
                    continue;
                }
                index += Long.numberOfTrailingZeros(stops) >>> 3;
            }
            int lead = bytes[index] & 0xFF;
            if (lead < 0x80) {
                if (lead == 0) {
                    return false;
                }
                index++;
                continue;
            }
            // Unicode 15, table 3-7: the lead byte gives the length and the range of the second byte.
            int following;
            int secondLowest = 0x80;
            int secondHighest = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                following = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                following = 2;
                secondLowest = lead == 0xE0 ? 0xA0 : 0x80;
                secondHighest = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                following = 3;
                secondLowest = lead == 0xF0 ? 0x90 : 0x80;
                secondHighest = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (index + following >= length) {
                return false;
            }
            int second = bytes[index + 1] & 0xFF;
            if (second < secondLowest || second > secondHighest) {
                return false;
            }
            for (int offset = 2; offset <= following; offset++) {
                if ((bytes[index + offset] & 0xC0) != 0x80) {
                    return false;
                }
            }
            index += following + 1;
        }
        return true;
    }

    /** The record whose object the parser has just opened; the root also holds {@code "format"}. */
    private static Object bindRecord(JsonParser parser, RecordShape shape, boolean root) {
        List<ComponentShape> components = shape.components();
        Object[] arguments = new Object[components.size()];
        boolean[] written = new boolean[components.size()];
        boolean formatWritten = false;
        int index;
        while ((index = parser.nextNameMatch(shape.nameMatcher())) != PropertyNameMatcher.MATCH_END_OBJECT) {
            if (index == PropertyNameMatcher.MATCH_ODD_TOKEN) {
                throw GiveUp.INSTANCE;
            }
            JsonToken value = parser.nextToken();
            if (index == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
                if (!root || formatWritten || !parser.currentName().equals("format")
                        || value != JsonToken.VALUE_STRING || !parser.getString().equals(SpecSheetReader.FORMAT)) {
                    throw GiveUp.INSTANCE;
                }
                formatWritten = true;
                continue;
            }
            if (written[index]) {
                throw GiveUp.INSTANCE;
            }
            written[index] = true;
            ComponentShape component = components.get(index);
            if (value == JsonToken.VALUE_NULL) {
                // Null is absent, as the located reading takes it; a required field then gives up below.
                continue;
            }
            arguments[index] = bindValue(parser, value, component.binding());
        }
        if (root && !formatWritten) {
            throw GiveUp.INSTANCE;
        }
        for (int absent = 0; absent < arguments.length; absent++) {
            if (arguments[absent] == null) {
                ComponentShape component = components.get(absent);
                if (!component.mayBeAbsent()) {
                    throw GiveUp.INSTANCE;
                }
                arguments[absent] = component.rawType() == boolean.class ? Boolean.FALSE : null;
            }
        }
        try {
            return shape.constructor().newInstance(arguments);
        } catch (ReflectiveOperationException refused) {
            throw GiveUp.INSTANCE;
        }
    }

    /** The value the parser is at, of the type {@code binding} describes. */
    private static Object bindValue(JsonParser parser, JsonToken token, TypeBinding binding) {
        return switch (binding.form()) {
            case QUANTITY -> quantity(parser, token, binding.quantityKind());
            case TEXT -> text(parser, token);
            case DOUBLE -> number(parser, token);
            case INTEGER -> {
                if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
                    throw GiveUp.INSTANCE;
                }
                yield parser.getIntValue();
            }
            case BOOLEAN -> {
                if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                    throw GiveUp.INSTANCE;
                }
                yield token == JsonToken.VALUE_TRUE;
            }
            case SLOPE -> Slope.parse(text(parser, token));
            case ENUM -> {
                int index = RecordBinder.enumNames(binding.raw()).indexOf(text(parser, token));
                if (index < 0) {
                    throw GiveUp.INSTANCE;
                }
                yield binding.raw().getEnumConstants()[index];
            }
            case LIST -> list(parser, token, binding.element());
            case MAP -> map(parser, token, binding.element());
            case RECORD -> {
                if (token != JsonToken.START_OBJECT) {
                    throw GiveUp.INSTANCE;
                }
                yield bindRecord(parser, RecordBinder.shapeOf(binding.raw()), false);
            }
        };
    }

    private static String text(JsonParser parser, JsonToken token) {
        if (token != JsonToken.VALUE_STRING) {
            throw GiveUp.INSTANCE;
        }
        return parser.getString();
    }

    /** Read from Jackson's own characters: a sheet's fifty quantity texts need no strings. */
    private static Object quantity(JsonParser parser, JsonToken token, QuantityKind kind) {
        if (token != JsonToken.VALUE_STRING) {
            throw GiveUp.INSTANCE;
        }
        double siValue = QuantityFormat.parseSiValue(parser.getStringCharacters(), parser.getStringOffset(),
                parser.getStringLength(), kind);
        return SiValues.quantity(siValue, kind);
    }

    /** A number as the located reading takes it: exactly as written, refused if a double would change it. */
    private static double number(JsonParser parser, JsonToken token) {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw GiveUp.INSTANCE;
        }
        // The located reading asks every number for its value, which is where Jackson checks a number's length.
        Number parsed = parser.getNumberValue();
        // Jackson rounds the written number to the nearest double, as BigDecimal.doubleValue does; + 0.0 turns -0 into
        // the 0 a BigDecimal has. Only a zero needs the decimal: it may be a tiny number that a double cannot hold.
        double value = parsed.doubleValue() + 0.0;
        if (value == 0.0) {
            value = RecordBinder.doubleOf(new BigDecimal(parser.getString()));
        }
        if (!Double.isFinite(value)) {
            throw GiveUp.INSTANCE;
        }
        return value;
    }

    private static List<Object> list(JsonParser parser, JsonToken token, TypeBinding element) {
        if (token != JsonToken.START_ARRAY) {
            throw GiveUp.INSTANCE;
        }
        List<Object> values = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (next == JsonToken.VALUE_NULL) {
                throw GiveUp.INSTANCE;
            }
            values.add(bindValue(parser, next, element));
        }
        return values;
    }

    private static Map<String, Object> map(JsonParser parser, JsonToken token, TypeBinding value) {
        if (token != JsonToken.START_OBJECT) {
            throw GiveUp.INSTANCE;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken next = parser.nextToken();
            if (name.isBlank() || values.containsKey(name) || next == JsonToken.VALUE_NULL) {
                throw GiveUp.INSTANCE;
            }
            values.put(name, bindValue(parser, next, value));
        }
        return values;
    }
}
