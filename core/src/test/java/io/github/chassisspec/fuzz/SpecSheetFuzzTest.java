package io.github.chassisspec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.chassisspec.json.SheetException;
import io.github.chassisspec.json.SheetFormat;
import io.github.chassisspec.json.SpecSheet;
import io.github.chassisspec.json.SpecSheetReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the spec-sheet reader: any bytes either read into a spec, which then validates and evaluates against a
 * bundled profile to finite figures, or raise a {@link SheetException} located in the file; nothing else escapes,
 * nothing hangs.
 *
 * <p>{@code mvn test} runs the seeds in {@code SpecSheetFuzzTestInputs/<method>/} (the bundled examples) and every
 * finding saved there. {@code JAZZER_FUZZ=1 mvn -B -pl core test -Dtest='SpecSheetFuzzTest#jsonSheet'} fuzzes one
 * method for its {@code maxDuration}; a finding is saved next to the seeds and replays from then on.
 */
class SpecSheetFuzzTest {

    private static final SpecSheetReader READER = new SpecSheetReader();

    private static final List<OneValueChanged.Base> BASES = List.of(
            OneValueChanged.Base.of("bus-16t.json", FuzzChecks.bundledText(
                    "SpecSheetFuzzTestInputs/jsonSheet/bus-16t.json"), SheetFormat.JSON),
            OneValueChanged.Base.of("electric-light-truck-rhd.json", FuzzChecks.bundledText(
                    "SpecSheetFuzzTestInputs/jsonSheet/electric-light-truck-rhd.json"), SheetFormat.JSON),
            OneValueChanged.Base.of("pickup-4x4-tipper.yaml", FuzzChecks.bundledText(
                    "SpecSheetFuzzTestInputs/yamlSheet/pickup-4x4-tipper.yaml"), SheetFormat.YAML));

    /** Any bytes as a JSON sheet. */
    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void jsonSheet(byte[] input) {
        readAndCheck(input, "fuzzed.json", SheetFormat.JSON);
    }

    /** Any bytes as a YAML sheet. */
    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void yamlSheet(byte[] input) {
        readAndCheck(input, "fuzzed.yaml", SheetFormat.YAML);
    }

    /** A bundled sheet with one value changed: past the syntax, into binding, validation and physics. */
    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void bundledSheetWithOneValueChanged(FuzzedDataProvider data) {
        OneValueChanged changed = OneValueChanged.of(BASES, data);
        String source = changed.format() == SheetFormat.YAML ? "changed.yaml" : "changed.json";
        try {
            readAndCheck(changed.text().getBytes(StandardCharsets.UTF_8), source, changed.format());
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("with " + changed.change() + ": " + e, e);
        }
    }

    private static void readAndCheck(byte[] input, String source, SheetFormat format) {
        SpecSheet sheet;
        try {
            sheet = READER.readSheet(input, source, format);
        } catch (SheetException e) {
            FuzzChecks.assertLocated(e, source, new String(input, StandardCharsets.UTF_8));
            return;
        }
        FuzzChecks.assertValidatesAndEvaluates(sheet, new String(input, StandardCharsets.UTF_8));
    }
}
