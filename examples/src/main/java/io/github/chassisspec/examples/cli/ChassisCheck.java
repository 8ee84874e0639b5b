package io.github.chassisspec.examples.cli;

import io.github.chassisspec.json.ProfileSheet;
import io.github.chassisspec.json.ReportJsonWriter;
import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SheetException;
import io.github.chassisspec.json.SheetLocation;
import io.github.chassisspec.json.SpecSheet;
import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.MarkdownReport;
import io.github.chassisspec.report.TextReport;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementException;
import io.github.chassisspec.validation.SpecValidator;
import io.github.chassisspec.validation.SpecViolation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chassis-check}: reads chassis spec sheets and checks them (FORMAT.md §4).
 *
 * <p>With {@code --requirements} it evaluates each consistent spec against each profile and prints a compliance
 * report per pair: per requirement the verdict, capability, margin and what limits. Without, it checks each spec's
 * own consistency and prints a summary. A user error is one line on standard error, never a stack trace.
 */
@Command(name = "chassis-check",
        mixinStandardHelpOptions = true,
        versionProvider = ChassisCheck.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Reads chassis spec sheets (chassis-spec/1, JSON or YAML), checks that each one is consistent and,",
            "with --requirements, evaluates it against requirement profiles (chassis-requirements/1): parking hold",
            "and hill start on a slope, each with its capability, margin and limiting factor."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every spec is consistent and every requirement passes",
            "1:at least one requirement fails",
            "2:an input could not be read or is invalid (named with file, line and column)",
            "3:a requirement could not be evaluated for missing data, and none failed",
            "4:an internal error, which is a bug: please report it"})
