package io.github.chassisspec.examples.cli;

import io.github.chassisspec.json.ProfileSheet;
import io.github.chassisspec.json.ReportJsonWriter;
import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SheetException;
import io.github.chassisspec.json.SheetLocation;
import io.github.chassisspec.json.SpecSheet;
import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.report.BatchSummary;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.HtmlReport;
import io.github.chassisspec.report.MarkdownReport;
import io.github.chassisspec.report.TextReport;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.requirements.ReportCharts;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementException;
import io.github.chassisspec.validation.SpecValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

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
            "and hill start on a slope, each with its capability, margin and limiting factor. Several specs, a",
            "folder or a CSV table of variants give one summary table: variants down, requirements across."},
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

    /** Kept so that the logging configuration is not collected away; built on first use, as starting logging is slow. */
    private static final class HibernateValidatorLogging {
        static final Logger LOGGER = Logger.getLogger("org.hibernate.validator");
    }

    /** The report formats of the command line. */
    enum OutputFormat { TEXT, JSON, MARKDOWN, HTML }

    /** The report languages; figures use a '.' decimal point in every one. */
    enum Language {
        EN(Locale.ENGLISH), ZH(Locale.SIMPLIFIED_CHINESE), FR(Locale.FRENCH);

        final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }
    }

    /** Progress is worth showing from this many variants on; fewer finish before a person looks. */
    static final int PROGRESS_FROM = 20;

    @Parameters(paramLabel = "SPEC", arity = "0..*",
            description = "Spec sheet files (.json, .yaml, .yml), folders of them, or CSV tables of variants (.csv).")
    private List<Path> specs = new ArrayList<>();

    @Option(names = "--list-packs", description = "List the built-in rule packs, their figures and sources, and exit.")
    private boolean listPacks;

    @Option(names = {"-r", "--requirements"}, paramLabel = "PROFILE",
            description = "A requirement profile to evaluate every spec against; may be given more than once.")
    private List<Path> profiles = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json, markdown or html (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Report language: en, zh (Simplified Chinese) or fr (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on standard error while checking many variants (default: when on a terminal).")
    private Boolean progress;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    private Path output;

    private static final Set<String> INSTANT_OPTIONS = Set.of("-h", "--help", "-V", "--version", "--list-packs");

    private PrintWriter out;
    private PrintWriter err;

    public static void main(String[] arguments) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(arguments, out, err));
    }

    /** Runs the command with the given streams and returns its exit status; for tests and embedding. */
    static int run(String[] arguments, PrintWriter out, PrintWriter err) {
        if (willValidate(arguments)) {
            // Overlapped with parsing the command line and reading; Hibernate Validator starts only for a spec that
            // breaks a rule, so it is not started here.
            SpecValidator.startInBackground();
        }
        quietHibernateValidator();
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

    /**
     * Hibernate Validator announces its version at INFO; a command line's output is its report only. Called before
     * anything can start it: the first spec that breaks a rule does.
     */
    private static void quietHibernateValidator() {
        HibernateValidatorLogging.LOGGER.setLevel(Level.WARNING);
    }

    /** Whether a run will validate specs; help, version and the pack list must not pay for the validator. */
    private static boolean willValidate(String[] arguments) {
        for (String argument : arguments) {
            if (INSTANT_OPTIONS.contains(argument)) {
                return false;
            }
        }
        return arguments.length > 0;
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
        if (profileSheets.isEmpty() && format == OutputFormat.HTML) {
            err.println("chassis-check: --format html reports on requirements: give --requirements PROFILE"
                    + " (a consistency check alone prints text, json or markdown)");
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
        boolean batch = checks.size() > 1 || reading.hasTable();
        Progress shown = new Progress(err, checks.size(), progress != null ? progress
                : System.console() != null && checks.size() >= PROGRESS_FROM);
        BatchSummary.Builder summary = BatchSummary.builder();
        List<Evaluated> evaluated = new ArrayList<>();
        for (SpecCheck check : checks) {
            shown.step();
            if (!check.isReadable()) {
                inputError = true;
                summary.unreadable(check.name(), check.source(), check.readError().getMessage());
                continue;
            }
            if (!check.isConsistent()) {
                inputError = true;
                List<String> problems = check.violations().stream().map(check::locate).toList();
                problems.forEach(problem -> shown.println("chassis-check: " + problem));
                summary.invalid(check.name(), check.source(), problems);
                continue;
            }
            List<Evaluated> ofThisSpec = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (ProfileSheet profile : profileSheets) {
                try {
                    ofThisSpec.add(new Evaluated(RequirementEvaluator.evaluate(check.sheet().spec(), profile.profile()),
                            check, profile));
                } catch (RequirementException e) {
                    String problem = profile.locate(e).getMessage() + " (for " + check.name() + " in "
                            + check.source() + ")";
                    shown.println("chassis-check: " + problem);
                    problems.add(problem);
                    inputError = true;
                }
            }
            if (problems.isEmpty()) {
                summary.evaluated(check.name(), check.source(),
                        ofThisSpec.stream().map(Evaluated::report).toList());
            } else {
                summary.invalid(check.name(), check.source(), problems);
            }
            evaluated.addAll(ofThisSpec);
        }
        shown.done();
        String report = batch ? renderSummary(summary.build()) : renderReports(evaluated);
        if (!writeReport(report)) {
            return EXIT_INVALID_INPUT;
        }
        if (inputError) {
            return EXIT_INVALID_INPUT;
        }
        Verdict overall = Verdict.overall(evaluated.stream().map(one -> one.report().verdict()).toList());
        return switch (overall) {
            case FAIL -> EXIT_FAIL;
            case NOT_EVALUATED -> EXIT_NOT_EVALUATED;
            case PASS -> EXIT_OK;
        };
    }

    /** A spec evaluated against a profile, kept with both so that the HTML report can draw its charts. */
    private record Evaluated(ComplianceReport report, SpecCheck check, ProfileSheet profile) {
    }

    /**
     * The specs read, whether an argument named nothing readable at all (such as an empty folder), and whether a
     * table of variants was among them.
     */
    private record SpecReading(List<SpecCheck> checks, boolean unusableArgument, boolean hasTable) {
    }

    private SpecReading readSpecs() {
        SpecSheetReader reader = new SpecSheetReader();
        List<SpecCheck> checks = new ArrayList<>();
        boolean unusableArgument = false;
        boolean hasTable = false;
        for (Path argument : specs) {
            if (isTable(argument)) {
                hasTable = true;
                try {
                    List<SpecCheck> variants = VariantTable.read(argument, language.locale);
                    for (SpecCheck variant : variants) {
                        if (!variant.isReadable()) {
                            err.println("chassis-check: " + variant.readError().getMessage());
                        }
                    }
                    checks.addAll(variants);
                } catch (SheetException e) {
                    err.println("chassis-check: " + e.getMessage());
                    unusableArgument = true;
                }
                continue;
            }
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
                    checks.add(SpecCheck.read(sheet, SpecValidator.validate(sheet.spec(), language.locale)));
                } catch (SheetException e) {
                    err.println("chassis-check: " + e.getMessage());
                    checks.add(SpecCheck.unreadable(file.toString(), e));
                }
            }
        }
        return new SpecReading(checks, unusableArgument, hasTable);
    }

    private static boolean isTable(Path argument) {
        return argument.getFileName() != null
                && argument.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                && !Files.isDirectory(argument);
    }

    private String renderReports(List<Evaluated> evaluated) {
        Locale locale = language.locale;
        if (evaluated.isEmpty()) {
            return "";
        }
        if (format == OutputFormat.JSON) {
            return new ReportJsonWriter(locale).toJson(evaluated.stream().map(Evaluated::report).toList());
        }
        if (format == OutputFormat.HTML) {
            List<HtmlReport.Entry> entries = evaluated.stream().map(one -> new HtmlReport.Entry(one.report(),
                    ReportCharts.of(one.check().sheet().spec(), one.profile().profile(), one.report()))).toList();
            return HtmlReport.render(entries, locale);
        }
        StringBuilder text = new StringBuilder();
        for (Evaluated one : evaluated) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(format == OutputFormat.MARKDOWN ? MarkdownReport.render(one.report(), locale)
                    : TextReport.render(one.report(), locale));
        }
        return text.toString();
    }

    private String renderSummary(BatchSummary summary) {
        Locale locale = language.locale;
        return switch (format) {
            case JSON -> new ReportJsonWriter(locale).toJson(summary);
            case HTML -> summary.toHtml(locale);
            case MARKDOWN -> summary.toMarkdown(locale);
            case TEXT -> summary.toText(locale);
        };
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
