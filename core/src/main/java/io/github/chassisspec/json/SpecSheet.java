package io.github.chassisspec.json;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.validation.SpecViolation;
import java.util.Map;

/**
 * A spec read from a file, with where each of its values was written, so that a validation violation
 * can be shown at its line and column.
 *
 * @param source    the file name, or the name given to the content
 * @param spec      the spec
 * @param locations the line and column of every value, by JSON Pointer
 */
public record SpecSheet(String source, ChassisSpec spec, Map<String, SheetLocation> locations) {

    public SpecSheet {
        // A reader's locations are immutable and looked up in the read tree; copying them would build every pointer.
        locations = locations instanceof TreeLocations ? locations : Map.copyOf(locations);
    }

    /** Where the value at a JSON Pointer was written; for a value that is not there, its nearest enclosing one. */
    public SheetLocation locationOf(String pointer) {
        return SheetLocation.nearest(locations, pointer);
    }

    /** A violation with its file, line and column: {@code bus.json:14:18: axles[1].track must be ...}. */
    public String locate(SpecViolation violation) {
        SheetLocation location = locationOf(violation.pointer());
        return source + (location.isKnown() ? ":" + location : "") + ": " + violation;
    }
}
