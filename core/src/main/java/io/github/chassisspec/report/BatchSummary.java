package io.github.chassisspec.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.owasp.encoder.Encode;

/**
 * Many variants against the same requirement profiles at a glance, as a product manager checks a model range
 * against a tender: variants down, requirements across, each cell the verdict with the capability. A variant that
 * could not be read or breaks a spec-sheet rule is a row too, with its problems, never left out.
 *
 * @param columns the requirements across, R1, R2, ... in the order first met
 * @param rows    the variants down, in the order given
 */
public record BatchSummary(List<Column> columns, List<Row> rows) {

    public BatchSummary {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** What a variant came to. */
    public enum Status {
        PASS, FAIL, NOT_EVALUATED,
        /** Read, but breaks a spec-sheet rule, so no requirement was evaluated. */
        INVALID,
        /** Could not be read: a bad value in its row, or a file that is not a spec sheet. */
        UNREADABLE
    }

    /**
     * One requirement column.
     *
     * @param id          R1, R2, ...
     * @param profile     the profile's name
     * @param requirement the first result met for it, which names the requirement
     */
    public record Column(String id, String profile, RequirementResult requirement) {
    }

    /**
     * One variant.
     *
     * @param name     the variant's name (a spec id, or the variant column of a table)
     * @param source   where it was read from
     * @param status   what it came to
     * @param cells    per column the result, or null where the requirement does not apply to the variant
     * @param reports  the full reports, for the JSON form and for details
     * @param problems why it is INVALID or UNREADABLE, each with file, line and column
     */
    public record Row(String name, String source, Status status, List<RequirementResult> cells,
            List<ComplianceReport> reports, List<String> problems) {
        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
            reports = List.copyOf(reports);
            problems = List.copyOf(problems);
        }

        /** Whether the requirements were evaluated: false for an INVALID or UNREADABLE variant. */
        public boolean isEvaluated() {
            return status != Status.INVALID && status != Status.UNREADABLE;
        }
    }

    /** A summary to fill row by row. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects rows; the columns are the requirements met in any row, ordered by profile (as first met) and by
     * their place in the profile. Not thread-safe.
     */
    public static final class Builder {
        private final Map<String, Integer> profileRanks = new LinkedHashMap<>();
        private final Map<ColumnKey, RequirementResult> firstResults = new java.util.TreeMap<>();
        private final List<PendingRow> pending = new ArrayList<>();

        /** A column: the profile by the rank it was first met in, the requirement by its index in the profile. */
        private record ColumnKey(int profile, int requirement) implements Comparable<ColumnKey> {
            @Override
            public int compareTo(ColumnKey other) {
                int order = Integer.compare(profile, other.profile);
                return order != 0 ? order : Integer.compare(requirement, other.requirement);
            }
        }

        private record PendingRow(String name, String source, Status status, Map<ColumnKey, RequirementResult> results,
                List<ComplianceReport> reports, List<String> problems) {
        }

        /** A variant evaluated against the profiles: one report per profile. */
        public Builder evaluated(String name, String source, List<ComplianceReport> reports) {
            Map<ColumnKey, RequirementResult> results = new LinkedHashMap<>();
            for (ComplianceReport report : reports) {
                // Profiles are told apart by name, a requirement by its place in its profile.
                int profile = profileRanks.computeIfAbsent(report.requirements(), key -> profileRanks.size());
                for (int index = 0; index < report.results().size(); index++) {
                    ColumnKey key = new ColumnKey(profile, report.requirementIndices().get(index));
                    firstResults.putIfAbsent(key, report.results().get(index));
                    results.put(key, report.results().get(index));
                }
            }
            Verdict overall = Verdict.overall(reports.stream().map(ComplianceReport::verdict).toList());
            pending.add(new PendingRow(name, source, Status.valueOf(overall.name()), results, reports, List.of()));
            return this;
        }

        /** A variant that breaks spec-sheet rules, with the violations located. */
        public Builder invalid(String name, String source, List<String> problems) {
            pending.add(new PendingRow(name, source, Status.INVALID, Map.of(), List.of(), problems));
            return this;
        }

        /** A variant that could not be read. */
        public Builder unreadable(String name, String source, String problem) {
            pending.add(new PendingRow(name, source, Status.UNREADABLE, Map.of(), List.of(), List.of(problem)));
            return this;
        }

