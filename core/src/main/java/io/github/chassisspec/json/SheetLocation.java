package io.github.chassisspec.json;

/**
 * A place in a file: 1-based line and column, as editors count them.
 *
 * @param line   the line, from 1; 0 when unknown
 * @param column the column, from 1; 0 when unknown
 */
public record SheetLocation(int line, int column) {

    /** For errors about a file as a whole, such as one that is too large. */
    public static final SheetLocation UNKNOWN = new SheetLocation(0, 0);

    /** Where the value at a JSON Pointer was written; for a value that is not there, its nearest enclosing one. */
    static SheetLocation nearest(java.util.Map<String, SheetLocation> locations, String pointer) {
        String current = pointer;
        while (true) {
            SheetLocation location = locations.get(current);
            if (location != null) {
                return location;
            }
            if (current.isEmpty()) {
                return UNKNOWN;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** {@code "14:18"}, or empty when unknown. */
    @Override
    public String toString() {
        return isKnown() ? line + ":" + column : "";
    }
}
