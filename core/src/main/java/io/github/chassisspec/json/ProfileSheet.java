package io.github.chassisspec.json;

import io.github.chassisspec.requirements.RequirementException;
import io.github.chassisspec.requirements.RequirementProfile;
import java.util.List;
import java.util.Map;

/**
 * A requirement profile read from a file, with where each of its values was written, so that a requirement that
 * does not fit a spec can be shown at its line and column.
 *
 * @param source        the file name, or the name given to the content
 * @param profile       the profile
 * @param locations     the line and column of every value, by JSON Pointer
 * @param entryPointers for each of the profile's entries, the JSON Pointer of the requirement (or of the pack
 *                      entry that brought it) in the file
 */
public record ProfileSheet(String source, RequirementProfile profile, Map<String, SheetLocation> locations,
        List<String> entryPointers) {

    public ProfileSheet {
        locations = Map.copyOf(locations);
        entryPointers = List.copyOf(entryPointers);
    }

    /**
     * The error located in this file:
     * {@code tender.json:9:45: /requirements/1/gear: gear 7 does not exist; BUS-16T-5900 has gears 1 to 6}.
     */
    public SheetException locate(RequirementException error) {
        int index = error.requirementIndex();
        if (index < 0 || index >= entryPointers.size()) {
            return new SheetException(source, "", SheetLocation.UNKNOWN, error.getMessage(), error);
        }
        String entry = entryPointers.get(index);
        String pointer = entry + "/" + error.field();
        boolean fromPack = !locations.containsKey(entry + "/check");
        if (fromPack) {
            return new SheetException(source, entry, SheetLocation.nearest(locations, entry),
                    "a requirement of this pack: " + error.field() + ": " + error.problem(), error);
        }
        return new SheetException(source, pointer, SheetLocation.nearest(locations, pointer), error.problem(), error);
    }
}
