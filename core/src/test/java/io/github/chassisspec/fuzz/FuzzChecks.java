package io.github.chassisspec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.chassisspec.json.ProfileSheet;
import io.github.chassisspec.json.ReportJsonWriter;
import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SheetException;
import io.github.chassisspec.json.SheetFormat;
import io.github.chassisspec.json.SheetLocation;
import io.github.chassisspec.json.SpecSheet;
import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.DirectionResult;
import io.github.chassisspec.report.Measure;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.TextReport;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementException;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.validation.SpecValidator;
import io.github.chassisspec.validation.SpecViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The properties every fuzz target checks: what a reader's error must carry, and that a spec or profile that reads
 * fine validates and evaluates to a report of finite figures without throwing.
 */
final class FuzzChecks {

    /** Errors about a file as a whole, which have no line: they are found before any parsing starts. */
    private static final Set<String> WHOLE_FILE_PROBLEMS = Set.of("is empty", "is encoded in UTF-16; save it as UTF-8",
            "is not valid UTF-8");

    /** What a stack trace or a library's own message shows, and a message for people must not. */
    private static final List<String> JAVA_INTERNALS = List.of("\tat ", "Exception", "java.", "tools.jackson",
            "org.snakeyaml", "tech.units", "io.github.chassisspec");

    /** Exception types that mean a bug in the library, whether they escape or hide inside a SheetException. */
    private static final List<Class<? extends Throwable>> PROGRAMMING_ERRORS = List.of(NullPointerException.class,
            IllegalStateException.class, ArithmeticException.class, IndexOutOfBoundsException.class,
            ClassCastException.class, UnsupportedOperationException.class, StackOverflowError.class);

    /** The bundled example sheets, read once: evaluated against every fuzzed profile that reads. */
    static final List<SpecSheet> BUNDLED_SPECS = List.of(
            bundledSpec("bus-16t.json", SheetFormat.JSON),
            bundledSpec("electric-light-truck-rhd.json", SheetFormat.JSON),
            bundledSpec("pickup-4x4-tipper.yaml", SheetFormat.YAML));

    /** The bundled example profiles, read once: every fuzzed spec that reads and validates is evaluated against them. */
    static final List<ProfileSheet> BUNDLED_PROFILES = List.of(
            bundledProfile("eu-city-bus.json"),
            bundledProfile("mediterranean-tender.json"),
            bundledProfile("mediterranean-tender-percent.json"));

    private FuzzChecks() {
    }

    /**
     * A reader's error names the source it was given, says what is wrong in one line without a stack trace or a
     * Java type, and has a line and column within the text unless it is about the file as a whole.
     */
    static void assertLocated(SheetException error, String source, String text) {
        if (!error.source().equals(source)) {
            // An error inside a pack file the profile includes names that file, at a line of it.
            assertTrue(error.location().isKnown(), () -> "an error in another file than " + source + " has no line: "
                    + error);
            assertNoProgrammingErrorInside(error);
            return;
        }
        assertTrue(error.getMessage().startsWith(source + ":"), () -> "message starts with the source: " + error);
        assertFalse(error.problem().isBlank(), () -> "problem is empty: " + error);
        assertTrue(error.pointer().isEmpty() || error.pointer().startsWith("/"), () -> "pointer: " + error);
        for (String internal : JAVA_INTERNALS) {
            assertFalse(error.problem().contains(internal) && !text.contains(internal),
                    () -> "the problem shows Java internals (" + internal + "): " + error.problem());
        }
        assertNoProgrammingErrorInside(error);
        SheetLocation location = error.location();
        if (location.isKnown()) {
            int lines = lineBreaks(text) + 1;
            assertTrue(location.line() <= lines && location.column() >= 1,
                    () -> "location " + location + " is outside the " + lines + " lines of the text: " + error);
        } else {
            assertTrue(error.pointer().isEmpty() && isWholeFileProblem(error.problem()),
                    () -> "an error inside the file has no line and column: " + error);
        }
    }

