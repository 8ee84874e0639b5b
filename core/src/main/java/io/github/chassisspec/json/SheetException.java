package io.github.chassisspec.json;

/**
 * A spec sheet or requirement profile that cannot be read: the one error a reader reports, located by
 * file, JSON Pointer, line and column, with the offending value and what was expected, such as
 * {@code bus.json:14:18: /axles/1/track: "1820 kg" is a mass, but a length is expected (mm, cm, m, km, in, ft)}.
 *
 * <p>Readers throw this type and no other for bad input: no Jackson, Indriya or null-pointer exception
 * escapes them.
 */
public final class SheetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String pointer;
    private final SheetLocation location;
    private final String problem;

    public SheetException(String source, String pointer, SheetLocation location, String problem) {
        super(describe(source, pointer, location, problem));
        this.source = source;
        this.pointer = pointer;
        this.location = location;
        this.problem = problem;
    }

    SheetException(String source, String pointer, SheetLocation location, String problem, Throwable cause) {
        super(describe(source, pointer, location, problem), cause);
        this.source = source;
        this.pointer = pointer;
        this.location = location;
        this.problem = problem;
    }

    private static String describe(String source, String pointer, SheetLocation location, String problem) {
        StringBuilder text = new StringBuilder(source);
        if (location.isKnown()) {
            text.append(':').append(location.line()).append(':').append(location.column());
        }
        text.append(": ");
        if (!pointer.isEmpty()) {
            text.append(pointer).append(": ");
        }
        return text.append(problem).toString();
    }

    /** The file name, or the name the caller gave the content. */
    public String source() {
        return source;
    }

    /** Where in the document, as a JSON Pointer such as {@code /axles/1/track}; empty for the whole document. */
    public String pointer() {
        return pointer;
    }

    /** Line and column of the offending value, when known. */
    public SheetLocation location() {
        return location;
    }

    /** What is wrong, without the location: {@code "1820 kg" is a mass, but a length is expected (...)}. */
    public String problem() {
        return problem;
    }
}
