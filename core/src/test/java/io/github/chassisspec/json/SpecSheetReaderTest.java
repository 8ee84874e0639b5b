package io.github.chassisspec.json;

import static io.github.chassisspec.model.TestSpecs.MINIMAL_JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.AxleGroup;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.validation.SpecValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecSheetReaderTest {

    private final SpecSheetReader reader = new SpecSheetReader();

    private static String replaced(String target, String replacement) {
        if (!MINIMAL_JSON.contains(target)) {
            throw new IllegalArgumentException("fixture has no " + target);
        }
        return MINIMAL_JSON.replace(target, replacement);
    }

    private String errorOf(String json) {
        return assertThrows(SheetException.class, () -> reader.read(json, "test.json")).getMessage();
    }

    private String errorOfYaml(String yaml) {
        return assertThrows(SheetException.class, () -> reader.read(yaml, "test.yaml")).getMessage();
    }

    @Test
    void minimalSheet_readsEveryValueInSiUnits() {
        ChassisSpec spec = reader.read(MINIMAL_JSON, "test.json");
        assertEquals("T-1", spec.id());
        assertEquals(2, spec.axles().size());
        assertEquals(AxleGroup.REAR, spec.axles().get(1).group());
        assertEquals(1.83, SiValues.of(spec.axles().get(1).track()));
        assertEquals(60000.0, SiValues.of(spec.axles().get(1).parkingBrakeTorque()));
        assertTrue(spec.axles().get(1).driven());
        assertEquals(false, spec.axles().get(0).driven());
        assertEquals(16000.0, SiValues.of(spec.loadCase("laden").mass()));
        assertEquals(0.5, SiValues.of(spec.axles().get(0).tyres().staticLoadedRadius()));
    }

    @Test
    void sameSheetInOtherUnits_readsToAnEqualSpec() {
        String otherUnits = MINIMAL_JSON.replace("\"5900 mm\"", "\"5.9 m\"").replace("\"16000 kg\"", "\"16 t\"")
                .replace("\"60 kN·m\"", "\"60000 Nm\"").replace("\"1830 mm\"", "\"1.83e3 mm\"")
                .replace("\"3540 mm\"", "\"354 cm\"");
        assertEquals(reader.read(MINIMAL_JSON, "test.json"), reader.read(otherUnits, "other.json"));
    }

    @Test
    void sameSheetInYaml_readsToAnEqualSpec() {
        String yaml = """
                format: chassis-spec/1
                id: T-1
                axles:
                  - { group: front, position: 0 mm, ratedLoad: 7100 kg, tyres: { rollingRadius: 500 mm } }
                  - group: rear
                    position: 5.9 m
                    ratedLoad: 11.5 t
                    track: 1830 mm
                    tyres: { rollingRadius: 0.5 m }
                    driven: true
                    parkingBrakeTorque: 60 kN*m
                loadCases:
                  laden: { mass: 16 t, centreOfGravity: { position: 3540 mm, height: 1300 mm } }
                """;
        assertEquals(reader.read(MINIMAL_JSON, "test.json"), reader.read(yaml, "test.yaml"));
    }

    @Test
    void reading_underAnyDefaultLocale_givesTheSameSpec() {
        Locale saved = Locale.getDefault();
        try {
            ChassisSpec reference = reader.read(MINIMAL_JSON.replace("\"3540 mm\"", "\"3.54 m\""), "test.json");
            for (Locale locale : new Locale[] {Locale.GERMANY, Locale.FRANCE, new Locale("ar", "EG"), Locale.CHINA}) {
                Locale.setDefault(locale);
                assertEquals(reference, reader.read(MINIMAL_JSON.replace("\"3540 mm\"", "\"3.54 m\""), "test.json"));
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest(name = "track {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "1820 kg"   | test.json:8:16: /axles/1/track: "1820 kg" is a mass, but a length is expected (mm, cm, m, km, in, ft)
            1830        | test.json:8:16: /axles/1/track: 1830 has no unit; write it as text with its unit, such as "1830 mm" (a length takes mm, cm, m, km, in, ft)
            "4,175 mm"  | test.json:8:16: /axles/1/track: "4,175 mm" has a ',' in its number; write the decimal point as '.' and no thousands separator
            "1830 mmm"  | test.json:8:16: /axles/1/track: "1830 mmm" has an unknown unit "mmm"; a length takes mm, cm, m, km, in, ft
            "1830 m m"  | test.json:8:16: /axles/1/track: "1830 m m" has a space inside its unit "m m"; write mm
            "1830 kg m" | test.json:8:16: /axles/1/track: "1830 kg m" has a space inside its unit "kg m"; a length takes mm, cm, m, km, in, ft
            "NaN mm"    | test.json:8:16: /axles/1/track: "NaN mm" is not a finite number; expected a length such as "5900 mm"
            "-1830 mm"  | test.json:8:16: /axles/1/track: must be greater than 0 mm but was -1830 mm
            {}          | test.json:8:16: /axles/1/track: expected a length such as "5900 mm" but found an object
            """)
    void badTrack_failsAtItsLineAndColumn(String track, String message) {
        // Line 8 is `      "track": "1830 mm",`: six spaces and `"track": ` put the value at column 16.
        assertEquals(message, errorOf(replaced("\"1830 mm\"", track)));
    }

    @Test
    void nullForAnOptionalField_meansAbsent() {
        assertEquals(null, reader.read(replaced("\"1830 mm\"", "null"), "test.json").axles().get(1).track());
    }

    @Test
    void spaceInsideATorqueUnit_suggestsTheWaysToWriteIt() {
        String json = replaced("\"60 kN·m\"", "\"800 N m\"");
        int column = json.lines().toList().get(8).indexOf("\"800 N m\"") + 1;
        assertEquals("test.json:9:" + column + ": /axles/1/parkingBrakeTorque: \"800 N m\" has a space inside its unit"
                + " \"N m\"; write N·m, N*m or Nm", errorOf(json));
    }

    @Test
    void negativeOrZeroMass_failsAtTheMass() {
        // Line 12: four spaces, `"laden": `, `{ `, `"mass": ` put the value at column 24.
        assertEquals("test.json:12:24: /loadCases/laden/mass: must be greater than 0 kg but was -16000 kg",
                errorOf(replaced("\"16000 kg\"", "\"-16000 kg\"")));
        assertEquals("test.json:12:24: /loadCases/laden/mass: must be greater than 0 kg but was 0 kg",
                errorOf(replaced("\"16000 kg\"", "\"0 t\"")));
    }

    @Test
    void nanLiteral_isNotANumber() {
        // A syntax error is located where the parser stopped: just after the three letters of NaN at 16 to 18.
        assertEquals("test.json:8:19: is not valid JSON: NaN and Infinity are not numbers; every value must be finite",
                errorOf(replaced("\"1830 mm\"", "NaN")));
    }

    @Test
    void emptyAxleList_isRefused() {
        String json = MINIMAL_JSON.substring(0, MINIMAL_JSON.indexOf("[")) + "[],"
                + MINIMAL_JSON.substring(MINIMAL_JSON.indexOf("],") + 2);
        assertEquals("test.json:4:12: /axles: must not be empty", errorOf(json));
    }

    @Test
    void duplicateKey_namesBothLines() {
        assertEquals("test.json:4:3: /id: duplicate key \"id\"; it is already given at line 3",
                errorOf(replaced("\"id\": \"T-1\",", "\"id\": \"T-1\",\n  \"id\": \"T-2\",")));
        assertEquals("test.yaml:3:1: /id: duplicate key \"id\"; it is already given at line 2",
                errorOfYaml("format: chassis-spec/1\nid: a\nid: b\n"));
    }

    @Test
    void truncatedFile_saysItLooksTruncated() {
        String message = errorOf(MINIMAL_JSON.substring(0, MINIMAL_JSON.indexOf("\"loadCases\"")));
        assertTrue(message.startsWith("test.json:11:"), message);
        assertTrue(message.endsWith(": ends unexpectedly; the file looks truncated"), message);
    }

    @Test
    void unknownField_suggestsTheClosestName() {
        assertEquals("test.json:4:3: /axels: unknown field \"axels\"; did you mean \"axles\"?",
                errorOf(replaced("\"axles\"", "\"axels\"")));
        assertEquals("test.json:3:3: /colour: unknown field \"colour\"; the fields here are id, name, category, axles,"
                        + " loadCases, powertrain, driverSide, body, aerodynamics, frame, electrical, format",
                errorOf(replaced("\"id\": \"T-1\",", "\"colour\": \"red\", \"id\": \"T-1\",")));
        assertEquals("test.json:5:45: /axles/0/ratedload: unknown field \"ratedload\"; did you mean \"ratedLoad\"?",
                errorOf(replaced("\"ratedLoad\": \"7100 kg\"", "\"ratedload\": \"7100 kg\"")));
    }

    @Test
    void formatField_mustBeChassisSpecVersion1() {
        assertEquals("test.json:2:13: /format: expected \"chassis-spec/1\" but found the text \"chassis-spec/2\"",
                errorOf(replaced("chassis-spec/1", "chassis-spec/2")));
        assertEquals("test.json:2:13: /format: expected \"chassis-spec/1\" but found the text \"chassis-requirements/1\";"
                + " this is a requirement profile, not a spec sheet", errorOf(replaced("chassis-spec/1", "chassis-requirements/1")));
        assertEquals("test.json:1:1: missing required field \"format\"; this kind of file says \"format\": \"chassis-spec/1\"",
                errorOf(replaced("  \"format\": \"chassis-spec/1\",\n", "")));
    }

    @Test
    void wrongTypes_sayWhatWasExpectedAndFound() {
        assertTrue(errorOf(replaced("\"driven\": true", "\"driven\": \"yes\""))
                .endsWith("/axles/1/driven: expected true or false but found the text \"yes\""));
        assertTrue(errorOf(replaced("\"group\": \"front\"", "\"group\": \"middle\""))
                .endsWith("/axles/0/group: \"middle\" is not one of: front, rear"));
        assertTrue(errorOf(replaced("\"group\": \"front\"", "\"group\": \"Front\""))
                .endsWith("/axles/0/group: \"Front\" is not one of: front, rear; did you mean \"front\"?"));
        assertTrue(errorOf(replaced("\"id\": \"T-1\"", "\"id\": 17"))
                .endsWith("/id: expected text but found the number 17"));
        assertTrue(errorOf(replaced("{ \"rollingRadius\": \"500 mm\" } },", "{ \"rollingRadius\": \"500 mm\", \"count\": 2.5 } },"))
                .endsWith("/axles/0/tyres/count: expected a whole number but found the number 2.5"));
        assertEquals("test.json:1:1: expected an object but found an array", errorOf("[1, 2]"));
    }

    @Test
    void yamlBooleansOtherThanTrueAndFalse_areText() {
        // YAML 1.2: yes, NO and on are strings, so a flag written that way is refused rather than guessed.
        String yaml = """
                format: chassis-spec/1
                id: T-1
                axles:
                  - { group: front, position: 0 mm, ratedLoad: 7100 kg, tyres: { rollingRadius: 500 mm }, driven: NO }
                """;
        // `  - { ` 6, `group: front, ` 14, `position: 0 mm, ` 16, `ratedLoad: 7100 kg, ` 20,
        // `tyres: { rollingRadius: 500 mm }, ` 34, `driven: ` 8: the value starts at column 6+14+16+20+34+8+1 = 99.
        assertEquals("test.yaml:4:99: /axles/0/driven: expected true or false but found the text \"NO\"", errorOfYaml(yaml));
    }

    @Test
    void missingOrNullRequiredField_isNamed() {
        // Line 5 is `    { "group": ...`: the object starts at column 5.
        assertEquals("test.json:5:5: /axles/0: missing required field \"ratedLoad\"",
                errorOf(replaced("\"position\": \"0 mm\", \"ratedLoad\": \"7100 kg\",", "\"position\": \"0 mm\",")));
        assertTrue(errorOf(replaced("\"ratedLoad\": \"7100 kg\"", "\"ratedLoad\": null"))
                .endsWith("/axles/0/ratedLoad: is null, but a value is required"));
    }

    @Test
    void centreOfGravityPositionAndAxleLoadsTogether_areRefused() {
        String json = replaced("\"height\": \"1300 mm\" } }", "\"height\": \"1300 mm\" }, \"axleLoads\": [\"6400 kg\", \"9600 kg\"] }");
        assertTrue(errorOf(json).endsWith("/loadCases/laden/axleLoads: must be left out when centreOfGravity.position"
                + " is given; give one or the other"), errorOf(json));
    }

    @Test
    void emptyOrMultipleDocuments_areRefused() {
        assertEquals("test.json: is empty", errorOf(" \n "));
        assertEquals("test.yaml:4:1: has more than one YAML document; a file holds one",
                errorOfYaml("format: chassis-spec/1\nid: a\n---\nid: b\n"));
        assertTrue(errorOf(MINIMAL_JSON + "{}").endsWith(": has content after the end of the JSON document"));
    }

    @Test
    void limits_refuseDeepNestingAndHugeStrings() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertTrue(errorOf(replaced("\"T-1\"", deep)).endsWith(": is nested too deeply (more than 64 levels)"));
        String longId = "\"" + "x".repeat(20_000) + "\"";
        assertTrue(errorOf(replaced("\"T-1\"", longId)).endsWith(": has a text value longer than 10000 characters"));
    }

    @Test
    void files_tooLargeMissingFoldersAndBadEncodings_getOneClearError(@TempDir Path folder) throws IOException {
        Path big = folder.resolve("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L << 20);
        }
        assertEquals(big + ": is 50.0 MiB, larger than the 1.0 MiB a spec sheet or profile may be",
                assertThrows(SheetException.class, () -> reader.read(big)).getMessage());
        assertEquals(folder + ": is a folder, not a file",
                assertThrows(SheetException.class, () -> reader.read(folder)).getMessage());
        Path missing = folder.resolve("missing.json");
        assertEquals(missing + ": does not exist", assertThrows(SheetException.class, () -> reader.read(missing)).getMessage());

        // "T-" then byte 0xE9 (é in Latin-1): line 3 starts at offset 2 + 30 = 32; the byte is its 12th, offset 43.
        Path latin1 = folder.resolve("latin1.json");
        Files.write(latin1, MINIMAL_JSON.replace("\"T-1\"", "\"T-\u00e9\"").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1 + ":3:12: is not valid UTF-8: byte 0xE9 at offset 43; save the file as UTF-8",
                assertThrows(SheetException.class, () -> reader.read(latin1)).getMessage());

        Path utf16 = folder.resolve("utf16.json");
        Files.write(utf16, MINIMAL_JSON.getBytes(StandardCharsets.UTF_16));
        assertEquals(utf16 + ": is encoded in UTF-16; save it as UTF-8",
                assertThrows(SheetException.class, () -> reader.read(utf16)).getMessage());

        Path withBom = folder.resolve("bom.json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(MINIMAL_JSON.getBytes(StandardCharsets.UTF_8));
        Files.write(withBom, bytes.toByteArray());
        assertEquals(reader.read(MINIMAL_JSON, "test.json"), reader.read(withBom));
    }

    @Test
    void oneBadFile_doesNotAffectTheNext() {
        for (int round = 0; round < 3; round++) {
            assertThrows(SheetException.class, () -> reader.read(MINIMAL_JSON.substring(0, 80), "bad.json"));
            assertThrows(SheetException.class, () -> reader.read("format: [", "bad.yaml"));
            assertEquals("T-1", reader.read(MINIMAL_JSON, "good.json").id());
        }
    }

    @Test
    void validationViolation_isLocatedAtItsLineAndColumn() {
        SpecSheet sheet = reader.readSheet(replaced("\"1830 mm\"", "\"900 mm\""), "test.json", SheetFormat.JSON);
        var violations = SpecValidator.validate(sheet.spec());
        assertEquals(1, violations.size());
        assertEquals("test.json:8:16: axles[1].track must be between 1.0 m and 2.6 m but was 0.9 m",
                sheet.locate(violations.get(0)));
    }
}
