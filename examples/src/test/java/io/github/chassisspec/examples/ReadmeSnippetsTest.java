package io.github.chassisspec.examples;

import static io.github.chassisspec.assertions.ChassisAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.SheetLocation;
import io.github.chassisspec.json.SheetOverride;
import io.github.chassisspec.json.SpecSheet;
import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.json.SpecSheetWriter;
import io.github.chassisspec.json.VariantBase;
import io.github.chassisspec.json.VariantSheet;
import io.github.chassisspec.model.CentreOfGravity;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.LoadCase;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.report.Chart;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.HtmlReport;
import io.github.chassisspec.report.Measure;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.TextReport;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.requirements.Depth;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.ReportCharts;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.requirements.Sweep;
import io.github.chassisspec.requirements.SweepSummary;
import io.github.chassisspec.units.ChassisUnits;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import io.github.chassisspec.validation.HoldsOnSlope;
import io.github.chassisspec.validation.QuantityRange;
import io.github.chassisspec.validation.StartsOnSlope;
import io.github.chassisspec.validation.SpecValidator;
import io.github.chassisspec.validation.SpecViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.measure.Quantity;
import javax.measure.quantity.Length;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;

/**
 * Keeps the README's Java snippets honest: each snippet is the text between {@code // tag::} and
 * {@code // end::} below, compiled and run here, and must appear verbatim in a java block of README.md.
 */
class ReadmeSnippetsTest {

    @Test
    void readAndValidate() {
        // tag::read-and-validate[]
        SpecSheetReader reader = new SpecSheetReader();
        SpecSheet sheet = reader.readSheet(Path.of("examples/specs/bus-16t.json"));
        ChassisSpec bus = sheet.spec();
        List<SpecViolation> violations = SpecValidator.validate(bus);
        violations.forEach(violation -> System.out.println(sheet.locate(violation))); // none for the bus
        boolean valid = SpecValidator.isValid(bus);                     // true: no messages to write
        Quantity<Length> wheelbase = bus.effectiveWheelbase();          // 5.9 m
        Quantity<Length> a = bus.centreOfGravityBehindFrontGroup("laden"); // 3.54 m
        // end::read-and-validate[]
        assertEquals(List.of(), violations);
        assertTrue(valid);
        assertEquals(5.9, SiValues.of(wheelbase));
        assertEquals(3.54, SiValues.of(a), 1e-12);
    }

    @Test
    void quantitiesAndSlopes() {
        // tag::quantities-and-slopes[]
        Quantity<Length> track = QuantityFormat.parse("1830 mm", Length.class);
        double metres = SiValues.of(track);                   // 1.83, in every locale
        String written = QuantityFormat.format(track);        // "1830 mm"
        Slope grade = Slope.parse("45 %");
        String shown = grade.toString();                      // "45 % (24.2°)"
        boolean same = Slope.ofDegrees(45).equals(Slope.ofPercent(100)); // true: 45° is a 100 % grade
        // end::quantities-and-slopes[]
        assertEquals(1.83, metres);
        assertEquals("1830 mm", written);
        assertEquals("45 % (24.2°)", shown);
        assertTrue(same);
    }

    @Test
    void variantsAndWriting() {
        ChassisSpec bus = new SpecSheetReader().read(Path.of("examples/specs/bus-16t.json"));
        // tag::variants-and-writing[]
        ChassisSpec heavier = bus.withLoadCase("laden", LoadCase.of(
                Quantities.getQuantity(17, ChassisUnits.TONNE),
                CentreOfGravity.at(Quantities.getQuantity(3.6, ChassisUnits.METRE),
                        Quantities.getQuantity(1350, ChassisUnits.MILLIMETRE))));
        String yaml = new SpecSheetWriter().toYaml(heavier);  // canonical units: "17000 kg", "3600 mm"
        // end::variants-and-writing[]
        assertTrue(yaml.contains("mass: \"17000 kg\""), yaml);
        assertTrue(yaml.contains("position: \"3600 mm\""), yaml);
        assertEquals(heavier, new SpecSheetReader().read(yaml, "heavier.yaml"));
    }

