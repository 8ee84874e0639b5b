package io.github.chassisspec.json;

import io.github.chassisspec.requirements.RequirementException;
import io.github.chassisspec.requirements.RequirementProfile;
import java.util.Map;

/**
 * A requirement profile read from a file, with where each of its values was written, so that a requirement that
 * does not fit a spec can be shown at its line and column.
 *
 * @param source    the file name, or the name given to the content
 * @param profile   the profile
 * @param locations the line and column of every value, by JSON Pointer
 */
public record ProfileSheet(String source, RequirementProfile profile, Map<String, SheetLocation> locations) {

    public ProfileSheet {
        locations = Map.copyOf(locations);
    }

    /**
     * The error located in this file:
     * {@code tender.json:9:45: /requirements/1/gear: gear 7 does not exist; BUS-16T-5900 has gears 1 to 6}.
     */
    public SheetException locate(RequirementException error) {
        String pointer = error.requirementIndex() < 0 ? "" : "/requirements/" + error.requirementIndex() + "/"
                + error.field();
        return new SheetException(source, pointer, SheetLocation.nearest(locations, pointer), error.problem(), error);
    }
}
