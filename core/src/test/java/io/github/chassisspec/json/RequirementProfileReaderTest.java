package io.github.chassisspec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementException;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementProfileReaderTest {

    /** Line 6 holds the parking requirement, line 7 the hill start. */
    private static final String PROFILE = """
            {
              "format": "chassis-requirements/1",
              "name": "tender",
              "assumptions": { "adhesion": 0.8, "rollingResistance": 0.012 },
              "requirements": [
                { "check": "parkingHold", "slope": "45 %", "load": "laden", "facing": "both" },
                { "check": "hillStart", "slope": "30 %", "gear": 2, "reserveAcceleration": "0.1 m/s²" }
              ]
            }
            """;

    private final RequirementProfileReader reader = new RequirementProfileReader();

    private ProfileSheet read(String text) {
        return reader.readSheet(text, "tender.json", SheetFormat.JSON);
    }

    private String errorOf(String text) {
        return assertThrows(SheetException.class, () -> read(text)).getMessage();
    }

    @Test
    void profile_readsRequirementsAndAssumptions() {
        RequirementProfile profile = read(PROFILE).profile();
        assertEquals("tender", profile.name());
        assertEquals(0.8, profile.assumptions().adhesion());
        assertEquals(0.012, profile.assumptions().rollingResistance());
        assertEquals(ParkingHoldRequirement.of(Slope.ofPercent(45)).facing(Facing.BOTH), profile.requirements().get(0));
        HillStartRequirement start = (HillStartRequirement) profile.requirements().get(1);
        assertEquals(2, start.gear());
        assertEquals(0.1, SiValues.of(start.reserveAcceleration()));
        assertEquals("laden", start.load());
    }

    @Test
    void absentAssumptions_takeTheDocumentedDefaults() {
        RequirementProfile profile = read(PROFILE.replace(
                "  \"assumptions\": { \"adhesion\": 0.8, \"rollingResistance\": 0.012 },\n", "")).profile();
        assertEquals(0.7, profile.assumptions().adhesion());
        assertEquals(0.010, profile.assumptions().rollingResistance());
        assertEquals(0.0, SiValues.of(profile.assumptions().reserveAcceleration()));
    }

    @Test
    void yamlProfile_readsTheSame() {
        String yaml = """
                format: chassis-requirements/1
                name: tender
                assumptions: { adhesion: 0.8, rollingResistance: 0.012 }
                requirements:
                  - { check: parkingHold, slope: 45 %, load: laden, facing: both }
                  - { check: hillStart, slope: 30 %, gear: 2, reserveAcceleration: 0.1 m/s^2 }
                """;
        assertEquals(read(PROFILE).profile(), reader.readSheet(yaml, "tender.yaml", SheetFormat.YAML).profile());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "45 %"                   | "45"                              | "45"            | tender.json:6:40: /requirements/0/slope: "45" has no unit; write degrees ("45 °") or a percent grade ("45 %")
            "45 %"                   | 45                                | 45              | tender.json:6:40: /requirements/0/slope: 45 has no unit; write degrees ("45 °") or a percent grade ("45 %")
            "45 %"                   | "90 °"                            | "90 °"          | tender.json:6:40: /requirements/0/slope: "90 °": slope must be less than 90° but was 90°
            "parkingHold"            | "parkingHld"                      | "parkingHld"    | tender.json:6:16: /requirements/0/check: unknown check "parkingHld"; did you mean "parkingHold"?
            "parkingHold"            | "noiseLevel"                      | "noiseLevel"    | tender.json:6:16: /requirements/0/check: unknown check "noiseLevel"; the checks here are parkingHold, hillStart, axleLoads, steerAxleShare, gradeability, topSpeed, tiltStability, turningCircle, groundAngles, frameStrength, electricalBalance, powerToMass
            "both"                   | "sideways"                        | "sideways"      | tender.json:6:75: /requirements/0/facing: "sideways" is not one of: uphill, downhill, both
            "load": "laden"          | "load": "laden", "adhesion": -0.5 | -0.5            | tender.json:6:77: /requirements/0/adhesion: must be greater than 0 and at most 2 (tyre on road) but was -0.5
            "gear": 2                | "gear": 0                         | 0,              | tender.json:7:54: /requirements/1/gear: must be at least 1 (the lowest gear) but was 0
            "gear": 2                | "gear": 2, "range": "mid"         | "mid"           | tender.json:7:66: /requirements/1/range: "mid" is not one of: high, low
            "0.1 m/s²"               | "0.1 m/s"                         | "0.1 m/s"       | tender.json:7:80: /requirements/1/reserveAcceleration: "0.1 m/s" is a speed, but an acceleration is expected (m/s², m/s^2)
            "chassis-requirements/1" | "chassis-spec/1"                  | "chassis-spec/1"| tender.json:2:13: /format: expected "chassis-requirements/1" but found the text "chassis-spec/1"; this is a spec sheet, not a requirement profile
            """)
    void badProfile_failsAtTheValueWithItsReason(String target, String replacement, String valueText, String message) {
        String text = PROFILE.replace(target, replacement);
        // Independent of the reader: the column the message names is where the offending value starts on its line.
        String[] parts = message.split(":");
        String line = text.lines().toList().get(Integer.parseInt(parts[1]) - 1);
        assertEquals(line.indexOf(valueText) + 1, Integer.parseInt(parts[2]), line);
        assertEquals(message, errorOf(text));
    }

    @Test
    void unknownPack_suggestsTheClosestBuiltInPack() {
        String text = PROFILE.replace("{ \"check\": \"parkingHold\", \"slope\": \"45 %\", \"load\": \"laden\","
                + " \"facing\": \"both\" }", "{ \"pack\": \"un-r31\" }");
        // Line 6: `    { "pack": ` is 14 characters, so the name starts at column 15.
        assertEquals("tender.json:6:15: /requirements/0/pack: unknown rule pack \"un-r31\"; did you mean \"un-r13\"?",
                errorOf(text));
        String far = PROFILE.replace("{ \"check\": \"parkingHold\", \"slope\": \"45 %\", \"load\": \"laden\","
                + " \"facing\": \"both\" }", "{ \"pack\": \"fmvss\" }");
        assertEquals("tender.json:6:15: /requirements/0/pack: unknown rule pack \"fmvss\"; the built-in packs are"
                + " un-r13, un-r13-h, eu-hill-start, eu-offroad-g, eu-96-53, un-r107, gcc (chassis-check --list-packs),"
                + " or give a pack file ending in .json or .yaml", errorOf(far));
    }

    @Test
    void packFileThatIsAFolder_failsWhereTheProfileNamesIt(@TempDir Path folder) throws IOException {
        Path profile = folder.resolve("tender.json");
        Files.createDirectory(folder.resolve("my-pack.json"));
        Files.writeString(profile, PROFILE.replace("{ \"check\": \"parkingHold\", \"slope\": \"45 %\", \"load\": \"laden\","
                + " \"facing\": \"both\" }", "{ \"pack\": \"my-pack.json\" }"));
        // Line 6: `    { "pack": ` is 14 characters, so the file name starts at column 15.
        assertEquals(profile + ":6:15: /requirements/0/pack: the pack file " + folder.resolve("my-pack.json")
                + " is a folder, not a file", assertThrows(SheetException.class, () -> reader.read(profile)).getMessage());
    }

    /** {@code <NUL>} stands for the character U+0000, which the JSON holds as an escape. */
    @ParameterizedTest(name = "pack \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            my<NUL>pack.json | "my<NUL>pack.json" is not a file name this system accepts: Nul character not allowed
            /                | "/" names no file; give a pack file ending in .json or .yaml
            """)
    void packFileName_thatNamesNoFile_failsWhereTheProfileNamesIt(String name, String problem) {
        String text = PROFILE.replace("{ \"check\": \"parkingHold\", \"slope\": \"45 %\", \"load\": \"laden\","
                + " \"facing\": \"both\" }", "{ \"pack\": \"" + name.replace("<NUL>", "\\u0000") + "\" }");
        assertEquals("tender.json:6:15: /requirements/0/pack: " + problem.replace("<NUL>", "\u0000"), errorOf(text));
    }

    @ParameterizedTest(name = "minimum {0}")
    @CsvSource({"2000 kW/t", "0.05 kW/t"})
    void powerToMassMinimum_farOutsideAnyVehicle_failsAtTheValue(String minimum) {
        String line = "  \"requirements\": [ { \"check\": \"powerToMass\", \"minimum\": \"" + minimum + "\" } ] }";
        String text = "{ \"format\": \"chassis-requirements/1\", \"name\": \"tender\",\n" + line;
        // Independent of the reader: the value's column is where its opening quote is on line 2.
        int column = line.indexOf("\"" + minimum) + 1;
        assertEquals("tender.json:2:" + column + ": /requirements/0/minimum: must be between 0.1 kW/t and 1000 kW/t"
                + " but was " + minimum, errorOf(text));
    }

    @Test
    void everyCheck_readsFromAProfile() {
        String text = """
                { "format": "chassis-requirements/1", "name": "all",
                  "requirements": [
                    { "check": "axleLoads", "maxDrivenAxleLoad": "11.5 t", "maxGrossMass": "19.5 t" },
                    { "check": "steerAxleShare", "minimumShare": 0.25 },
                    { "check": "gradeability", "slope": "8 %", "speed": "30 km/h", "gear": 4 },
                    { "check": "topSpeed", "speed": "90 km/h" },
                    { "check": "tiltStability", "angle": "28 °" },
                    { "check": "turningCircle", "maxOuterRadius": "12.5 m", "minInnerRadius": "5.3 m" },
                    { "check": "groundAngles", "approach": "7 °", "minGroundClearance": "200 mm" },
                    { "check": "frameStrength", "dynamicFactor": 1.2, "safetyFactor": 1.3 },
                    { "check": "electricalBalance", "reserve": 0.1 },
                    { "check": "powerToMass", "minimum": "8 kW/t" } ] }
                """;
        var profile = read(text).profile();
        assertEquals(10, profile.requirements().size());
        var report = RequirementEvaluator.evaluate(TestSpecs.fullBus(), profile);
        // Top speed 92.4 km/h ≥ 90; approach 6.43° < 7° fails; the others pass (see SectionSixChecksTest).
        assertEquals(List.of("PASS", "PASS", "PASS", "PASS", "PASS", "PASS", "FAIL", "PASS", "PASS", "PASS"),
                report.results().stream().map(result -> result.verdict().name()).toList());
    }

    @Test
    void limitOfTheWrongKindAndContradictoryLimits_areLocated() {
        String wrongKind = PROFILE.replace("{ \"check\": \"parkingHold\", \"slope\": \"45 %\", \"load\": \"laden\","
                + " \"facing\": \"both\" }", "{ \"check\": \"axleLoads\", \"maxGrossMass\": \"18 m\" }");
        // `    { ` 6 + `"check": "axleLoads", ` 22 + `"maxGrossMass": ` 16 = 44 characters: the value is at column 45.
        assertEquals("tender.json:6:45: /requirements/0/maxGrossMass: \"18 m\" is a length, but a mass is expected"
                + " (kg, t, lb)", errorOf(wrongKind));
        String contradiction = PROFILE.replace("{ \"check\": \"parkingHold\", \"slope\": \"45 %\", \"load\":"
                + " \"laden\", \"facing\": \"both\" }", "{ \"check\": \"turningCircle\", \"maxOuterRadius\": \"5.3 m\","
                + " \"minInnerRadius\": \"12.5 m\" }");
        // `    { ` 6 + `"check": "turningCircle", ` 26 + `"maxOuterRadius": "5.3 m", ` 27 + `"minInnerRadius": ` 18 = 77.
        assertEquals("tender.json:6:78: /requirements/0/minInnerRadius: must be less than maxOuterRadius 5300 mm but"
                + " was 12500 mm", errorOf(contradiction));
    }

    @Test
    void unknownRootFieldAndEmptyRequirements_areRefused() {
        assertEquals("tender.json:3:3: /nmae: unknown field \"nmae\"; did you mean \"name\"?",
                errorOf(PROFILE.replace("\"name\"", "\"nmae\"")));
        assertEquals("tender.json:5:19: /requirements: must list at least one requirement",
                errorOf(PROFILE.substring(0, PROFILE.indexOf("[") + 1) + "]\n}\n"));
    }

    @Test
    void requirementTheSpecCannotMeet_isLocatedInTheProfile() {
        ProfileSheet sheet = read(PROFILE.replace("\"gear\": 2", "\"gear\": 7"));
        RequirementException error = assertThrows(RequirementException.class,
                () -> RequirementEvaluator.evaluate(TestSpecs.bus(), sheet.profile()));
        // Line 7 is `    { "check": "hillStart", "slope": "30 %", "gear": 7, ...`: `    { ` 6, `"check": "hillStart", ` 22,
        // `"slope": "30 %", ` 17 and `"gear": ` 8 characters precede the 7, so it is at column 6 + 22 + 17 + 8 + 1 = 54.
        assertEquals("tender.json:7:54: /requirements/1/gear: gear 7 does not exist; BUS-16T-5900 has gears 1 to 6",
                sheet.locate(error).getMessage());
        RequirementException range = assertThrows(RequirementException.class, () -> RequirementEvaluator.evaluate(
                TestSpecs.bus(), RequirementProfile.named("p")
                        .require(HillStartRequirement.of(Slope.ofPercent(12), 1).inRange(TransferRange.LOW)).build()));
        assertEquals("/requirements/0/range", read(PROFILE).locate(range).pointer());
    }
}