        public BatchSummary build() {
            List<String> profileNames = new ArrayList<>(profileRanks.keySet());
            List<Column> columns = new ArrayList<>();
            List<ColumnKey> keys = new ArrayList<>(firstResults.keySet());
            for (ColumnKey key : keys) {
                columns.add(new Column("R" + (columns.size() + 1), profileNames.get(key.profile()),
                        firstResults.get(key)));
            }
            List<Row> rows = new ArrayList<>();
            for (PendingRow row : pending) {
                List<RequirementResult> cells = new ArrayList<>();
                keys.forEach(key -> cells.add(row.results().get(key)));
                rows.add(new Row(row.name(), row.source(), row.status(), cells, row.reports(), row.problems()));
            }
            return new BatchSummary(columns, rows);
        }
    }

    /** How many rows came to each status. */
    public Map<Status, Integer> counts() {
        Map<Status, Integer> counts = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        return counts;
    }

    /** The status of the whole batch: the worst of its rows, UNREADABLE worst. */
    public Status status() {
        Status worst = Status.PASS;
        for (Row row : rows) {
            if (rank(row.status()) > rank(worst)) {
                worst = row.status();
            }
        }
        return worst;
    }

    private static int rank(Status status) {
        return switch (status) {
            case PASS -> 0;
            case NOT_EVALUATED -> 1;
            case FAIL -> 2;
            case INVALID -> 3;
            case UNREADABLE -> 4;
        };
    }

    /**
     * A cell's text: "PASS 30.23°", "FAIL 9600 kg", "NOT_EVALUATED", or "n/a" where the requirement does not apply.
     * Slopes to 0.01° as in the JSON report, so that a capability just short of the requirement does not read as
     * equal to it.
     */
    public static String cell(RequirementResult result, Locale locale) {
        if (result == null) {
            return ReportText.label("batch.notApplicable", locale);
        }
        String verdict = ReportText.verdict(result.verdict(), locale);
        if (!result.isEvaluated()) {
            return verdict;
        }
        String capability = result.requiredSlope() != null ? ReportText.fixed(result.capability().value(), 2) + "°"
                : result.capability().text();
        return verdict + " " + capability;
    }

    /** The requirement a column stands for: "parking hold, facing both, 45 % (24.2°) — Mediterranean tender". */
    public static String describe(Column column, Locale locale) {
        RequirementResult result = column.requirement();
        String text = ReportText.requirement(result, locale) + ", " + ReportText.required(result);
        if (result.label() != null) {
            text += " “" + result.label() + "”";
        }
        return text + " — " + column.profile();
    }

