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

/** chassis-check with requirement profiles, run from the repository root as the README shows. */
class ChassisCheckRequirementsTest {

    private static final String BUS = "examples/specs/bus-16t.json";
    private static final String CLIENTS_WORDS = "examples/specs/requirements/mediterranean-tender.json";
    private static final String PERCENT_READING = "examples/specs/requirements/mediterranean-tender-percent.json";

    @Test
    void busAgainstBothReadingsOfTheTender_failsWithExitStatus1() {
        Result result = ChassisCheck.runCaptured(BUS, "--requirements", CLIENTS_WORDS, "-r", PERCENT_READING);
        assertEquals(ChassisCheck.EXIT_FAIL, result.status(), result.err());
        assertEquals("", result.err());
        assertTrue(result.out().startsWith("BUS-16T-5900 against \"Mediterranean city bus tender, as the client wrote"
                + " it\": FAIL\n"), result.out());
        assertTrue(result.out().contains("\nBUS-16T-5900 against \"Mediterranean city bus tender, slopes read as"
                + " percent grades\": FAIL\n"), result.out());
        // PHYSICS.md §8: downhill adhesion limit 22.2°, second-gear engine limit 13.0°; 45 % = 24.2°, 30 % = 16.7°.
        assertTrue(result.out().contains("  1  parking hold, facing both  laden  45 % (24.2°)  22.2° (40.8 %) facing"
                + " downhill  -2.0°   ADHESION    FAIL\n"), result.out());
        assertTrue(result.out().contains("  2  hill start, gear 2         laden  30 % (16.7°)  13.0° (23.0 %)       "
                + "           -3.7°   ENGINE      FAIL\n"), result.out());
        assertTrue(result.out().contains("WARNING: 45° needs μ ≥ 1.00 with every wheel braked, more than the assumed"
                + " 0.80; if 45 % (24.2°) was meant: FAIL, capability 22.2° (40.8 %) facing downhill\n"), result.out());
    }

    @Test
    void jsonReport_isOneObjectForOneSpecAndProfile() {
        Result result = ChassisCheck.runCaptured(BUS, "-r", PERCENT_READING, "--format", "json");
        assertEquals(ChassisCheck.EXIT_FAIL, result.status());
        JsonNode report = JsonMapper.builder().build().readTree(result.out());
        assertEquals("FAIL", report.get("verdict").asString());
        assertEquals("-2.03 °", report.get("results").get(0).get("margin").asString());
        assertEquals("12.96 °", report.get("results").get(1).get("capability").asString());
        assertEquals("ENGINE", report.get("results").get(1).get("limitedBy").asString());
    }

    @Test
    void pickupPassesAModestTender_withExitStatus0(@TempDir Path folder) throws IOException {
        Path profile = folder.resolve("modest.yaml");
        Files.writeString(profile, """
                format: chassis-requirements/1
                name: modest
                requirements:
                  - { check: parkingHold, slope: 18 % }
                  - { check: hillStart, slope: 12 %, gear: 1 }
                  - { check: hillStart, slope: 30 %, gear: 1, range: low }
                """, StandardCharsets.UTF_8);
        Result result = ChassisCheck.runCaptured("examples/specs/pickup-4x4-tipper.yaml", "-r", profile.toString());
        assertEquals(ChassisCheck.EXIT_OK, result.status(), result.out() + result.err());
        // Laden from axle loads: a = 3.22·1850/3200 = 1.862 m, h = 0.85 m, μ = 0.7 (default), rear brake 4000 N·m on
        // r_s = 0.36 m gives 11 111 N: torque limit asin(11 111/31 381) = 20.7°; downhill adhesion
        // atan(0.7·1.862/(3.22 + 0.7·0.85)) = 18.9° governs.
        assertTrue(result.out().contains("18.9° (34.2 %) facing downhill"), result.out());
    }

    @Test
    void specWithoutClutchData_isNotEvaluatedWithExitStatus3(@TempDir Path folder) throws IOException {
        Path spec = folder.resolve("no-clutch.json");
        Files.writeString(spec, Files.readString(Path.of(BUS))
                .replace("\"clutch\": { \"torqueCapacity\": \"1400 N·m\" },", ""), StandardCharsets.UTF_8);
        Path profile = folder.resolve("start.json");
        Files.writeString(profile, "{ \"format\": \"chassis-requirements/1\", \"name\": \"start\", \"requirements\": ["
                + " { \"check\": \"hillStart\", \"slope\": \"12 %\", \"gear\": 1 } ] }", StandardCharsets.UTF_8);
        Result result = ChassisCheck.runCaptured(spec.toString(), "-r", profile.toString());
        assertEquals(ChassisCheck.EXIT_NOT_EVALUATED, result.status(), result.out());
        assertTrue(result.out().contains("not evaluated: powertrain.clutch is not given"), result.out());
    }

