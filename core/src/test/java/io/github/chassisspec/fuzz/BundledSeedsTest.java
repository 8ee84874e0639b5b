package io.github.chassisspec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SheetFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fuzz tests' seeds start from the bundled examples, so they must stay copies of them. */
class BundledSeedsTest {

    /** Surefire runs in the module's folder; the examples are in the sibling module. */
    private static final Path EXAMPLES = Path.of("..", "examples", "specs");

    @ParameterizedTest
    @CsvSource({
            "bus-16t.json,                                SpecSheetFuzzTestInputs/jsonSheet/bus-16t.json",
            "electric-light-truck-rhd.json,               SpecSheetFuzzTestInputs/jsonSheet/electric-light-truck-rhd.json",
            "pickup-4x4-tipper.yaml,                      SpecSheetFuzzTestInputs/yamlSheet/pickup-4x4-tipper.yaml",
            "requirements/eu-city-bus.json,               RequirementProfileFuzzTestInputs/jsonProfile/eu-city-bus.json",
            "requirements/mediterranean-tender.json,      RequirementProfileFuzzTestInputs/jsonProfile/mediterranean-tender.json",
            "requirements/mediterranean-tender-percent.json, "
                    + "RequirementProfileFuzzTestInputs/jsonProfile/mediterranean-tender-percent.json"
    })
    void seed_isACopyOfTheBundledExample(String example, String seed) throws IOException {
        assertEquals(Files.readString(EXAMPLES.resolve(example), StandardCharsets.UTF_8), FuzzChecks.bundledText(seed),
                () -> seed + " differs from examples/specs/" + example + "; copy it again");
    }

    /** The hand-written YAML seeds are valid profiles, so fuzzing starts from inputs that reach evaluation. */
    @ParameterizedTest
    @ValueSource(strings = {"tender.yaml", "every-check.yaml"})
    void yamlProfileSeed_reads(String name) {
        String text = FuzzChecks.bundledText("RequirementProfileFuzzTestInputs/yamlProfile/" + name);
        new RequirementProfileReader().readSheet(text, name, SheetFormat.YAML);
    }
}
