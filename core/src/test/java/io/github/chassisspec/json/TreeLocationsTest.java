package io.github.chassisspec.json;

import static io.github.chassisspec.model.TestSpecs.MINIMAL_JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Locations looked up in the read tree, against columns counted by hand in {@code TestSpecs.MINIMAL_JSON}. */
class TreeLocationsTest {

    private final SpecSheetReader reader = new SpecSheetReader();

    @ParameterizedTest(name = "{0} is at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                      | 1:1
            /id                                     | 3:9
            /axles                                  | 4:12
            /axles/1/tyres/rollingRadius            | 9:35
            /loadCases/laden/centreOfGravity/height | 12:90
            /axles/01                               | 4:12
            /axles/2/track                          | 4:12
            /axles/1/tyres/rollingRadius/extra      | 9:35
            /noSuchField                            | 1:1
            """)
    void locationOf_findsTheValueOrItsNearestEnclosingOne(String pointer, String expected) {
        // Line 3 `  "id": "T-1",`: the value's quote after 2 spaces, 4 for "id", the colon and a space: column 9.
        // Line 4 `  "axles": [`: 2 + 7 for "axles" + colon + space: the bracket at 12.
        // Line 9: 6 spaces, "tyres" (7), colon, space, "{", space, "rollingRadius" (15), colon, space: 35.
        // Line 12: 4 + "laden" (7) + ": { " (4) + "mass" (6) + ": " + "16000 kg" (10) + ", " + "centreOfGravity" (17)
        //   + ": { " + "position" (10) + ": " + "3540 mm" (9) + ", " + "height" (8) + ": " = 89, the value at 90.
        // "01" is no array index (RFC 6901 has no leading zeros), and element 2 does not exist: both give the array.
        SpecSheet sheet = reader.readSheet(MINIMAL_JSON, "test.json", SheetFormat.JSON);
        assertEquals(expected, sheet.locationOf(pointer).toString());
    }

    @Test
    void escapedNames_areUnescapedTildeOneFirst() {
        String json = MINIMAL_JSON.replace("\"laden\"", "\"half/full~1\"");
        SpecSheet sheet = reader.readSheet(json, "test.json", SheetFormat.JSON);
        // Line 12: 4 spaces, "half/full~1" (13), ": { " (4), "mass" (6), ": " (2): the value at 30. Undoing ~0 first
        // would read "half~1full~01" as "half/full/" and fall back to /loadCases, line 11 column 16.
        assertEquals("12:30", sheet.locationOf("/loadCases/half~1full~01/mass").toString());
    }

    @Test
    void iterating_givesEveryValueOnceWithTheLocationThatLookingUpGives() {
        SpecSheet sheet = reader.readSheet(MINIMAL_JSON, "test.json", SheetFormat.JSON);
        Map<String, SheetLocation> locations = sheet.locations();
        // The root, format, id, axles, 2 axles, 4 + 1 values in the first, 7 + 1 in the second, loadCases, laden,
        // mass, centreOfGravity, position, height: 1 + 3 + 2 + 5 + 8 + 1 + 1 + 2 + 2 = 25.
        assertEquals(25, locations.size());
        locations.forEach((pointer, location) -> assertEquals(location, locations.get(pointer), pointer));
        assertEquals(locations, Map.copyOf(locations));
    }

    @ParameterizedTest(name = "\"{0}\" is index {1}")
    @CsvSource({"0, 0", "7, 7", "10, 10", "999999999, 999999999", "01, -1", "'', -1", "1a, -1", "-1, -1",
        "1234567890, -1"})
    void index_readsDigitsWithoutLeadingZeros(String segment, int expected) {
        assertEquals(expected, Pointers.index(segment));
    }
}
