package io.github.chassisspec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.chassisspec.json.ProfileSheet;
import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.RulePacks;
import io.github.chassisspec.json.SheetException;
import io.github.chassisspec.json.SheetFormat;
import io.github.chassisspec.json.SpecSheet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the requirement-profile reader: any text either reads into a profile, which then evaluates against the
 * bundled sheets to finite figures (or to a requirement error the profile locates at a line), or raises a
 * {@link SheetException} located in the file; nothing else escapes, nothing hangs.
 *
 * <p>{@code mvn test} runs the seeds in {@code RequirementProfileFuzzTestInputs/<method>/} and every finding saved
 * there; {@code JAZZER_FUZZ=1 mvn -B -pl core test -Dtest='RequirementProfileFuzzTest#jsonProfile'} fuzzes one
 * method for its {@code maxDuration}.
 */
class RequirementProfileFuzzTest {

    private static final RequirementProfileReader READER = new RequirementProfileReader();

    /** The bundled example profiles and every built-in rule pack's text. */
    private static final List<OneValueChanged.Base> BASES = bases();

    /** Any bytes, read as UTF-8, as a JSON profile. */
    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void jsonProfile(byte[] input) {
        readAndCheck(new String(input, StandardCharsets.UTF_8), "fuzzed.json", SheetFormat.JSON);
    }

    /** Any bytes, read as UTF-8, as a YAML profile. */
    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void yamlProfile(byte[] input) {
        readAndCheck(new String(input, StandardCharsets.UTF_8), "fuzzed.yaml", SheetFormat.YAML);
    }

    /** A bundled profile or rule pack with one value changed: past the syntax, into binding and evaluation. */
    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void bundledProfileWithOneValueChanged(FuzzedDataProvider data) {
        OneValueChanged changed = OneValueChanged.of(BASES, data);
        String source = changed.format() == SheetFormat.YAML ? "changed.yaml" : "changed.json";
        try {
            readAndCheck(changed.text(), source, changed.format());
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("with " + changed.change() + ": " + e, e);
        }
    }

    private static void readAndCheck(String text, String source, SheetFormat format) {
        ProfileSheet profile;
        try {
            profile = READER.readSheet(text, source, format);
        } catch (SheetException e) {
            FuzzChecks.assertLocated(e, source, text);
            return;
        }
        for (SpecSheet sheet : FuzzChecks.BUNDLED_SPECS) {
            FuzzChecks.assertEvaluates(sheet.spec(), profile, text);
        }
    }

    private static List<OneValueChanged.Base> bases() {
        List<OneValueChanged.Base> bases = new ArrayList<>();
        for (String name : List.of("eu-city-bus.json", "mediterranean-tender.json", "mediterranean-tender-percent.json")) {
            bases.add(OneValueChanged.Base.of(name, FuzzChecks.bundledText("RequirementProfileFuzzTestInputs/jsonProfile/"
                    + name), SheetFormat.JSON));
        }
        for (String pack : RulePacks.names()) {
            bases.add(OneValueChanged.Base.of(pack + ".json", RulePacks.text(pack), SheetFormat.JSON));
        }
        return List.copyOf(bases);
    }
}
