package io.github.chassisspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.examples.cli.ChassisCheck.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** chassis-check on tables of variants and on several specs: one summary, bad rows alone failing. */
class ChassisCheckBatchTest {

    private static final String RANGE = "examples/specs/variants/bus-range.csv";
    private static final String PERCENT_READING = "examples/specs/requirements/mediterranean-tender-percent.json";
    private static final String HEADER = "variant,base,axles[1].position,loadCases.laden.centreOfGravity.position,"
            + "powertrain.finalDrive\n";

    private static String line(String output, String start) {
        return output.lines().filter(line -> line.startsWith(start)).findFirst().orElse("(no line " + start + ")");
    }

    /** A table row with its column padding folded to single spaces. */
    private static String row(String output, String start) {
        return line(output, start).strip().replaceAll(" {2,}", " | ");
    }

    @Test
    void bundledRange_givesOneRowPerVariantAndOneColumnPerRequirement() {
        Result result = ChassisCheck.runCaptured(RANGE, "-r", PERCENT_READING);
        assertEquals(ChassisCheck.EXIT_FAIL, result.status(), result.err());
        assertEquals("", result.err());
        assertTrue(result.out().startsWith("18 variants: FAIL\n"), result.out());
        // 6.30 m wheelbase, CoG 0.66 × 6300 = 4158 mm behind the front axle, rear axle braked:
        // downhill tan θ = 0.8 × 4.158 / (6.30 + 0.8 × 1.30) → 24.38° ≥ 45 % (24.23°).
        // Gear 2 with final drive 6.5: F = 800 × 5.0 × 6.5 × 0.90 / 0.50 = 46800 N = W (sin θ + 0.01 cos θ),
        // W = 16000 × 9.80665 N → 16.78° ≥ 30 % (16.70°).
        assertEquals("BUS-6300-CG66-6.5 | PASS | PASS 24.38° | PASS 16.78°", row(result.out(), "  BUS-6300-CG66-6.5 "));
        // 5.30 m, CoG 0.60 × 5300 = 3180 mm: tan θ = 0.8 × 3.18 / (5.30 + 1.04) → 21.86°; final drive 5.1 → 12.96°.
        assertEquals("BUS-5300-CG60-5.1 | FAIL | FAIL 21.86° | FAIL 12.96°", row(result.out(), "  BUS-5300-CG60-5.1 "));
        assertTrue(result.out().contains("\n  R1  parking hold, facing both, 45 % (24.2°) “at full load the vehicle must"
                + " park on a 45 % slope without slipping” — Mediterranean city bus tender, slopes read as percent"
                + " grades\n"), result.out());
        assertTrue(result.out().contains("\n  1 PASS, 17 FAIL\n"), result.out());
    }

