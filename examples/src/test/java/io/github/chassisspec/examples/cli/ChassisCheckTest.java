package io.github.chassisspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.examples.cli.ChassisCheck.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a user meets it, run in-process from the repository root. */
class ChassisCheckTest {

    private static final Path BUS = Path.of("examples/specs/bus-16t.json");

    @Test
    void bundledBus_isSummarisedAndConsistent() {
        Result result = ChassisCheck.runCaptured(BUS.toString());
        assertEquals(ChassisCheck.EXIT_OK, result.status(), result.err());
        assertEquals("", result.err());
        // Single axles at 0 and 5900 mm: the group centres are the axles, L = 5900 mm (PHYSICS.md §8).
        assertTrue(result.out().contains(
                "  front group centre 0 mm, rear group centre 5900 mm, effective wheelbase 5900 mm\n"), result.out());
        assertTrue(result.out().contains("  laden      16000 kg  1300 mm     3540 mm                3540 mm\n"),
                result.out());
        assertTrue(result.out().contains("  rear   rear   5900 mm   11500 kg    1830 mm  4 × 295/80R22.5  500 mm"
                + "          yes     60 kN·m\n"), result.out());
        assertTrue(result.out().endsWith("  consistency  OK: no spec-sheet rule is broken\n"), result.out());
    }

    @Test
    void folder_checksEveryBundledSpec() {
        Result result = ChassisCheck.runCaptured("examples/specs");
        assertEquals(ChassisCheck.EXIT_OK, result.status(), result.err());
        assertTrue(result.out().startsWith("BUS-16T-5900 — "), result.out());
        assertTrue(result.out().contains("\nETRUCK-7T5-3400-RHD — "), result.out());
        assertTrue(result.out().contains("\nPICKUP-4X4-TIPPER-3220 — "), result.out());
        // Pickup laden axle loads 1350 + 1850 kg on 3220 mm: x_G = 3220 · 1850 / 3200 = 1861.6 mm.
        assertTrue(result.out().contains("  laden      3200 kg  850 mm      1862 mm (from axle loads)  1862 mm\n"),
                result.out());
    }

    @Test
    void unreadableSpec_isOneLineOnStandardErrorWithExitStatus2(@TempDir Path folder) throws IOException {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, Files.readString(BUS).replace("\"1830 mm\"", "\"1820 kg\""), StandardCharsets.UTF_8);
        Result result = ChassisCheck.runCaptured(bad.toString());
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, result.status());
        assertEquals("", result.out());
        // Line 13 of the bus sheet is `      "track": "1830 mm",`: the value starts at column 16.
        assertEquals("chassis-check: " + bad + ":13:16: /axles/1/track: \"1820 kg\" is a mass, but a length is"
                + " expected (mm, cm, m, km, in, ft)\n", result.err());
    }

    @Test
    void inconsistentSpec_listsEachViolationAtItsLine(@TempDir Path folder) throws IOException {
        Path narrow = folder.resolve("narrow.json");
        Files.writeString(narrow, Files.readString(BUS).replace("\"1830 mm\"", "\"900 mm\"")
                .replace("\"ratios\": [8.0, 5.0,", "\"ratios\": [8.0, 8.5,"), StandardCharsets.UTF_8);
        Result result = ChassisCheck.runCaptured(narrow.toString());
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, result.status());
        // Line 30 is `    "gearbox": { "ratios": [8.0, 8.5, ...`: 4 + 11 + 2 + 10 + 6 characters put 8.5 at column 34.
        assertTrue(result.out().endsWith("  consistency  2 rules broken:\n"
                + "    " + narrow + ":13:16: axles[1].track must be between 1.0 m and 2.6 m but was 0.9 m\n"
                + "    " + narrow + ":30:34: powertrain.gearbox.ratios[1] must be less than the ratio of gear 1 (8)"
                + " but was 8.5; gear 1 is the lowest gear\n"), result.out());
    }

    @Test
    void jsonFormat_givesOneObjectPerSpecAndAnArrayForSeveral(@TempDir Path folder) throws IOException {
        Result single = ChassisCheck.runCaptured("--format", "json", BUS.toString());
        JsonNode report = JsonMapper.builder().build().readTree(single.out());
        assertEquals("BUS-16T-5900", report.get("spec").asString());
        assertEquals("VALID", report.get("verdict").asString());
        assertEquals(0, report.get("violations").size());

        Path bad = folder.resolve("bad.yaml");
        Files.writeString(bad, "format: chassis-spec/1\nid: X\naxels: []\n", StandardCharsets.UTF_8);
        Result several = ChassisCheck.runCaptured("--format", "JSON", BUS.toString(), bad.toString());
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, several.status());
        JsonNode array = JsonMapper.builder().build().readTree(several.out());
        assertEquals(2, array.size());
        JsonNode error = array.get(1).get("error");
        assertEquals("UNREADABLE", array.get(1).get("verdict").asString());
        assertEquals("/axels", error.get("pointer").asString());
        assertEquals(3, error.get("line").asInt());
        assertEquals(1, error.get("column").asInt());
        assertEquals("unknown field \"axels\"; did you mean \"axles\"?", error.get("message").asString());
    }

    @Test
    void outputOption_writesTheReportToAFile(@TempDir Path folder) throws IOException {
        Path report = folder.resolve("report.txt");
        Result result = ChassisCheck.runCaptured(BUS.toString(), "--output", report.toString());
        assertEquals(ChassisCheck.EXIT_OK, result.status());
        assertEquals("", result.out());
        assertTrue(Files.readString(report).startsWith("BUS-16T-5900 — 16 t city bus chassis, 5.9 m wheelbase\n"));
    }

    @Test
    void userErrorsOnTheCommandLine_areOneLine(@TempDir Path folder) {
        Result unknownOption = ChassisCheck.runCaptured("--bogus", BUS.toString());
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, unknownOption.status());
        assertEquals("chassis-check: Unknown option: '--bogus' (see chassis-check --help)\n", unknownOption.err());

        Result badFormat = ChassisCheck.runCaptured("--format", "pdf", BUS.toString());
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, badFormat.status());
        assertEquals(1, badFormat.err().lines().count(), badFormat.err());

        Path missing = folder.resolve("missing.json");
        Result missingFile = ChassisCheck.runCaptured(missing.toString());
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, missingFile.status());
        assertEquals("chassis-check: " + missing + ": does not exist\n", missingFile.err());

        Result emptyFolder = ChassisCheck.runCaptured(folder.toString());
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, emptyFolder.status());
        assertEquals("chassis-check: " + folder + ": is a folder without spec sheets (.json, .yaml, .yml)\n",
                emptyFolder.err());

        Result noArguments = ChassisCheck.runCaptured();
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, noArguments.status());
        assertEquals(1, noArguments.err().lines().count(), noArguments.err());
    }
}
