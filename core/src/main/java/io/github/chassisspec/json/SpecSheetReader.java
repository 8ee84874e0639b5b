package io.github.chassisspec.json;

import io.github.chassisspec.json.SheetNode.Member;
import io.github.chassisspec.json.SheetNode.ObjectNode;
import io.github.chassisspec.json.SheetNode.ScalarKind;
import io.github.chassisspec.json.SheetNode.ScalarNode;
import io.github.chassisspec.model.ChassisSpec;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads {@code chassis-spec/1} spec sheets (FORMAT.md §2) from JSON or YAML into a {@link ChassisSpec}.
 *
 * <p>Reading is strict: the {@code format} field must say {@code chassis-spec/1}, unknown fields are refused
 * with a "did you mean", every dimensional value needs its unit, and the number is read the same in every
 * locale. Any problem is one {@link SheetException} naming the file, the JSON Pointer, the line and column,
 * the value and what was expected. Reading checks what a value can be on its own; the rules between values
 * are checked by {@code SpecValidator}.
 *
 * <p>Immutable and thread-safe; one bad file never affects the next.
 */
public final class SpecSheetReader {

    /** The value of the {@code format} field this reader accepts. */
    public static final String FORMAT = "chassis-spec/1";

    private static final Set<String> ROOT_EXTRA_FIELDS = Set.of("format");

    private final SheetParser parser;
    private final long maximumBytes;

    /** A reader that accepts files up to 1 MiB. */
    public SpecSheetReader() {
        this(SheetParser.DEFAULT_MAXIMUM_BYTES);
    }

    private SpecSheetReader(long maximumBytes) {
        this.maximumBytes = maximumBytes;
        this.parser = new SheetParser(maximumBytes);
    }

    /** A reader that accepts files up to {@code bytes}. */
    public SpecSheetReader withMaximumBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maximum size must be greater than 0 bytes but was " + bytes);
        }
        return new SpecSheetReader(bytes);
    }

    /** The largest file this reader accepts, in bytes. */
    public long maximumBytes() {
        return maximumBytes;
    }

    /**
     * Reads a spec sheet file; YAML when its name ends in {@code .yaml} or {@code .yml}, JSON otherwise.
     *
     * @throws SheetException if the file cannot be read or is not a valid spec sheet
     */
    public ChassisSpec read(Path file) {
        return readSheet(file).spec();
    }

    /** Reads a spec sheet file, keeping where each value was written. */
    public SpecSheet readSheet(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        return readBytes(parser.bytes(file, source), source, SheetFormat.ofFileName(source));
    }

    /** Reads a spec sheet from text; {@code sourceName} names it in errors. */
    public SpecSheet readSheet(String content, String sourceName, SheetFormat format) {
        Objects.requireNonNull(content, "content");
        return readText(content, sourceName, format);
    }

    /** Reads a spec sheet from bytes, which must be UTF-8; {@code sourceName} names it in errors. */
    public SpecSheet readSheet(byte[] content, String sourceName, SheetFormat format) {
        Objects.requireNonNull(content, "content");
        return readBytes(content, sourceName, format);
    }

    /** Reads a spec sheet from a stream of UTF-8 bytes, without closing it; {@code sourceName} names it in errors. */
    public SpecSheet readSheet(InputStream content, String sourceName, SheetFormat format) {
        Objects.requireNonNull(content, "content");
        return readBytes(parser.bytes(content, sourceName), sourceName, format);
    }

    /** As {@link #readText}, from the bytes: JSON is bound without decoding them to text. */
    private SpecSheet readBytes(byte[] bytes, String source, SheetFormat format) {
        boolean tokens = format == SheetFormat.JSON && bytes.length <= maximumBytes;
        return sheet(tokens ? TokenStreamBinder.bind(bytes) : null, () -> parser.parse(bytes, source, format), source);
    }

    /**
     * A JSON sheet is first bound straight from its tokens; the located tree is built only when that gives up, to
     * explain why, or later, when a violation is located. YAML is always read into the located tree.
     */
    private SpecSheet readText(String text, String source, SheetFormat format) {
        boolean tokens = format == SheetFormat.JSON && text.length() <= maximumBytes;
        return sheet(tokens ? TokenStreamBinder.bind(text) : null, () -> parser.parse(text, source, format), source);
    }

    /** The sheet of a spec bound from the tokens, or, when that gave up (null), bound from the located tree. */
    private static SpecSheet sheet(ChassisSpec fromTokens, Supplier<SheetNode> locatedTree, String source) {
        return fromTokens != null ? new SpecSheet(source, fromTokens, new TreeLocations(locatedTree))
                : bind(locatedTree.get(), source);
    }

    /** Reads a spec sheet from text; the format follows from {@code sourceName}'s extension. */
    public ChassisSpec read(String content, String sourceName) {
        return readSheet(content, sourceName, SheetFormat.ofFileName(sourceName)).spec();
    }

    static SpecSheet bind(SheetNode root, String source) {
        RecordBinder binder = new RecordBinder(source, false);
        checkFormat(root, binder, FORMAT, "chassis-requirements/", "a requirement profile, not a spec sheet");
        ChassisSpec spec = binder.bindRecord(root, ChassisSpec.class, "", ROOT_EXTRA_FIELDS);
        return new SpecSheet(source, spec, new TreeLocations(root));
    }

    /**
     * Checks that the root is an object whose {@code format} is {@code expected}; a format starting with
     * {@code otherPrefix} gets the hint that the file is {@code otherKind}.
     */
    static ObjectNode checkFormat(SheetNode root, RecordBinder binder, String expected, String otherPrefix,
            String otherKind) {
        if (!(root instanceof ObjectNode object)) {
            throw binder.error("", root.location(), "expected an object but found " + root.describe());
        }
        Member format = object.members().get("format");
        if (format == null) {
            throw binder.error("", object.location(),
                    "missing required field \"format\"; this kind of file says \"format\": \"" + expected + "\"");
        }
        if (!(format.value() instanceof ScalarNode scalar && scalar.kind() == ScalarKind.STRING
                && scalar.text().equals(expected))) {
            String found = format.value().describe();
            String hint = format.value() instanceof ScalarNode scalar && scalar.text().startsWith(otherPrefix)
                    ? "; this is " + otherKind : "";
            throw binder.error("/format", format.value().location(),
                    "expected \"" + expected + "\" but found " + found + hint);
        }
        return object;
    }
}