    @Test
    void htmlReportInChinese() throws IOException {
        ChassisSpec bus = new SpecSheetReader().read(Path.of("examples/specs/bus-16t.json"));
        RequirementProfile tender = RequirementProfile.named("Mediterranean city bus tender").adhesion(0.8)
                .require(ParkingHoldRequirement.of(Slope.parse("45 %"))).build();
        Path folder = Files.createTempDirectory("readme-html");
        // tag::html-report[]
        ComplianceReport report = RequirementEvaluator.evaluate(bus, tender);
        List<Chart> charts = ReportCharts.of(bus, tender, report);  // parking vs adhesion, hill start per gear, axle loads
        String html = HtmlReport.render(report, charts, Locale.SIMPLIFIED_CHINESE);
        Files.writeString(folder.resolve("bus-zh.html"), html);
        String text = TextReport.render(report, Locale.FRENCH);     // figures keep their '.' decimal point
        List<SpecViolation> inChinese = SpecValidator.validate(bus, Locale.SIMPLIFIED_CHINESE);
        // end::html-report[]
        assertTrue(html.contains("<html lang=\"zh-Hans\">"), html);
        assertEquals(2, charts.size());
        assertTrue(text.contains("22.2° (40.8 %)"), text);
        assertEquals(List.of(), inChinese);
    }

    @Test
    void sweep() {
        ChassisSpec bus = new SpecSheetReader().read(Path.of("examples/specs/bus-16t.json"));
        // tag::sweep[]
        RequirementProfile start = RequirementProfile.named("start on 30 %").adhesion(0.8)
                .require(HillStartRequirement.of(Slope.parse("30 %"), 2)).build();
        Sweep sweep = Sweep.of(bus, start).payloadSteps(20).finalDrives(4.1, 5.1, 6.5).build();
        SweepSummary summary = sweep.summarise();
        for (SweepSummary.Frontier frontier : summary.frontier()) {
            System.out.println(frontier.finalDrive() + ": " + (frontier.anyPasses()
                    ? frontier.largestMassKg() + " kg" : "none passes")); // 4.1: none passes, 5.1: 12425.0 kg, 6.5: 16000.0 kg
        }
        // end::sweep[]
        // m_max = 1440 × 5.0 × i_f / (9.80665 × 0.296926) kg: 10138, 12611, 16072 → on the 275 kg grid of payload:
        // none above 10500, 10500 + 7 × 275 = 12425, and the full 16000.
        assertFalse(summary.frontier().get(0).anyPasses());
        assertTrue(Double.isNaN(summary.frontier().get(0).largestMassKg()));
        assertEquals(12425.0, summary.frontier().get(1).largestMassKg(), 1e-9);
        assertEquals(16000.0, summary.frontier().get(2).largestMassKg(), 1e-9);
    }

    @Test
    void variantsOfABase() {
        // tag::variants[]
        VariantBase base = VariantBase.read(Path.of("examples/specs/bus-16t.json"));
        VariantSheet longer = base.variant(List.of(
                new SheetOverride("axles[1].position", "6300 mm", "my-range.csv", new SheetLocation(2, 17)),
                new SheetOverride("powertrain.finalDrive", "6.5", "my-range.csv", new SheetLocation(2, 25))));
        ChassisSpec variant = longer.sheet().spec();
        // A violation of an overridden value is located in the table ("my-range.csv:2:17: ..."), others in the base.
        SpecValidator.validate(variant).forEach(violation -> System.out.println(longer.locate(violation)));
        // end::variants[]
        assertEquals(6.3, SiValues.of(variant.effectiveWheelbase()), 1e-12);
        assertEquals(6.5, variant.powertrain().finalDrive(), 1e-12);
    }

    @Test
    void evaluateRequirements() {
        ChassisSpec bus = new SpecSheetReader().read(Path.of("examples/specs/bus-16t.json"));
        // tag::evaluate-requirements[]
        RequirementProfile tender = RequirementProfile.named("Mediterranean city bus tender")
                .adhesion(0.8)
                .require(ParkingHoldRequirement.of(Slope.parse("45 %")).facing(Facing.BOTH))
                .require(HillStartRequirement.of(Slope.parse("30 %"), 2))
                .build();
        ComplianceReport report = RequirementEvaluator.evaluate(bus, tender);
        RequirementResult parking = report.results().get(0);
        parking.verdict();           // FAIL
        parking.capability();        // 22.2 °, facing downhill
        parking.limitedBy();         // ADHESION
        Measure braking = (Measure) parking.details().get("brakingForceNeeded");
        braking.value();             // 64388.8, in braking.unit() "N": 16000 kg · 9.80665 m/s² · sin 24.23°
        String table = TextReport.render(report);
        // end::evaluate-requirements[]
        assertEquals(Verdict.FAIL, parking.verdict());
        assertEquals(22.2, parking.capability().value(), 0.05);
        assertEquals(Facing.DOWNHILL, parking.governingFacing());
        assertEquals(LimitingFactor.ADHESION, parking.limitedBy());
        // 45 % is tan θ = 0.45, so sin θ = 0.45 / √(1 + 0.45²) = 0.41036; 16000 · 9.80665 · 0.41036 = 64388.8 N.
        assertEquals("N", braking.unit());
        assertEquals(16000 * 9.80665 * 0.45 / Math.sqrt(1 + 0.45 * 0.45), braking.value(), 1e-6);
        assertEquals("64389 N", braking.text());
        assertTrue(table.startsWith("BUS-16T-5900 against \"Mediterranean city bus tender\": FAIL\n"), table);
    }

