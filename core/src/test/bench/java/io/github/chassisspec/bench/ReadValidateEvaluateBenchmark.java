package io.github.chassisspec.bench;

import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SheetFormat;
import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.requirements.Depth;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.validation.SpecValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One spec sheet from bytes to a compliance report — {@code SpecSheetReader.readSheet} of
 * {@code examples/specs/bus-16t.json} (about 2.7 KB), {@code SpecValidator.validate}, and
 * {@code RequirementEvaluator.evaluate} against {@code requirements/mediterranean-tender-percent.json} (read once) —
 * measured in {@link #readValidateEvaluate} (to verdicts and capabilities) against the baseline
 * {@link #jacksonReadTree}, Jackson 3 reading the same bytes into a tree with no quantity handling. Target (DESIGN.md,
 * Quality bar): within 3× of the baseline. {@link #readValidateEvaluateFull} adds "what would it take", for
 * comparison.
 *
 * <p>{@link #readOnly}, {@link #validateOnly} and {@link #evaluateOnly} split the library's time by stage; they have
 * no target of their own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadValidateEvaluateBenchmark {

    private static final String SOURCE_NAME = "bus-16t.json";

    private byte[] content;
    private SpecSheetReader reader;
    private JsonMapper mapper;
    private RequirementProfile profile;
    private ChassisSpec spec;

    @Setup
    public void setUp() throws IOException {
        content = Files.readAllBytes(ExampleFiles.specFile(SOURCE_NAME));
        // Both sides reuse their configured reader, as an application does.
        reader = new SpecSheetReader();
        mapper = JsonMapper.builder().build();
        Path profileFile = ExampleFiles.specFile("requirements/mediterranean-tender-percent.json");
        profile = new RequirementProfileReader().read(profileFile);
        spec = reader.readSheet(content, SOURCE_NAME, SheetFormat.JSON).spec();
        // The bus must be consistent and the profile must apply, or the evaluation would be cut short.
        if (!SpecValidator.validate(spec).isEmpty() || RequirementEvaluator.evaluate(spec, profile).results().size()
                != profile.entries().size()) {
            throw new IllegalStateException("the bus must validate and every requirement of the profile must apply");
        }
    }

    /** The library from bytes to verdicts and capabilities, as a configurator or optimiser asks for them. */
    @Benchmark
    public ComplianceReport readValidateEvaluate() {
        return readValidateEvaluate(Depth.VERDICT_AND_CAPABILITY);
    }

    /** The library from bytes to the full report, "what would it take" included, as chassis-check prints it. */
    @Benchmark
    public ComplianceReport readValidateEvaluateFull() {
        return readValidateEvaluate(Depth.FULL);
    }

    private ComplianceReport readValidateEvaluate(Depth depth) {
        ChassisSpec read = reader.readSheet(content, SOURCE_NAME, SheetFormat.JSON).spec();
        if (!SpecValidator.validate(read).isEmpty()) {
            throw new IllegalStateException("the bus no longer validates");
        }
        return RequirementEvaluator.evaluate(read, profile, depth);
    }

    /** Baseline: Jackson reads the same bytes into a tree. */
    @Benchmark
    public JsonNode jacksonReadTree() {
        return mapper.readTree(content);
    }

    /** Stage 1 of the library: the bytes to a model. */
    @Benchmark
    public ChassisSpec readOnly() {
        return reader.readSheet(content, SOURCE_NAME, SheetFormat.JSON).spec();
    }

    /** Stage 2 of the library: validating a model read once. */
    @Benchmark
    public void validateOnly(Blackhole blackhole) {
        blackhole.consume(SpecValidator.validate(spec));
    }

    /** Stage 3 of the library: evaluating the profile on a model read once, verdicts and capabilities. */
    @Benchmark
    public ComplianceReport evaluateOnly() {
        return RequirementEvaluator.evaluate(spec, profile, Depth.VERDICT_AND_CAPABILITY);
    }
}