    @Test
    void requirementTheSpecLacks_isOneLocatedLineWithExitStatus2(@TempDir Path folder) throws IOException {
        Path profile = folder.resolve("seventh.json");
        Files.writeString(profile, "{ \"format\": \"chassis-requirements/1\", \"name\": \"seventh\",\n"
                + "  \"requirements\": [ { \"check\": \"hillStart\", \"slope\": \"12 %\", \"gear\": 7 } ] }\n",
                StandardCharsets.UTF_8);
        Result result = ChassisCheck.runCaptured(BUS, "-r", profile.toString());
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, result.status());
        // Line 2: `  ` 2, `"requirements"` 14, `: ` 2, `[ ` 2, `{ ` 2, `"check": "hillStart", ` 22, `"slope": "12 %", ` 17
        // and `"gear": ` 8 make 69 characters before the 7, at column 70.
        assertEquals("chassis-check: " + profile + ":2:70: /requirements/0/gear: gear 7 does not exist; BUS-16T-5900"
                + " has gears 1 to 6 (for BUS-16T-5900 in " + BUS + ")\n", result.err());
    }

    @Test
    void unreadableProfile_isOneLineWithExitStatus2(@TempDir Path folder) throws IOException {
        Path profile = folder.resolve("bad.json");
        Files.writeString(profile, "{ \"format\": \"chassis-requirements/1\", \"name\": \"x\", \"requirements\": ["
                + " { \"check\": \"parkingHold\", \"slope\": \"45\" } ] }", StandardCharsets.UTF_8);
        Result result = ChassisCheck.runCaptured(BUS, "-r", profile.toString());
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, result.status());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().endsWith(": /requirements/0/slope: \"45\" has no unit; write degrees (\"45 °\") or a"
                + " percent grade (\"45 %\")\n"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void inconsistentSpec_isNotEvaluatedAndNamesItsViolations(@TempDir Path folder) throws IOException {
        Path spec = folder.resolve("narrow.json");
        Files.writeString(spec, Files.readString(Path.of(BUS)).replace("\"1830 mm\"", "\"900 mm\""),
                StandardCharsets.UTF_8);
        Result result = ChassisCheck.runCaptured(spec.toString(), "-r", CLIENTS_WORDS);
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, result.status());
        assertEquals("chassis-check: " + spec + ":13:16: axles[1].track must be between 1.0 m and 2.6 m but was 0.9 m\n",
                result.err());
    }

    @Test
    void listPacks_showsEachPackWithItsSourcesAndWhetherVerified() {
        Result result = ChassisCheck.runCaptured("--list-packs");
        assertEquals(ChassisCheck.EXIT_OK, result.status(), result.err());
        assertTrue(result.out().startsWith("Built-in rule packs, included from a profile with { \"pack\": NAME }:\n"),
                result.out());
        assertTrue(result.out().contains("\nun-r13  UN Regulation No. 13: parking braking of the laden vehicle\n"
                + "  - UN R13 parking brake, laden, 18 % up and down [for M2, M3, N1, N2, N3]\n"
                + "    from memory, not verified: UN Regulation No. 13, parking braking: the laden vehicle held on an 18 %"
                + " gradient, up or down\n"), result.out());
        assertTrue(result.out().contains("    verified: Directive 96/53/EC, annex I, 1.5: any motor vehicle must be able"
                + " to turn within a swept circle of 12.50 m outer and 5.30 m inner radius\n"), result.out());
    }

    @Test
    void busAgainstTheEuCityBusProfile_passesEveryCheck() {
        Result result = ChassisCheck.runCaptured(BUS, "-r", "examples/specs/requirements/eu-city-bus.json",
                "--format", "json");
        assertEquals(ChassisCheck.EXIT_OK, result.status(), result.out());
        JsonNode report = JsonMapper.builder().build().readTree(result.out());
        assertEquals(13, report.get("results").size());
        // UN R13 at μ = 0.7 facing downhill: tan θ = 0.7·3.54/(5.9 + 0.91) → 20.0°.
        assertEquals("20 °", report.get("results").get(0).get("capability").asString());
        assertEquals("un-r13", report.get("results").get(0).get("source").get("pack").asString());
        assertEquals(false, report.get("results").get(0).get("source").get("verified").asBoolean());
        // Two eu-96-53 gross limits (18 t truck, 25 t three-axle) do not apply to a two-axle bus.
        assertEquals(2, report.get("notes").size());
    }

    @Test
    void missingSpec_isOneLine() {
        Result result = ChassisCheck.runCaptured("-r", CLIENTS_WORDS);
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, result.status());
        assertEquals("chassis-check: Missing required parameter: 'SPEC' (see chassis-check --help)\n", result.err());
    }

    @Test
    void markdownFormat_rendersATable() {
        Result result = ChassisCheck.runCaptured(BUS, "-r", CLIENTS_WORDS, "--format", "markdown");
        assertEquals(ChassisCheck.EXIT_FAIL, result.status());
        assertTrue(result.out().contains("| # | requirement | load | required | capability | margin | limited by |"
                + " verdict |\n"), result.out());
    }
}