    @Test
    void verdictsOnly() {
        ChassisSpec bus = new SpecSheetReader().read(Path.of("examples/specs/bus-16t.json"));
        RequirementProfile tender = RequirementProfile.named("tender").adhesion(0.8)
                .require(ParkingHoldRequirement.of(Slope.parse("45 %")).facing(Facing.BOTH)).build();
        // tag::verdicts-only[]
        ComplianceReport quick = RequirementEvaluator.evaluate(bus, tender, Depth.VERDICT_AND_CAPABILITY);
        RequirementResult hold = quick.results().get(0);
        hold.verdict();              // FAIL, at 22.2 ° as before
        hold.remedies();             // empty: "what would it take" is left out
        // end::verdicts-only[]
        assertEquals(Verdict.FAIL, hold.verdict());
        assertEquals(22.2, hold.capability().value(), 0.05);
        assertEquals(List.of(), hold.remedies());
        assertFalse(RequirementEvaluator.evaluate(bus, tender).results().get(0).remedies().isEmpty());
    }

    // tag::constraints[]
    record TrailerCoupling(
            @QuantityRange(min = "1.0 m", max = "2.6 m") Quantity<Length> track) {
    }
    // end::constraints[]

    @Test
    void constraints() {
        var violations = SpecValidator.validator().validate(
                new TrailerCoupling(Quantities.getQuantity(900, ChassisUnits.MILLIMETRE)));
        assertEquals("must be between 1.0 m and 2.6 m but was 0.9 m", violations.iterator().next().getMessage());
    }

    // tag::slope-constraints[]
    record Offer(
            @HoldsOnSlope(value = "18 %", facing = Facing.BOTH)
            @StartsOnSlope(value = "12 %", gear = 1)
            ChassisSpec chassis) {
    }
    // end::slope-constraints[]

    @Test
    void slopeConstraints() {
        ChassisSpec bus = new SpecSheetReader().read(Path.of("examples/specs/bus-16t.json"));
        assertEquals(0, SpecValidator.validator().validate(new Offer(bus)).size());
    }

    @Test
    void assertionsInATest() {
        ChassisSpec spec = new SpecSheetReader().read(Path.of("examples/specs/bus-16t.json"));
        RequirementProfile profile = RequirementProfile.named("EU figures")
                .require(ParkingHoldRequirement.of(Slope.ofPercent(18)))
                .require(HillStartRequirement.of(Slope.ofPercent(12), 1))
                .build();
        // tag::assertions[]
        assertThat(spec).holdsOn(Slope.ofPercent(18)).facingBoth().atLoad("laden");
        assertThat(spec).startsOn(Slope.ofPercent(12)).inGear(1);
        assertThat(spec).meets(profile);
        // end::assertions[]
    }

    @Test
    void readme_showsEachSnippetVerbatim() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String source = Files.readString(
                Path.of("examples/src/test/java/io/github/chassisspec/examples/ReadmeSnippetsTest.java"));
        Matcher tags = Pattern.compile("// tag::([a-z-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL)
                .matcher(source);
        int count = 0;
        while (tags.find()) {
            String snippet = dedent(tags.group(2));
            assertTrue(readme.contains("```java\n" + snippet + "\n```"),
                    "README.md lacks the snippet " + tags.group(1) + ":\n" + snippet);
            count++;
        }
        assertEquals(11, count);
    }

    private static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(line -> line.length() >= indent ? line.substring(indent) : line)
                .toList());
    }
}