    /** The causes of a reported error are input problems, never a null pointer or another bug. */
    static void assertNoProgrammingErrorInside(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> type : PROGRAMMING_ERRORS) {
                if (type.isInstance(cause)) {
                    throw new AssertionError("a bug is hidden inside a reported error: " + error, error);
                }
            }
        }
    }

    /**
     * A spec that reads is validated, each violation at a line of the sheet; a consistent one is evaluated as
     * chassis-check does against one of the bundled profiles, chosen by the input so that a finding replays, and the
     * report must show finite figures. (One profile, not all: evaluation dominates the time of an execution.)
     */
    static void assertValidatesAndEvaluates(SpecSheet sheet, String input) {
        ChassisSpec spec = sheet.spec();
        List<SpecViolation> violations = SpecValidator.validate(spec);
        for (SpecViolation violation : violations) {
            assertTrue(sheet.locationOf(violation.pointer()).isKnown(), () -> "no line for " + violation);
            assertFinite(violation.toString(), "violation", input);
        }
        if (!violations.isEmpty()) {
            return;
        }
        assertEvaluates(spec, BUNDLED_PROFILES.get(Math.floorMod(input.hashCode(), BUNDLED_PROFILES.size())), input);
    }

    /** Evaluates, or fails with a RequirementException the profile can locate at a line; input is the fuzzed text. */
    static void assertEvaluates(ChassisSpec spec, ProfileSheet profile, String input) {
        ComplianceReport report;
        try {
            report = RequirementEvaluator.evaluate(spec, profile.profile());
        } catch (RequirementException e) {
            SheetException located = profile.locate(e);
            assertTrue(located.location().isKnown(), () -> "a requirement error without a line: " + located);
            return;
        }
        assertFiniteReport(report, profile.profile(), input);
    }

    private static void assertFiniteReport(ComplianceReport report, RequirementProfile profile, String input) {
        assertEquals(report.results().size() + report.notes().size(), profile.entries().size(),
                "every requirement is either evaluated or noted as not applying");
        for (RequirementResult result : report.results()) {
            assertFiniteResult(result);
        }
        assertFinite(new ReportJsonWriter().toJson(report), "JSON report", input);
        assertFinite(TextReport.render(report), "text report", input);
    }

    private static void assertFiniteResult(RequirementResult result) {
        assertFiniteMeasure(result.required(), result);
        assertFiniteMeasure(result.capability(), result);
        assertFiniteMeasure(result.margin(), result);
        for (DirectionResult direction : result.directions()) {
            assertTrue(Double.isFinite(direction.capabilityDegrees()), () -> result.check() + " shows " + direction);
        }
        if (result.ifPercentWasMeant() != null) {
            assertFiniteResult(result.ifPercentWasMeant());
        }
    }

    private static void assertFiniteMeasure(Measure measure, RequirementResult result) {
        if (measure != null) {
            assertTrue(Double.isFinite(measure.value()), () -> result.check() + " shows " + measure.value());
        }
    }

    /** Text meant for people never shows a non-finite number, unless it echoes the input's own words (a name). */
    static void assertFinite(String text, String what, String input) {
        for (String word : List.of("NaN", "Infinity", "∞")) {
            if (text.contains(word) && !input.contains(word)) {
                fail(what + " shows " + word + ":\n" + text);
            }
        }
    }

    private static boolean isWholeFileProblem(String problem) {
        return WHOLE_FILE_PROBLEMS.contains(problem) || problem.matches("is [0-9.]+ (bytes|KiB|MiB), larger than .*");
    }

    /** Line breaks as JSON and YAML parsers count them, each counted once at most; an upper bound for a line. */
    private static int lineBreaks(String text) {
        int count = 0;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character == '\n' || character == '\r' || character == '\u0085' || character == '\u2028'
                    || character == '\u2029') {
                count++;
            }
        }
        return count;
    }

    /** A bundled example, from the seed corpus of the spec-sheet fuzz test (BundledSeedsTest keeps it equal). */
    static String bundledText(String resource) {
        try (InputStream input = FuzzChecks.class.getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProfileSheet bundledProfile(String name) {
        return new RequirementProfileReader().readSheet(
                bundledText("RequirementProfileFuzzTestInputs/jsonProfile/" + name), name, SheetFormat.JSON);
    }

    private static SpecSheet bundledSpec(String name, SheetFormat format) {
        String folder = format == SheetFormat.YAML ? "SpecSheetFuzzTestInputs/yamlSheet/" : "SpecSheetFuzzTestInputs/jsonSheet/";
        return new SpecSheetReader().readSheet(bundledText(folder + name), name, format);
    }
}