public final class ChassisCheck implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_FAIL = 1;
    static final int EXIT_INVALID_INPUT = 2;
    static final int EXIT_NOT_EVALUATED = 3;
    static final int EXIT_INTERNAL_ERROR = 4;

    /** Kept so that the logging configuration is not collected away. */
    private static final Logger HIBERNATE_VALIDATOR_LOGGER = Logger.getLogger("org.hibernate.validator");

    /** The report formats of the command line. */
    enum OutputFormat { TEXT, JSON, MARKDOWN }

    @Parameters(paramLabel = "SPEC", arity = "0..*",
            description = "Spec sheet files (.json, .yaml, .yml) or folders of them.")
    private List<Path> specs = new ArrayList<>();

    @Option(names = "--list-packs", description = "List the built-in rule packs, their figures and sources, and exit.")
    private boolean listPacks;

    @Option(names = {"-r", "--requirements"}, paramLabel = "PROFILE",
            description = "A requirement profile to evaluate every spec against; may be given more than once.")
    private List<Path> profiles = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json or markdown (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    private Path output;

    private PrintWriter out;
    private PrintWriter err;

    public static void main(String[] arguments) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(arguments, out, err));
    }

    /** Runs the command with the given streams and returns its exit status; for tests and embedding. */
    static int run(String[] arguments, PrintWriter out, PrintWriter err) {
        // Hibernate Validator announces its version at INFO; a command line's output is its report only.
        HIBERNATE_VALIDATOR_LOGGER.setLevel(Level.WARNING);
        ChassisCheck command = new ChassisCheck();
        command.out = out;
        command.err = err;
        CommandLine commandLine = new CommandLine(command)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((exception, line) -> {
                    err.println("chassis-check: " + exception.getMessage() + " (see chassis-check --help)");
                    err.flush();
                    return EXIT_INVALID_INPUT;
                })
                .setExecutionExceptionHandler((exception, line, parseResult) -> {
                    err.println("chassis-check: internal error: " + exception
                            + " (this is a bug in chassis-check; please report it with the input that caused it)");
                    err.flush();
                    return EXIT_INTERNAL_ERROR;
                });
        int status = commandLine.execute(arguments);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public Integer call() {
        if (listPacks) {
            out.print(PackList.render());
            out.flush();
            return EXIT_OK;
        }
        if (specs.isEmpty()) {
            err.println("chassis-check: Missing required parameter: 'SPEC' (see chassis-check --help)");
            return EXIT_INVALID_INPUT;
        }
        List<ProfileSheet> profileSheets = new ArrayList<>();
        RequirementProfileReader profileReader = new RequirementProfileReader();
        boolean inputError = false;
        for (Path profile : profiles) {
            try {
                profileSheets.add(profileReader.readSheet(profile));
            } catch (SheetException e) {
                err.println("chassis-check: " + e.getMessage());
                inputError = true;
            }
        }
        if (inputError) {
            return EXIT_INVALID_INPUT;
        }
        SpecReading reading = readSpecs();
        List<SpecCheck> checks = reading.checks();
        inputError = reading.unusableArgument();
        if (profileSheets.isEmpty()) {
            String report = format == OutputFormat.JSON ? JsonReport.render(checks) : renderText(checks);
            if (!writeReport(report)) {
                return EXIT_INVALID_INPUT;
            }
            boolean allConsistent = checks.stream().allMatch(SpecCheck::isConsistent);
            return inputError || !allConsistent ? EXIT_INVALID_INPUT : EXIT_OK;
        }
        List<ComplianceReport> reports = new ArrayList<>();
        for (SpecCheck check : checks) {
            if (!check.isReadable()) {
                inputError = true;
                continue;
            }
            if (!check.isConsistent()) {
                inputError = true;
                for (SpecViolation violation : check.violations()) {
                    err.println("chassis-check: " + check.sheet().locate(violation));
                }
                continue;
            }
            for (ProfileSheet profile : profileSheets) {
                try {
                    reports.add(RequirementEvaluator.evaluate(check.sheet().spec(), profile.profile()));
                } catch (RequirementException e) {
                    err.println("chassis-check: " + profile.locate(e).getMessage() + " (for "
                            + check.sheet().spec().id() + " in " + check.source() + ")");
                    inputError = true;
                }
            }
        }
        if (!writeReport(renderReports(reports))) {
            return EXIT_INVALID_INPUT;
        }
        if (inputError) {
            return EXIT_INVALID_INPUT;
        }
        Verdict overall = Verdict.overall(reports.stream().map(ComplianceReport::verdict).toList());
        return switch (overall) {
            case FAIL -> EXIT_FAIL;
            case NOT_EVALUATED -> EXIT_NOT_EVALUATED;
            case PASS -> EXIT_OK;
        };
    }

    /** The specs read, and whether an argument named nothing readable at all, such as an empty folder. */
    private record SpecReading(List<SpecCheck> checks, boolean unusableArgument) {
    }

    private SpecReading readSpecs() {
        SpecSheetReader reader = new SpecSheetReader();
        List<SpecCheck> checks = new ArrayList<>();
        boolean unusableArgument = false;
        for (Path argument : specs) {
            List<Path> files;
            try {
                files = specFiles(argument);
            } catch (SheetException e) {
                err.println("chassis-check: " + e.getMessage());
                unusableArgument = true;
                continue;
            }
            for (Path file : files) {
                try {
                    SpecSheet sheet = reader.readSheet(file);
                    checks.add(SpecCheck.read(sheet, SpecValidator.validate(sheet.spec())));
                } catch (SheetException e) {
                    err.println("chassis-check: " + e.getMessage());
                    checks.add(SpecCheck.unreadable(file.toString(), e));
                }
            }
        }
        return new SpecReading(checks, unusableArgument);
    }

    private String renderReports(List<ComplianceReport> reports) {
        if (format == OutputFormat.JSON) {
            return reports.isEmpty() ? "" : new ReportJsonWriter().toJson(reports);
        }
        StringBuilder text = new StringBuilder();
        for (ComplianceReport report : reports) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(format == OutputFormat.MARKDOWN ? MarkdownReport.render(report) : TextReport.render(report));
        }
        return text.toString();
    }

    private static String renderText(List<SpecCheck> checks) {
        StringBuilder text = new StringBuilder();
        for (SpecCheck check : checks) {
            if (!check.isReadable()) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(SpecSummary.render(check));
        }
        return text.toString();
    }

    private boolean writeReport(String report) {
        if (output == null) {
            out.print(report);
            out.flush();
            return true;
        }
        try {
            Files.writeString(output, report, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println("chassis-check: " + output + ": cannot write the report: " + e.getMessage());
            return false;
        }
    }

    /** The spec files an argument names: the file itself, or a folder's .json, .yaml and .yml files by name. */
    static List<Path> specFiles(Path argument) {
        if (!Files.isDirectory(argument)) {
            return List.of(argument);
        }
        try (Stream<Path> entries = Files.list(argument)) {
            List<Path> files = entries
                    .filter(Files::isRegularFile)
                    .filter(path -> {
                        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new SheetException(argument.toString(), "", SheetLocation.UNKNOWN,
                        "is a folder without spec sheets (.json, .yaml, .yml)");
            }
            return files;
        } catch (IOException e) {
            throw new SheetException(argument.toString(), "", SheetLocation.UNKNOWN,
                    "cannot be listed: " + e.getMessage());
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ChassisCheck.class.getPackage().getImplementationVersion();
            return new String[] {"chassis-check " + (version == null ? "(development build)" : version)};
        }
    }

    /** For tests: runs with captured streams. */
    static Result runCaptured(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = run(arguments, new PrintWriter(out), new PrintWriter(err));
        return new Result(status, out.toString(), err.toString());
    }

    /** Exit status and what was printed. */
    record Result(int status, String out, String err) {
    }
}
