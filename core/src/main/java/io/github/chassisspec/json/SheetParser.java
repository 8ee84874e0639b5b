package io.github.chassisspec.json;

import io.github.chassisspec.json.SheetNode.ArrayNode;
import io.github.chassisspec.json.SheetNode.Member;
import io.github.chassisspec.json.SheetNode.ObjectNode;
import io.github.chassisspec.json.SheetNode.ScalarKind;
import io.github.chassisspec.json.SheetNode.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads the bytes of a JSON or YAML file into a {@link SheetNode} tree with locations. Checks what Jackson
 * alone would let through or report obscurely: size, strict UTF-8, duplicate keys, a second document,
 * trailing content. Immutable and thread-safe.
 */
final class SheetParser {

    /** Spec sheets are a few kilobytes; a megabyte is already a generated file gone wrong. */
    static final long DEFAULT_MAXIMUM_BYTES = 1L << 20;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxStringLength(10_000)
            .maxNameLength(1_000)
            .maxNumberLength(100)
            .maxDocumentLength(DEFAULT_MAXIMUM_BYTES)
            .build();

    // Factories, not mappers: only the token stream is read, and a mapper's start-up is a tenth of a short run.
    private static final JsonFactory JSON_FACTORY = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** Built on the first YAML file, so that JSON-only runs never load the YAML engine. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    }

    private final long maximumBytes;

    SheetParser(long maximumBytes) {
        this.maximumBytes = maximumBytes;
    }

    SheetNode parse(Path file, String source, SheetFormat format) {
        return parse(text(file, source), source, format);
    }

    SheetNode parse(InputStream input, String source, SheetFormat format) {
        return parse(text(input, source), source, format);
    }

    SheetNode parse(byte[] bytes, String source, SheetFormat format) {
        return parse(text(bytes, source), source, format);
    }

    /** The text of a file, refused if it is missing, a folder, too large or not UTF-8. */
    String text(Path file, String source) {
        return text(bytes(file, source), source);
    }

    /** The text of a stream, read to its end but not closed; refused if too large or not UTF-8. */
    String text(InputStream input, String source) {
        return text(bytes(input, source), source);
    }

    /** The bytes of a file, refused if it is missing, a folder or too large. */
    byte[] bytes(Path file, String source) {
        try {
            if (Files.isDirectory(file)) {
                throw wholeFile(source, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > maximumBytes) {
                throw tooLarge(source, size);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw wholeFile(source, "does not exist");
        } catch (IOException e) {
            throw wholeFile(source, "cannot be read: " + e.getMessage());
        }
    }

    /** The bytes of a stream, read to its end but not closed; refused if too large. */
    byte[] bytes(InputStream input, String source) {
        try {
            byte[] bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maximumBytes + 1));
            if (bytes.length > maximumBytes) {
                throw wholeFile(source, "is larger than " + describeSize(maximumBytes)
                        + "; spec sheets and profiles are a few kilobytes");
            }
            return bytes;
        } catch (IOException e) {
            throw wholeFile(source, "cannot be read: " + e.getMessage());
        }
    }

    /** The text of UTF-8 bytes; refused if too large or not UTF-8. */
    String text(byte[] bytes, String source) {
        if (bytes.length > maximumBytes) {
            throw tooLarge(source, bytes.length);
        }
        return decode(bytes, source);
    }

    /** A token reader of JSON text with the limits and strictness of this class's reading, for binding without a tree. */
    static JsonParser jsonParser(String text) {
        return JSON_FACTORY.createParser(ObjectReadContext.empty(), text);
    }

    /**
     * The same for UTF-8 bytes, read without decoding them to text first. Jackson takes bytes with NULs for UTF-16 or
     * UTF-32, so only bytes without any may come here.
     */
    static JsonParser jsonParser(byte[] utf8) {
        return JSON_FACTORY.createParser(ObjectReadContext.empty(), utf8);
    }

    SheetNode parse(String text, String source, SheetFormat format) {
        if (text.length() > maximumBytes) {
            throw tooLarge(source, text.length());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            if (text.startsWith("\uFEFF")) {
                // One byte-order mark is UTF-8 as some editors save it; a second is a file encoded twice over.
                throw new SheetException(source, "", new SheetLocation(1, 1),
                        "starts with two byte-order marks; save the file as UTF-8 with one at most");
            }
        }
        if (text.isBlank()) {
            throw wholeFile(source, "is empty");
        }
        JsonParser parser;
        try {
            parser = format == SheetFormat.YAML ? Yaml.FACTORY.createParser(ObjectReadContext.empty(), text)
                    : JSON_FACTORY.createParser(ObjectReadContext.empty(), text);
        } catch (JacksonException e) {
            throw new SheetException(source, "", SheetLocation.UNKNOWN, syntaxProblem(e, format), e);
        }
        // Not try-with-resources: its catch blocks run after the close, when the parser no longer knows where it was.
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw wholeFile(source, "is empty");
            }
            SheetNode root = readValue(parser, source);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new SheetException(source, "", location(parser.currentTokenLocation()),
                        format == SheetFormat.YAML ? "has more than one YAML document; a file holds one"
                                : "has content after the end of the JSON document");
            }
            return root;
        } catch (SheetException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw new SheetException(source, "", constraintLocation(e, parser), constraintProblem(e), e);
        } catch (JacksonException e) {
            String problem = syntaxProblem(e, format);
            SheetLocation location = location(e.getLocation(), parser);
            if (problem.endsWith(TAB_INDENTATION)) {
                location = tabIndentation(text, location);
            }
            throw new SheetException(source, "", location, problem, e);
        } catch (RuntimeException e) {
            // The YAML engine reports some malformed input with its own exception types.
            throw new SheetException(source, "", location(null, parser),
                    "is not valid " + format.name() + ": " + headlines(String.valueOf(e.getMessage())), e);
        } finally {
            parser.close();
        }
    }

    /** Where a reading limit was passed: the bracket one level too deep, the start of too long a text, or where a too
     * long key or number was cut off. */
    private static SheetLocation constraintLocation(StreamConstraintsException e, JsonParser parser) {
        SheetLocation reported = location(e.getLocation());
        if (reported.isKnown()) {
            return reported;
        }
        // Text is read when asked for, so its token has begun; a key or number is checked before it becomes the token.
        boolean text = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT).contains("string value length");
        try {
            return location(text ? parser.currentTokenLocation() : parser.currentLocation());
        } catch (RuntimeException unknown) {
            return SheetLocation.UNKNOWN;
        }
    }

    /** Where an exception says it happened, or else where the parser stopped. */
    private static SheetLocation location(TokenStreamLocation reported, JsonParser parser) {
        SheetLocation location = location(reported);
        if (location.isKnown()) {
            return location;
        }
        try {
            return location(parser.currentLocation());
        } catch (RuntimeException e) {
            return SheetLocation.UNKNOWN;
        }
    }

    /** The value the parser is at, with everything inside it; {@code source} names the input in errors. */
    static SheetNode readValue(JsonParser parser, String source) {
        return readValue(parser, source, PointerTrail.ROOT);
    }

    /** Where a value is, as a JSON Pointer built only for a message: reading passes one down for every value. */
    private static SheetNode readValue(JsonParser parser, String source, PointerTrail trail) {
        JsonToken token = parser.currentToken();
        SheetLocation location = location(parser.currentTokenLocation());
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson hands an alias over as the text of its anchor's name, which would be read as the value itself.
            throw new SheetException(source, trail.toString(), location, "is the YAML alias *" + parser.getString()
                    + "; spec sheets do not use anchors and aliases: write the value out");
        }
        switch (token) {
            case START_OBJECT -> {
                LinkedHashMap<String, Member> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    SheetLocation nameLocation = location(parser.currentTokenLocation());
                    if (members.containsKey(name)) {
                        throw new SheetException(source, trail.member(name).toString(), nameLocation,
                                "duplicate key \"" + name + "\"; it is already given at line "
                                        + members.get(name).nameLocation().line());
                    }
                    parser.nextToken();
                    members.put(name, new Member(name, nameLocation, readValue(parser, source, trail.member(name))));
                }
                return new ObjectNode(location, members);
            }
            case START_ARRAY -> {
                List<SheetNode> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(readValue(parser, source, trail.element(elements.size())));
                }
                return new ArrayNode(location, elements);
            }
            case VALUE_STRING -> {
                return new ScalarNode(location, ScalarKind.STRING, parser.getString(), null);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(location, ScalarKind.NUMBER, parser.getString(), parser.getNumberValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ScalarNode(location, ScalarKind.BOOLEAN, parser.getString(), null);
            }
            case VALUE_NULL -> {
                return new ScalarNode(location, ScalarKind.NULL, "null", null);
            }
            case VALUE_EMBEDDED_OBJECT -> throw new SheetException(source, trail.toString(), location,
                    "holds binary data (a YAML !!binary value); spec sheets hold text, numbers, true or false,"
                            + " lists and objects");
            default -> throw new SheetException(source, trail.toString(), location,
                    "holds a value of a kind spec sheets do not use");
        }
    }

    private static String decode(byte[] bytes, String source) {
        // A UTF-8 byte-order mark is decoded with the rest and left to parse(String), so that only one is skipped.
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw wholeFile(source, "is encoded in UTF-16; save it as UTF-8");
        }
        // The JDK's own decoding is several times faster than a reporting decoder; it marks bad bytes with U+FFFD,
        // so only a text holding that character is decoded again to find and report the bad byte.
        String quick = new String(bytes, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) {
            return quick;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(input, output, true);
        if (result.isError()) {
            int offset = input.position();
            int line = 1;
            int lineStart = 0;
            for (int index = 0; index < offset; index++) {
                if (bytes[index] == '\n') {
                    line++;
                    lineStart = index + 1;
                }
            }
            throw new SheetException(source, "", new SheetLocation(line, offset - lineStart + 1),
                    String.format(Locale.ROOT, "is not valid UTF-8: byte 0x%02X at offset %d; save the file as UTF-8",
                            bytes[offset] & 0xFF, offset));
        }
        try {
            decoder.flush(output);
        } catch (IllegalStateException e) {
            throw wholeFile(source, "is not valid UTF-8");
        }
        output.flip();
        return output.toString();
    }

    static SheetLocation location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SheetLocation.UNKNOWN;
        }
        return new SheetLocation(location.getLineNr(), Math.max(location.getColumnNr(), 1));
    }

    private static String constraintProblem(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("nesting depth")) {
            return "is nested too deeply (more than 64 levels)";
        }
        if (message.contains("string value length")) {
            return "has a text value longer than 10000 characters";
        }
        if (message.contains("number value length")) {
            return "has a number longer than 100 digits";
        }
        if (message.contains("name length")) {
            return "has a key longer than 1000 characters";
        }
        return "exceeds a reading limit: " + firstLine(String.valueOf(e.getOriginalMessage()));
    }

    private static String syntaxProblem(JacksonException e, SheetFormat format) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Unexpected end-of-input")) {
            return "ends unexpectedly; the file looks truncated";
        }
        if (original.startsWith("Non-standard token")) {
            return "is not valid JSON: NaN and Infinity are not numbers; every value must be finite";
        }
        if (format == SheetFormat.JSON) {
            String plain = plainJsonProblem(original);
            if (plain != null) {
                return "is not valid JSON: " + plain;
            }
        }
        if (format == SheetFormat.YAML) {
            String plain = plainYamlProblem(original);
            if (plain != null) {
                return "is not valid YAML: " + plain;
            }
        }
        return "is not valid " + format.name() + ": " + headlines(original);
    }

    private static final String TAB_INDENTATION = "a tab is used for indentation; indent YAML with spaces";

    /** The YAML engine reports a tab where it began looking for the next token; the tab itself is more use. */
    private static SheetLocation tabIndentation(String text, SheetLocation reported) {
        List<String> lines = text.lines().toList();
        for (int index = Math.max(reported.line() - 1, 0); index < lines.size(); index++) {
            String line = lines.get(index);
            for (int column = 0; column < line.length() && Character.isWhitespace(line.charAt(column)); column++) {
                if (line.charAt(column) == '\t') {
                    return new SheetLocation(index + 1, column + 1);
                }
            }
        }
        return reported;
    }

    /** The YAML engine's most common complaints in the words of the file, without its grammar terms. */
    private static String plainYamlProblem(String original) {
        if (original.contains("found character '\\t(TAB)' that cannot start any token")) {
            return TAB_INDENTATION;
        }
        if (original.contains("expected <block end>, but found")) {
            return "the indentation does not line up with the lines above";
        }
        if (original.startsWith("mapping values are not allowed here")) {
            return "a \"key: value\" is not allowed here; check the indentation, or quote a value that holds \": \"";
        }
        if (original.contains("while parsing a flow mapping") && original.contains("expected ',' or '}'")) {
            return "a { ... } is not closed, or a ',' is missing between its members";
        }
        return null;
    }

    private static final Pattern UNEXPECTED_CHARACTER =
            Pattern.compile("Unexpected character \\('(.+)' \\(code \\d+\\)\\): (.*)", Pattern.DOTALL);
    private static final Pattern CONTROL_CHARACTER =
            Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");

    /** Jackson's common syntax messages in the words of the file, without its feature names and character codes. */
    private static String plainJsonProblem(String original) {
        if (original.startsWith("Invalid numeric value: Leading zeroes not allowed")) {
            return "a number must not start with 0 followed by more digits";
        }
        Matcher control = CONTROL_CHARACTER.matcher(original);
        if (control.matches()) {
            return String.format(Locale.ROOT, "text holds the control character U+%04X; write it escaped, as \\u%04X",
                    Integer.parseInt(control.group(1)), Integer.parseInt(control.group(1)));
        }
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(original);
        if (!unexpected.matches()) {
            return null;
        }
        String character = unexpected.group(1);
        String expecting = unexpected.group(2);
        String found = "unexpected '" + character + "'; ";
        if (character.equals("/") && expecting.contains("comment")) {
            return "comments are not allowed in JSON; remove them, or write the file in YAML, which has # comments";
        }
        if (character.equals("'")) {
            return found + "keys and text are written in double quotes in JSON";
        }
        if (expecting.startsWith("was expecting double-quote to start property name")) {
            // A '}' where a key must come can only follow a comma: '{}' alone is an empty object.
            return character.equals("}") ? found + "a comma after an object's last member is not allowed"
                    : found + "expected a key in double quotes";
        }
        if (expecting.startsWith("was expecting comma to separate Object entries")) {
            return found + "expected a comma between an object's members, or '}' after the last";
        }
        if (expecting.startsWith("was expecting comma to separate Array entries")) {
            return found + "expected a comma between an array's elements, or ']' after the last";
        }
        if (expecting.startsWith("was expecting a colon")) {
            return found + "expected ':' between a key and its value";
        }
        if (expecting.startsWith("expected a valid value")) {
            return character.equals("]") ? found + "a comma after an array's last element is not allowed"
                    : found + "expected a value: text in double quotes, a number, true, false, null, an array or an object";
        }
        return null;
    }

    /** The YAML engine explains over several lines with indented excerpts; keep the explaining lines only. */
    private static String headlines(String message) {
        StringBuilder text = new StringBuilder();
        for (String line : message.split("\n")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                text.append(text.length() == 0 ? "" : "; ").append(line.strip());
            }
        }
        return text.toString();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private SheetException tooLarge(String source, long size) {
        return wholeFile(source, "is " + describeSize(size) + ", larger than the " + describeSize(maximumBytes)
                + " a spec sheet or profile may be");
    }

    private static String describeSize(long bytes) {
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
        }
        if (bytes >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / (double) (1 << 10));
        }
        return bytes + " bytes";
    }

    private static SheetException wholeFile(String source, String problem) {
        return new SheetException(source, "", SheetLocation.UNKNOWN, problem);
    }
}