    @Test
    void badRows_failAloneWithLineAndColumn_andInvalidVariantsAreReported(@TempDir Path folder) throws IOException {
        Files.copy(Path.of("examples/specs/bus-16t.json"), folder.resolve("bus.json"));
        Path table = folder.resolve("range.csv");
        Files.writeString(table, HEADER
                + "GOOD-A,bus.json,6300 mm,4158 mm,6.5\n"
                + "NO-UNIT,bus.json,6300,4158 mm,6.5\n"
                + "SHORT,bus.json,6300 mm\n"
                + "QUOTE,bus.json,6300 \"mm\",4158 mm,6.5\n"
                + "COG-BEHIND,bus.json,5300 mm,5500 mm,5.1\n"
                + "GOOD-B,bus.json,,,\n");
        Result result = ChassisCheck.runCaptured(table.toString(), "-r", PERCENT_READING);
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, result.status(), result.err());
        String csv = table.toString();
        assertTrue(result.err().contains("chassis-check: " + csv + ":3:18: /axles/1/position: "), result.err());
        assertTrue(result.err().contains("chassis-check: " + csv + ":4:1: has 3 cells but the header has 5\n"),
                result.err());
        assertTrue(result.err().contains("chassis-check: " + csv + ":5:21: unexpected '\"' in an unquoted field;"),
                result.err());
        assertTrue(result.err().contains("chassis-check: " + csv + ":6:29: loadCases.laden.centreOfGravity.position"
                + " must put the centre of gravity between"), result.err());
        String out = result.out();
        assertTrue(out.startsWith("6 variants: UNREADABLE\n"), out);
        assertEquals("GOOD-A | PASS | PASS 24.38° | PASS 16.78°", row(out, "  GOOD-A "));
        assertEquals("NO-UNIT | UNREADABLE | – | –", row(out, "  NO-UNIT "));
        assertEquals("SHORT | UNREADABLE | – | –", row(out, "  SHORT "));
        assertEquals("COG-BEHIND | INVALID | – | –", row(out, "  COG-BEHIND "));
        // Empty cells keep the base: the bundled bus, 22.20° and 12.96° (PHYSICS.md §8).
        assertEquals("GOOD-B | FAIL | FAIL 22.20° | FAIL 12.96°", row(out, "  GOOD-B "));
        assertTrue(out.contains("\n  1 PASS, 1 FAIL, 1 INVALID, 3 UNREADABLE\n"), out);
    }

    @Test
    void tableWithoutTheVariantColumn_isRefusedWithItsName(@TempDir Path folder) throws IOException {
        Path table = folder.resolve("range.csv");
        Files.writeString(table, "name,base\nA,bus.json\n");
        Result result = ChassisCheck.runCaptured(table.toString(), "-r", PERCENT_READING);
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, result.status());
        assertEquals("chassis-check: " + table + ":1:1: has no column \"variant\"; a table of variants needs the"
                + " columns variant and base, then one column per overridden field such as axles[1].position\n",
                result.err());
    }

    @Test
    void jsonSummary_hasCountsColumnsCellsAndFullReports() {
        Result result = ChassisCheck.runCaptured(RANGE, "-r", PERCENT_READING, "--format", "json");
        assertEquals(ChassisCheck.EXIT_FAIL, result.status(), result.err());
        JsonNode summary = JsonMapper.builder().build().readTree(result.out());
        assertEquals(18, summary.get("variants").asInt());
        assertEquals(1, summary.get("counts").get("PASS").asInt());
        assertEquals(17, summary.get("counts").get("FAIL").asInt());
        assertEquals("R2", summary.get("columns").get(1).get("id").asString());
        assertEquals("hillStart", summary.get("columns").get(1).get("check").asString());
        JsonNode last = summary.get("rows").get(17);
        assertEquals("BUS-6300-CG66-6.5", last.get("variant").asString());
        assertEquals("24.38 °", last.get("cells").get(0).get("capability").asString());
        assertEquals("BUS-6300-CG66-6.5", last.get("reports").get(0).get("spec").asString());
    }

    @Test
    void htmlSummary_escapesVariantNames(@TempDir Path folder) throws IOException {
        Files.copy(Path.of("examples/specs/bus-16t.json"), folder.resolve("bus.json"));
        Path table = folder.resolve("range.csv");
        Files.writeString(table, HEADER + "<script>alert(1)</script>,bus.json,,,\n");
        Path report = folder.resolve("summary.html");
        Result result = ChassisCheck.runCaptured(table.toString(), "-r", PERCENT_READING, "--format", "html", "-o",
                report.toString());
        assertEquals(ChassisCheck.EXIT_FAIL, result.status(), result.err());
        String html = Files.readString(report);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("<td class=\"variant\" title=\"" + table
                + ":2\">&lt;script&gt;alert(1)&lt;/script&gt;</td>"), html);
        assertTrue(html.contains("<title>Variants checked: 1</title>"), html);
    }

    @Test
    void threeHundredVariants_allRun(@TempDir Path folder) throws IOException {
        Files.copy(Path.of("examples/specs/bus-16t.json"), folder.resolve("bus.json"));
        StringBuilder rows = new StringBuilder(HEADER);
        Random random = new Random(20261122L);
        double[] finalDrives = new double[300];
        for (int index = 0; index < 300; index++) {
            int wheelbase = 5000 + 10 * random.nextInt(150);
            finalDrives[index] = 4.5 + random.nextInt(250) / 100.0;
            rows.append("V").append(index).append(",bus.json,").append(wheelbase).append(" mm,")
                    .append(Math.round(wheelbase * 0.6)).append(" mm,").append(finalDrives[index]).append('\n');
        }
        Path table = folder.resolve("range.csv");
        Files.writeString(table, rows);
        Result result = ChassisCheck.runCaptured(table.toString(), "-r", PERCENT_READING, "--format", "json",
                "--no-progress");
        assertEquals(ChassisCheck.EXIT_FAIL, result.status(), result.err());
        assertEquals("", result.err());
        JsonNode summary = JsonMapper.builder().build().readTree(result.out());
        assertEquals(300, summary.get("rows").size());
        for (int index = 0; index < 300; index++) {
            // Engine-limited in gear 2: F = 800 × 5.0 × i_f × 0.90 / 0.50 = W (sin θ + 0.01 cos θ).
            double ratio = 800 * 5.0 * finalDrives[index] * 0.90 / 0.50 / (16000 * 9.80665);
            double expected = Math.toDegrees(Math.asin(ratio / Math.hypot(1, 0.01)) - Math.atan(0.01));
            JsonNode cell = summary.get("rows").get(index).get("cells").get(1);
            assertEquals(expected, Double.parseDouble(cell.get("capability").asString().replace(" °", "")), 0.006,
                    "variant V" + index);
        }
    }

    @Test
    void progress_isShownWhenAskedAndClearedAtTheEnd() {
        Result shown = ChassisCheck.runCaptured(RANGE, "-r", PERCENT_READING, "--progress");
        assertTrue(shown.err().startsWith("\r\u001b[Kchassis-check: checking 1 of 18"), shown.err());
        assertTrue(shown.err().contains("checking 18 of 18"), shown.err());
        assertTrue(shown.err().endsWith("\r\u001b[K"), shown.err());
        assertEquals("", ChassisCheck.runCaptured(RANGE, "-r", PERCENT_READING, "--no-progress").err());
    }

    @Test
    void severalSpecFiles_giveOneSummary() {
        Result result = ChassisCheck.runCaptured("examples/specs/bus-16t.json",
                "examples/specs/pickup-4x4-tipper.yaml", "-r", PERCENT_READING);
        assertTrue(result.out().startsWith("2 variants: FAIL\n"), result.out());
        // The same requirement is one column, whatever range the pickup's transfer case puts it in.
        assertTrue(result.out().contains("\n  R2  hill start, gear 2, 30 % (16.7°)"), result.out());
        assertFalse(result.out().contains("\n  R3"), result.out());
        assertTrue(line(result.out(), "  BUS-16T-5900").contains("FAIL 22.20°  FAIL 12.96°"), result.out());
    }
}
