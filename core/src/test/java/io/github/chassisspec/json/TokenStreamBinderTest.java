package io.github.chassisspec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.chassisspec.model.ChassisSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The binder that reads straight from the tokens against the located reading: it must build the same spec from every
 * sheet the located reading accepts, and give up on every sheet the located reading refuses, so that the refusal is
 * explained where the value was written.
 */
class TokenStreamBinderTest {

    /** Surefire runs in the module's folder; the examples are in the sibling module. */
    private static final Path EXAMPLES = Path.of("..", "examples", "specs");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The located reading's answer: the spec, or null when it refuses the sheet. */
    private static ChassisSpec locatedReading(String text) {
        try {
            return SpecSheetReader.bind(new SheetParser(SheetParser.DEFAULT_MAXIMUM_BYTES).parse(text, "sheet.json",
                    SheetFormat.JSON), "sheet.json").spec();
        } catch (SheetException refused) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bus-16t.json", "electric-light-truck-rhd.json"})
    void bundledSheet_isBoundFromItsTokens_toTheSpecTheLocatedReadingBuilds(String name) throws IOException {
        String text = Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
        ChassisSpec fromTokens = TokenStreamBinder.bind(text);
        assertNotNull(fromTokens, name + " must not need the located reading");
        assertEquals(locatedReading(text), fromTokens);
    }

    /** Seeded edits of the bus sheet, each one of the ways a sheet is written wrongly or differently. */
    static Stream<Arguments> editedBusSheets() throws IOException {
        ObjectNode bus = (ObjectNode) MAPPER.readTree(Files.readString(EXAMPLES.resolve("bus-16t.json"),
                StandardCharsets.UTF_8));
        Random random = new Random(20261123L);
        return IntStream.range(0, 400).mapToObj(index -> {
            ObjectNode edited = bus.deepCopy();
            List<Place> places = new ArrayList<>();
            collect(edited, places);
            Place place = places.get(random.nextInt(places.size()));
            String edit = edit(place, random);
            return Arguments.of(edit, MAPPER.writeValueAsString(edited));
        });
    }

    /** A value in the tree, by its container and its name or index. */
    private record Place(JsonNode container, String name, int index) {

        JsonNode value() {
            return name != null ? container.get(name) : container.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) container).set(name, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<Place> places) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                places.add(new Place(object, name, -1));
                collect(object.get(name), places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int index = 0; index < array.size(); index++) {
                places.add(new Place(array, null, index));
                collect(array.get(index), places);
            }
        }
    }

    private static final List<String> TEXTS = List.of("", "abc", "5 kg", "5900 mm", "-1 mm", "0 mm", "1e400 mm",
            "16 000 kg", "45 %", "24.2 °", "front", "rear", "yes", "chassis-requirements/1", " ", "12 kN·m");

    /** Changes the value at {@code place} and says how, for the test's name. */
    private static String edit(Place place, Random random) {
        JsonNode old = place.value();
        switch (random.nextInt(9)) {
            case 0 -> {
                if (place.name() != null) {
                    ((ObjectNode) place.container()).remove(place.name());
                    return "remove " + place.name();
                }
                place.set(NODES.nullNode());
                return "null element " + place.index();
            }
            case 1 -> {
                place.set(NODES.nullNode());
                return "null at " + place.name() + place.index();
            }
            case 2 -> {
                String text = TEXTS.get(random.nextInt(TEXTS.size()));
                place.set(NODES.stringNode(text));
                return "text \"" + text + "\" at " + place.name() + place.index();
            }
            case 3 -> {
                double number = List.of(0.0, -1.0, 2.0, 1.5, 1e300, 7.0, 150.0).get(random.nextInt(7));
                place.set(random.nextBoolean() ? NODES.numberNode(number) : NODES.numberNode((int) number));
                return "number " + number + " at " + place.name() + place.index();
            }
            case 4 -> {
                place.set(NODES.booleanNode(random.nextBoolean()));
                return "boolean at " + place.name() + place.index();
            }
            case 5 -> {
                place.set(random.nextBoolean() ? NODES.objectNode() : NODES.arrayNode());
                return "empty container at " + place.name() + place.index();
            }
            case 6 -> {
                if (place.container() instanceof ObjectNode object) {
                    String name = random.nextBoolean() ? "extra" : " ";
                    object.set(name, old.deepCopy());
                    return "add \"" + name + "\" beside " + place.name();
                }
                ((ArrayNode) place.container()).add(old.deepCopy());
                return "append a copy of element " + place.index();
            }
            case 7 -> {
                if (old.isString() && old.stringValue().contains(" ")) {
                    String[] parts = old.stringValue().split(" ", 2);
                    String text = parts[0] + "0 " + parts[1];
                    place.set(NODES.stringNode(text));
                    return "ten times \"" + text + "\"";
                }
                return "unchanged";
            }
            default -> {
                return "unchanged";
            }
        }
    }

    @Test
    void namesWrittenWithEscapes_areMatchedAsTheNamesTheyStandFor() throws IOException {
        // JSON may write any character of a name as an escape: here the "a" of "mass", "format" and the long
        // "staticLoadedRadius" (matched in more than one four-byte piece) is written as the escape of U+0061.
        String bus = Files.readString(EXAMPLES.resolve("bus-16t.json"), StandardCharsets.UTF_8);
        String escaped = bus.replace("\"mass\"", "\"m\\u0061ss\"").replace("\"format\"", "\"form\\u0061t\"")
                .replace("\"staticLoadedRadius\"", "\"st\\u0061ticLoadedRadius\"");
        assertNotEquals(bus, escaped);
        ChassisSpec located = locatedReading(bus);
        assertEquals(located, TokenStreamBinder.bind(escaped));
        assertEquals(located, TokenStreamBinder.bind(escaped.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "seed 20261123 #{index}: {0}")
    @MethodSource("editedBusSheets")
    void editedSheet_tokensAndLocatedReadingAgree(String edit, String text) {
        ChassisSpec located = locatedReading(text);
        ChassisSpec fromTokens = TokenStreamBinder.bind(text);
        // Refused by the located reading: the tokens must give up, so that the refusal is explained.
        // Accepted: the tokens must build the same spec, not give up and pay for the tree.
        assertEquals(located, fromTokens, edit);
    }

    /**
     * Numbers written every way JSON allows, and where a double runs out: each read from the tokens must give the
     * double the located reading takes from the exact decimal, or give up where it refuses.
     */
    static Stream<String> writtenNumbers() {
        List<String> numbers = new ArrayList<>(List.of("5.1", "5", "5.0", "5.10", "51e-1", "0.51E1", "-0", "-0.0", "0",
                "0e7", "1e-400", "4.9e-324", "2.4703282292062327e-324", "2.2250738585072011e-308",
                "1.7976931348623157e308", "1.7976931348623159e308", "1e400", "9007199254740993",
                "123456789012345678901234567890", "1.00000000000000011102230246251565404236316680908203125",
                "0.1000000000000000055511151231257827021181583404541015625", "2147483648", "-2147483649"));
        Random random = new Random(20261123L);
        for (int index = 0; index < 200; index++) {
            StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
            int length = random.nextInt(25);
            for (int digit = 0; digit < length; digit++) {
                digits.append(random.nextInt(10));
            }
            int point = random.nextInt(digits.length() + 1);
            String mantissa = point == digits.length() ? digits.toString()
                    : digits.substring(0, Math.max(1, point)) + "." + digits.substring(Math.max(1, point));
            // Mostly ratios a drive could have; one in five near the ends of the doubles.
            int exponent = random.nextInt(5) == 0 ? random.nextInt(660) - 340 : random.nextInt(7) - 3;
            numbers.add(mantissa + (exponent == 0 && random.nextBoolean() ? "" : "e" + exponent));
        }
        return numbers.stream();
    }

    @ParameterizedTest(name = "finalDrive {0}")
    @MethodSource("writtenNumbers")
    void numbersWrittenAnyWay_tokensAndLocatedReadingAgree(String number) throws IOException {
        String bus = Files.readString(EXAMPLES.resolve("bus-16t.json"), StandardCharsets.UTF_8);
        String written = "\"finalDrive\": 5.1";
        assertEquals(1, bus.split(written, -1).length - 1, "the bus writes its final drive once, so");
        String text = bus.replace(written, "\"finalDrive\": " + number);
        ChassisSpec located = locatedReading(text);
        assertEquals(located, TokenStreamBinder.bind(text));
        assertEquals(located, TokenStreamBinder.bind(text.getBytes(StandardCharsets.UTF_8)));
        if (located != null) {
            // The JDK's parse rounds the decimal to the nearest double too; a model's zero is never -0.
            assertEquals(Double.parseDouble(number) + 0.0, located.powertrain().finalDrive());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // A duplicate key, in a record and in a map of load cases.
            "{\"format\": \"chassis-spec/1\", \"format\": \"chassis-spec/1\"}",
            "{\"id\": \"x\", \"id\": \"y\"}",
            // Trailing content, a second document, an array at the root, a comment, a byte-order mark.
            "{} {}",
            "[]",
            "{\"format\": \"chassis-spec/1\"} // done",
            "\uFEFF{\"format\": \"chassis-spec/1\"}",
            "",
            "nul"})
    void sheetTheLocatedReadingMustExplain_isGivenUp(String text) {
        assertNull(locatedReading(text));
        assertNull(TokenStreamBinder.bind(text));
    }

    @Test
    void duplicateLoadCase_isGivenUp() throws IOException {
        String bus = Files.readString(EXAMPLES.resolve("bus-16t.json"), StandardCharsets.UTF_8);
        String loadCases = "\"loadCases\": {";
        int at = bus.indexOf(loadCases) + loadCases.length();
        String firstCase = bus.substring(at, bus.indexOf('}', bus.indexOf('}', at) + 1) + 1);
        String doubled = bus.substring(0, at) + firstCase + "," + bus.substring(at);
        assertNull(locatedReading(doubled));
        assertNull(TokenStreamBinder.bind(doubled));
    }

    @ParameterizedTest(name = "seed 20261123 #{index}: {0}")
    @MethodSource("editedBusSheets")
    void editedSheetAsBytes_tokensAndLocatedReadingAgree(String edit, String text) {
        assertEquals(locatedReading(text), TokenStreamBinder.bind(text.getBytes(StandardCharsets.UTF_8)), edit);
    }

    /**
     * Byte strings near and across the edges of well-formed UTF-8: characters at the ends of each encoded length and
     * around the surrogates, the same with their second byte moved to an edge or their end cut off, lead bytes that
     * never start a character, NULs and byte-order marks.
     */
    static Stream<byte[]> byteStrings() {
        Random random = new Random(20261123L);
        int[] edgeCodePoints = {0x01, 0x7F, 0x80, 0x7FF, 0x800, 0xFFF, 0x1000, 0xD7FF, 0xE000, 0xFEFF, 0xFFFF, 0x10000,
            0x3FFFF, 0x40000, 0xFFFFF, 0x100000, 0x10FFFF};
        int[] edgeBytes = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF,
            0xF0, 0xF4, 0xF5, 0xFF};
        return IntStream.range(0, 1500).mapToObj(index -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int unit = random.nextInt(3); unit >= 0; unit--) {
                // A run of ASCII before each character, now and then with a NUL in it, so that the eight-byte steps
                // meet the character and the NUL at every offset.
                for (int ascii = random.nextInt(20); ascii > 0; ascii--) {
                    out.write(random.nextInt(40) == 0 ? 0 : 1 + random.nextInt(0x7F));
                }
                int codePoint = random.nextBoolean() ? edgeCodePoints[random.nextInt(edgeCodePoints.length)]
                        : random.nextInt(0x110000);
                byte[] character = Character.isSurrogate((char) codePoint) && codePoint < 0x10000
                        ? new byte[] {(byte) 0xED, (byte) (0xA0 + random.nextInt(0x20)), (byte) 0x80}
                        : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                switch (random.nextInt(5)) {
                    case 0 -> character[random.nextInt(character.length)] = (byte) edgeBytes[random.nextInt(
                            edgeBytes.length)];
                    case 1 -> character = java.util.Arrays.copyOf(character, Math.max(1, character.length - 1));
                    default -> {
                    }
                }
                out.writeBytes(character);
            }
            if (random.nextInt(10) == 0) {
                byte[] rest = out.toByteArray();
                out.reset();
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(rest);
            }
            return out.toByteArray();
        });
    }

    @ParameterizedTest
    @MethodSource("byteStrings")
    void isPlainUtf8_acceptsExactlyWhatTheJdkDecodesWithoutNulOrByteOrderMark(byte[] bytes) {
        boolean decodes;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            decodes = true;
        } catch (CharacterCodingException malformed) {
            decodes = false;
        }
        boolean nul = IntStream.range(0, bytes.length).anyMatch(at -> bytes[at] == 0);
        boolean byteOrderMark = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        assertEquals(decodes && !nul && !byteOrderMark, TokenStreamBinder.isPlainUtf8(bytes), HexFormat.of().formatHex(bytes));
    }

    @Test
    void utf16WithoutByteOrderMark_isLeftToTheLocatedReading() {
        // Every other byte NUL: valid UTF-8 to the JDK, but Jackson's byte reader would read it as UTF-16.
        byte[] utf16 = "{\"format\": \"chassis-spec/1\"}".getBytes(StandardCharsets.UTF_16BE);
        assertNull(TokenStreamBinder.bind(utf16));
    }

    @Test
    void locations_ofASheetBoundFromItsTokens_areReadOnceAndOnlyWhenAskedFor() {
        AtomicInteger reads = new AtomicInteger();
        String text = "{\n  \"format\": \"chassis-spec/1\",\n  \"id\": \"x\"\n}";
        TreeLocations locations = new TreeLocations(() -> {
            reads.incrementAndGet();
            return new SheetParser(SheetParser.DEFAULT_MAXIMUM_BYTES).parse(text, "x.json", SheetFormat.JSON);
        });
        assertEquals(0, reads.get());
        // "id" is on line 3; its value starts at column 9: two spaces, "id" in quotes, a colon and a space.
        assertEquals(new SheetLocation(3, 9), locations.get("/id"));
        assertEquals(new SheetLocation(1, 1), locations.get(""));
        assertEquals(1, reads.get());
    }
}
