package io.github.chassisspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.examples.cli.ChassisCheck.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** chassis-check's HTML report and its languages, as the sales engineer sends them on. */
class ChassisCheckReportsTest {

    private static final String BUS = "examples/specs/bus-16t.json";
    private static final String CLIENTS_WORDS = "examples/specs/requirements/mediterranean-tender.json";

    @Test
    void htmlReport_isOneSelfContainedFileWithChartsPerSlopeRequirement(@TempDir Path folder) throws IOException {
        Path report = folder.resolve("bus.html");
        Result result = ChassisCheck.runCaptured(BUS, "-r", CLIENTS_WORDS, "--format", "html", "-o", report.toString());
        assertEquals(ChassisCheck.EXIT_FAIL, result.status(), result.err());
        assertEquals("", result.out());
        String html = Files.readString(report);
        assertTrue(html.contains("<title>Compliance report: BUS-16T-5900 against “Mediterranean city bus tender, as"
                + " the client wrote it”</title>"), html);
        assertTrue(html.contains("id=\"verdict\">FAIL</span>"), html);
        // Parking and hill start each with a chart, and the axle loads.
        assertEquals(3, html.split("<svg class=\"chart\"", -1).length - 1);
        assertTrue(html.contains("<div class=\"alert\" role=\"alert\">"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void chineseText_translatesWordsButKeepsFiguresAndCodes() {
        Result result = ChassisCheck.runCaptured(BUS, "-r", CLIENTS_WORDS, "--lang", "zh");
        assertEquals(ChassisCheck.EXIT_FAIL, result.status(), result.err());
        assertTrue(result.out().startsWith("BUS-16T-5900 对照“Mediterranean city bus tender, as the client wrote it”：不通过\n"),
                result.out());
        assertTrue(result.out().contains("22.2° (40.8 %)"), result.out());
        assertTrue(result.out().contains("ADHESION"), result.out());
    }

    @Test
    void frenchJson_keepsKeysAndCodesInEnglish() {
        Result result = ChassisCheck.runCaptured(BUS, "-r", CLIENTS_WORDS, "--lang", "fr", "--format", "json");
        JsonNode report = JsonMapper.builder().build().readTree(result.out());
        assertEquals("FAIL", report.get("verdict").asString());
        assertTrue(report.get("results").get(0).get("message").asString().startsWith("le frein de stationnement"),
                report.toString());
    }

    @Test
    void chineseConsistencyCheck_givesChineseViolations(@TempDir Path folder) throws IOException {
        Path spec = folder.resolve("bus.json");
        Files.writeString(spec, Files.readString(Path.of(BUS)).replace("\"track\": \"1830 mm\"", "\"track\": \"900 mm\""));
        Result result = ChassisCheck.runCaptured(spec.toString(), "--lang", "zh");
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, result.status());
        assertTrue(result.out().contains("axles[1].track 必须在 1.0 m 与 2.6 m 之间，但为 0.9 m"), result.out());
    }

    @Test
    void unknownLanguage_isAUsageError() {
        Result result = ChassisCheck.runCaptured(BUS, "--lang", "de");
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, result.status());
        assertEquals("chassis-check: Invalid value for option '--lang': expected one of [EN, ZH, FR] (case-insensitive)"
                + " but was 'de' (see chassis-check --help)\n", result.err());
    }

    @Test
    void htmlWithoutRequirements_isRefusedWithTheReason() {
        Result result = ChassisCheck.runCaptured(BUS, "--format", "html");
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, result.status());
        assertEquals("chassis-check: --format html reports on requirements: give --requirements PROFILE (a consistency"
                + " check alone prints text, json or markdown)\n", result.err());
    }
}