    /** The summary as a text table for a terminal, with the columns' legend and the problems below it. */
    public String toText(Locale locale) {
        TextTable table = new TextTable();
        List<String> header = new ArrayList<>(List.of(ReportText.label("batch.variant", locale),
                ReportText.label("label.verdict", locale)));
        columns.forEach(column -> header.add(column.id()));
        table.row(header.toArray(String[]::new));
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.name(), status(row.status(), locale)));
            row.cells().forEach(result -> cells.add(row.isEvaluated() ? cell(result, locale) : "–"));
            table.row(cells.toArray(String[]::new));
        }
        StringBuilder text = new StringBuilder();
        text.append(ReportText.label("batch.heading", locale, rows.size(), status(status(), locale))).append("\n\n");
        text.append(table.render("  "));
        if (!columns.isEmpty()) {
            text.append('\n');
            columns.forEach(column -> text.append("  ").append(column.id()).append("  ")
                    .append(describe(column, locale)).append('\n'));
        }
        text.append('\n').append("  ").append(countsText(locale)).append('\n');
        for (Row row : rows) {
            for (String problem : row.problems()) {
                text.append("  ").append(row.name()).append(": ").append(problem).append('\n');
            }
        }
        return text.toString();
    }

    private String countsText(Locale locale) {
        List<String> parts = new ArrayList<>();
        counts().forEach((status, count) -> {
            if (count > 0) {
                parts.add(count + " " + status(status, locale));
            }
        });
        return String.join(", ", parts);
    }

    static String status(Status status, Locale locale) {
        return ReportText.label("batch.status." + status.name(), locale);
    }

    /** The summary as Markdown: a table, the columns' legend and the problems. */
    public String toMarkdown(Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(MarkdownReport.escape(ReportText.label("batch.heading", locale, rows.size(),
                status(status(), locale)))).append("\n\n| ").append(MarkdownReport.escape(ReportText.label("batch.variant", locale)))
                .append(" | ").append(MarkdownReport.escape(ReportText.label("label.verdict", locale))).append(" |");
        columns.forEach(column -> text.append(' ').append(column.id()).append(" |"));
        text.append("\n|---|---|");
        columns.forEach(column -> text.append("---|"));
        text.append('\n');
        for (Row row : rows) {
            boolean evaluated = row.isEvaluated();
            text.append("| ").append(MarkdownReport.escape(row.name())).append(" | ").append(status(row.status(), locale)).append(" |");
            row.cells().forEach(result -> text.append(' ').append(evaluated ? MarkdownReport.escape(cell(result, locale)) : "–")
                    .append(" |"));
            text.append('\n');
        }
        text.append('\n');
        columns.forEach(column -> text.append("- **").append(column.id()).append("**: ")
                .append(MarkdownReport.escape(describe(column, locale))).append('\n'));
        text.append('\n').append(countsText(locale)).append('\n');
        boolean first = true;
        for (Row row : rows) {
            for (String problem : row.problems()) {
                if (first) {
                    text.append("\n## ").append(ReportText.label("batch.problems", locale)).append("\n\n");
                    first = false;
                }
                text.append("- ").append(MarkdownReport.escape(row.name() + ": " + problem)).append('\n');
            }
        }
        return text.toString();
    }

    /** The summary as one self-contained HTML page. */
    public String toHtml(Locale locale) {
        StringBuilder html = new StringBuilder(16_384 + rows.size() * 256);
        String title = ReportText.label("batch.title", locale, rows.size());
        HtmlPage.open(html, title, locale);
        html.append("<h1>").append(Encode.forHtmlContent(title)).append("</h1>\n")
                .append("<div class=\"verdict-line\"><span class=\"badge ").append(cssClass(status()))
                .append("\" id=\"verdict\">").append(Encode.forHtmlContent(status(status(), locale)))
                .append("</span> <span class=\"summary\">").append(Encode.forHtmlContent(countsText(locale)))
                .append("</span></div>\n<div class=\"table-wrap\"><table class=\"batch\">\n<thead><tr><th>")
                .append(Encode.forHtmlContent(ReportText.label("batch.variant", locale))).append("</th><th>")
                .append(Encode.forHtmlContent(ReportText.label("label.verdict", locale))).append("</th>");
        columns.forEach(column -> html.append("<th title=\"").append(Encode.forHtmlAttribute(describe(column, locale)))
                .append("\">").append(column.id()).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            html.append("<tr><td class=\"variant\" title=\"").append(Encode.forHtmlAttribute(String.valueOf(row.source())))
                    .append("\">")
                    .append(Encode.forHtmlContent(row.name())).append("</td><td><span class=\"badge small ")
                    .append(cssClass(row.status())).append("\">").append(Encode.forHtmlContent(status(row.status(),
                            locale))).append("</span></td>");
            boolean evaluated = row.isEvaluated();
            for (RequirementResult result : row.cells()) {
                String css = result == null || !evaluated ? "" : HtmlReport.verdictClass(result.verdict());
                html.append("<td class=\"cell ").append(css).append("\">")
                        .append(Encode.forHtmlContent(evaluated ? cell(result, locale) : "–")).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div>\n");
        if (!columns.isEmpty()) {
            html.append("<h3>").append(Encode.forHtmlContent(ReportText.label("html.requirements", locale)))
                    .append("</h3>\n<dl>\n");
            columns.forEach(column -> html.append("<dt>").append(column.id()).append("</dt><dd>")
                    .append(Encode.forHtmlContent(describe(column, locale))).append("</dd>\n"));
            html.append("</dl>\n");
        }
        List<String> problems = new ArrayList<>();
        rows.forEach(row -> row.problems().forEach(problem -> problems.add(row.name() + ": " + problem)));
        if (!problems.isEmpty()) {
            html.append("<h3>").append(Encode.forHtmlContent(ReportText.label("batch.problems", locale)))
                    .append("</h3>\n<ul class=\"problems\">\n");
            problems.forEach(problem -> html.append("<li>").append(Encode.forHtmlContent(problem)).append("</li>\n"));
            html.append("</ul>\n");
        }
        HtmlPage.close(html, locale);
        return html.toString();
    }

    private static String cssClass(Status status) {
        return switch (status) {
            case PASS -> "pass";
            case FAIL, INVALID, UNREADABLE -> "fail";
            case NOT_EVALUATED -> "not-evaluated";
        };
    }
}
