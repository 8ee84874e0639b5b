package io.github.chassisspec.json;

/**
 * The JSON Pointer of a value being read, written out only when asked for: reading passes one down to every value,
 * and only an error message or a table of locations needs its text.
 */
final class PointerTrail {

    /** The whole document, pointer "". */
    static final PointerTrail ROOT = new PointerTrail(null, "", null, -1);

    private final PointerTrail parent;
    /** The pointer of a trail that starts below the root; null below it. */
    private final String start;
    private final String name;
    private final int index;

    private PointerTrail(PointerTrail parent, String start, String name, int index) {
        this.parent = parent;
        this.start = start;
        this.name = name;
        this.index = index;
    }

    /** A trail that starts at {@code pointer}, such as {@code /requirements/2}. */
    static PointerTrail at(String pointer) {
        return pointer.isEmpty() ? ROOT : new PointerTrail(null, pointer, null, -1);
    }

    /** The member {@code memberName} of the object here. */
    PointerTrail member(String memberName) {
        return new PointerTrail(this, null, memberName, -1);
    }

    /** The element {@code elementIndex} of the array here. */
    PointerTrail element(int elementIndex) {
        return new PointerTrail(this, null, null, elementIndex);
    }

    /** The pointer, member names escaped: {@code /axles/1/tyres/rollingRadius}. */
    @Override
    public String toString() {
        if (parent == null) {
            return start;
        }
        return parent + "/" + (name != null ? Pointers.escape(name) : Integer.toString(index));
    }
}
