package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.ReportJsonWriter;
import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SheetFormat;
import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.RandomVehicles;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.HtmlReport;
import io.github.chassisspec.report.MarkdownReport;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.TextReport;
import io.github.chassisspec.report.Verdict;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No NaN, infinity or negative capability reaches a report: random vehicles, complete or with parts left out (no
 * powertrain, no brake, no driven axle, no body...), against a random profile of every check with thresholds from easy
 * to impossible, rendered as text, Markdown, JSON and HTML (with charts) in English, French and Chinese.
 */
class ReportsPropertyTest {

    private static final SpecSheetReader SPECS = new SpecSheetReader();
    private static final RequirementProfileReader PROFILES = new RequirementProfileReader();
    /** What a non-finite double prints as in Java, JavaScript, JSON writers and SVG: never in a report. */
    private static final Pattern NOT_A_NUMBER = Pattern.compile("NaN|Infinity|∞");
    /** A capability in the JSON report: {@code "capability": "-1.2 °"} would be a negative one. */
    private static final Pattern JSON_CAPABILITY = Pattern.compile("\"capability\" ?: ?\"([^\"]*)\"");

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 200).mapToObj(index -> Arguments.of(140_000 + index));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void reports_neverShowNaNInfinityOrANegativeCapability(long seed) {
        RandomVehicles.Parameters vehicle = seed % 2 == 0 ? RandomVehicles.parameters(seed)
                : RandomVehicles.sparse(seed);
        String sheet = RandomVehicles.sheet(vehicle, RandomVehicles.mixedUnits(seed));
        ChassisSpec spec = SPECS.read(sheet, "random.json");
        int gears = vehicle.gearRatios() == null ? 1 : vehicle.gearRatios().length;
        String profileText = RandomProfiles.profile(seed, gears, !Double.isNaN(vehicle.transferHigh()),
                RandomVehicles.mixedUnits(~seed), RandomProfiles.SlopeNotation.values()[(int) (seed % 4)]);
        if (vehicle.gearRatios() == null) {
            // Without a powertrain no gear exists to name; hill start and gradeability then say NOT_EVALUATED.
            profileText = profileText.replaceAll(", \"gear\": \\d+", ", \"gear\": 1");
        }
        RequirementProfile profile = PROFILES.readSheet(profileText, "random-profile.json", SheetFormat.JSON).profile();
        ComplianceReport report = RequirementEvaluator.evaluate(spec, profile);
        String context = "\n" + sheet + "\n" + profileText;

        for (RequirementResult result : report.results()) {
            if (result.verdict() != Verdict.NOT_EVALUATED && result.capability() != null) {
                double capability = result.capability().value();
                assertTrue(Double.isFinite(capability) && capability >= 0,
                        result.check() + " capability " + capability + context);
            }
        }
        Locale locale = new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.CHINESE}[(int) (seed % 3)];
        String json = new ReportJsonWriter(locale).toJson(report);
        Map<String, String> renderings = Map.of(
                "text", TextReport.render(report, locale),
                "markdown", MarkdownReport.render(report, locale),
                "json", json,
                "html", HtmlReport.render(report, ReportCharts.of(spec, profile, report), locale));
        renderings.forEach((format, text) -> {
            Matcher found = NOT_A_NUMBER.matcher(text);
            assertFalse(found.find(), () -> format + " shows " + around(text, found.start()) + context);
        });
        Matcher capability = JSON_CAPABILITY.matcher(json);
        while (capability.find()) {
            assertFalse(capability.group(1).startsWith("-"), "capability " + capability.group(1) + context);
        }
    }

    private static String around(String text, int index) {
        return "…" + text.substring(Math.max(0, index - 120), Math.min(text.length(), index + 40)) + "…";
    }
}
