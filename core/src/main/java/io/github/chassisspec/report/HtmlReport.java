package io.github.chassisspec.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.owasp.encoder.Encode;

/**
 * Compliance reports as one self-contained HTML page to send on: inline CSS and SVG, nothing fetched from a
 * network, laid out for a browser and for print. The verdict at a glance, the degrees-or-percent warnings on top,
 * a table of requirements with capability, margin, limiting factor and what it would take, then requirement by
 * requirement the message, assumptions, figures, warnings and charts, and the rule sources. Every text that comes
 * from a file (spec names, labels, profile names) is escaped by the OWASP encoder. Thread-safe.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * A report with the charts drawn for it.
     *
     * @param report the compliance report
     * @param charts its charts, such as {@code ReportCharts.of(spec, profile)}; may be empty
     */
    public record Entry(ComplianceReport report, List<Chart> charts) {
        public Entry {
            Objects.requireNonNull(report, "report");
            charts = List.copyOf(charts);
        }
    }

    /** One report without charts, in English. */
    public static String render(ComplianceReport report) {
        return render(List.of(new Entry(report, List.of())), Locale.ENGLISH);
    }

    /** One report with its charts, in the language of {@code locale}. */
    public static String render(ComplianceReport report, List<Chart> charts, Locale locale) {
        return render(List.of(new Entry(report, charts)), locale);
    }

    /** Several reports on one page, one section each, in the language of {@code locale}. */
    public static String render(List<Entry> entries, Locale locale) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("an HTML report needs at least one compliance report");
        }
        String title = entries.size() == 1 ? ReportText.label("html.title", locale, entries.get(0).report().spec(),
                entries.get(0).report().requirements()) : ReportText.label("html.severalTitle", locale, entries.size());
        StringBuilder html = new StringBuilder(32_768);
        HtmlPage.open(html, title, locale);
        if (entries.size() > 1) {
            html.append("<h1>").append(text(title)).append("</h1>\n");
        }
        for (Entry entry : entries) {
            section(html, entry, locale, entries.size() > 1);
        }
        HtmlPage.close(html, locale);
        return html.toString();
    }

    private static void section(StringBuilder html, Entry entry, Locale locale, boolean several) {
        ComplianceReport report = entry.report();
        List<RequirementResult> results = report.results();
        html.append("<section class=\"report\">\n");
        html.append(several ? "<h2>" : "<h1>")
                .append(text(ReportText.label("html.title", locale, report.spec(), report.requirements())))
                .append(several ? "</h2>\n" : "</h1>\n");
        if (report.specName() != null) {
            html.append("<p class=\"spec-name\">").append(text(report.specName())).append("</p>\n");
        }
        html.append("<div class=\"verdict-line\"><span class=\"badge ").append(verdictClass(report.verdict()))
                .append("\" id=\"verdict\">").append(text(ReportText.verdict(report.verdict(), locale)))
                .append("</span> <span class=\"summary\">").append(text(summary(report, locale))).append("</span></div>\n");
        degreesOrPercentWarnings(html, results, locale);
        requirementsTable(html, results, locale);
        html.append("<h3>").append(text(ReportText.label("html.details", locale))).append("</h3>\n");
        for (int index = 0; index < results.size(); index++) {
            details(html, index, results.get(index), chartsFor(entry, index), locale);
        }
        List<Chart> reportCharts = chartsFor(entry, -1);
        if (!reportCharts.isEmpty()) {
            html.append("<h3>").append(text(ReportText.label("html.charts", locale))).append("</h3>\n");
            reportCharts.forEach(chart -> figure(html, chart, locale));
        }
        sources(html, results, locale);
        List<String> notes = report.notes(locale);
        if (!notes.isEmpty()) {
            html.append("<h3>").append(text(ReportText.label("html.notes", locale))).append("</h3>\n<ul class=\"notes\">\n");
            notes.forEach(note -> html.append("<li>").append(text(note)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static String summary(ComplianceReport report, Locale locale) {
        long failed = report.results().stream().filter(result -> result.verdict() == Verdict.FAIL).count();
        long notEvaluated = report.results().stream().filter(result -> result.verdict() == Verdict.NOT_EVALUATED).count();
        int total = report.results().size();
        return switch (report.verdict()) {
            case PASS -> ReportText.label("html.summary.pass", locale);
            case FAIL -> ReportText.label("html.summary.fail", locale, failed, total);
            case NOT_EVALUATED -> ReportText.label("html.summary.notEvaluated", locale, notEvaluated, total);
        };
    }

    /** The warning that a slope in degrees is probably a percent decides a tender: it goes above everything else. */
    private static void degreesOrPercentWarnings(StringBuilder html, List<RequirementResult> results, Locale locale) {
        List<String> items = new ArrayList<>();
        for (int index = 0; index < results.size(); index++) {
            for (Phrase warning : results.get(index).warningPhrases()) {
                if (warning.key().startsWith("warning.degreesOrPercent")) {
                    items.add("<li><strong>" + (index + 1) + ".</strong> " + text(warning.text(locale)) + "</li>");
                }
            }
        }
        if (!items.isEmpty()) {
            html.append("<div class=\"alert\" role=\"alert\"><strong>")
                    .append(text(ReportText.label("label.warning", locale))).append("</strong>\n<ul>\n")
                    .append(String.join("\n", items)).append("\n</ul></div>\n");
        }
    }

    private static void requirementsTable(StringBuilder html, List<RequirementResult> results, Locale locale) {
        html.append("<h3>").append(text(ReportText.label("html.requirements", locale))).append("</h3>\n")
                .append("<div class=\"table-wrap\"><table class=\"requirements\">\n<thead><tr>");
        for (String key : List.of("label.number", "label.requirement", "label.load", "label.required",
                "label.capability", "label.margin", "label.limitedBy", "label.verdict", "label.whatWouldItTakeNone")) {
            html.append("<th>").append(text(ReportText.label(key, locale))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int index = 0; index < results.size(); index++) {
            RequirementResult result = results.get(index);
            html.append("<tr class=\"").append(verdictClass(result.verdict())).append("\"><td class=\"number\"><a href=\"#r")
                    .append(index + 1).append("\">").append(index + 1).append("</a></td><td>")
                    .append(text(ReportText.requirement(result, locale)));
            if (result.label() != null) {
                html.append("<br><span class=\"label\">“").append(text(result.label())).append("”</span>");
            }
            html.append("</td><td>").append(text(result.load() == null ? "–" : result.load()))
                    .append("</td><td class=\"figure\">").append(text(ReportText.required(result)))
                    .append("</td><td class=\"figure\">").append(text(ReportText.capability(result, locale)))
                    .append("</td><td class=\"figure\">").append(text(ReportText.margin(result)))
                    .append("</td><td>").append(text(ReportText.limitedBy(result)))
                    .append("</td><td><span class=\"badge small ").append(verdictClass(result.verdict())).append("\">")
                    .append(text(ReportText.verdict(result.verdict(), locale))).append("</span></td><td>")
                    .append(text(whatWouldItTake(result, locale))).append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
    }

    /** The first remedy in the table (the rest are in the details), or the headroom of a pass. */
    private static String whatWouldItTake(RequirementResult result, Locale locale) {
        if (!result.remedies().isEmpty()) {
            return result.remedies().get(0).text(locale)
                    + (result.remedies().size() > 1 ? " (+" + (result.remedies().size() - 1) + ")" : "");
        }
        if (ReportText.beyondReach(result)) {
            return ReportText.label("label.noSingleChange", locale);
        }
        return result.headroom().isEmpty() ? "–" : ReportText.label("label.headroom", locale) + ": "
                + result.headroom().get(0).text(locale);
    }

    private static void details(StringBuilder html, int index, RequirementResult result, List<Chart> charts,
            Locale locale) {
        html.append("<article class=\"requirement ").append(verdictClass(result.verdict())).append("\" id=\"r")
                .append(index + 1).append("\">\n<h4>").append(index + 1).append(". ")
                .append(text(ReportText.requirement(result, locale)));
        if (result.label() != null) {
            html.append(" <span class=\"label\">“").append(text(result.label())).append("”</span>");
        }
        html.append(" <span class=\"badge small ").append(verdictClass(result.verdict())).append("\">")
                .append(text(ReportText.verdict(result.verdict(), locale))).append("</span></h4>\n");
        html.append("<p class=\"message\">").append(text(result.message(locale))).append("</p>\n<dl>\n");
        if (!result.directions().isEmpty()) {
            item(html, "label.directions", ReportText.directions(result, locale), locale);
        }
        if (!result.assumptions().isEmpty()) {
            item(html, "label.assumptions", ReportText.assumptions(result, locale), locale);
        }
        if (!result.details().isEmpty()) {
            item(html, "label.figures", ReportText.details(result, locale), locale);
        }
        if (!result.remedies().isEmpty()) {
            list(html, "label.whatWouldItTake", result.remedies(), locale);
        }
        if (ReportText.beyondReach(result)) {
            item(html, "label.whatWouldItTakeNone", ReportText.label("label.noSingleChange", locale), locale);
        }
        if (!result.headroom().isEmpty()) {
            list(html, "label.headroom", result.headroom(), locale);
        }
        if (result.source() != null) {
            item(html, "label.source", ReportText.source(result.source(), locale), locale);
        }
        html.append("</dl>\n");
        for (String warning : result.warnings(locale)) {
            html.append("<p class=\"warning\"><strong>").append(text(ReportText.label("label.warning", locale)))
                    .append(":</strong> ").append(text(warning)).append("</p>\n");
        }
        charts.forEach(chart -> figure(html, chart, locale));
        html.append("</article>\n");
    }

    private static void item(StringBuilder html, String labelKey, String content, Locale locale) {
        html.append("<dt>").append(text(ReportText.label(labelKey, locale))).append("</dt><dd>").append(text(content))
                .append("</dd>\n");
    }

    private static void list(StringBuilder html, String labelKey, List<Change> changes, Locale locale) {
        html.append("<dt>").append(text(ReportText.label(labelKey, locale))).append("</dt><dd><ul>");
        changes.forEach(change -> html.append("<li>").append(text(change.text(locale))).append("</li>"));
        html.append("</ul></dd>\n");
    }

    private static void figure(StringBuilder html, Chart chart, Locale locale) {
        html.append("<figure class=\"chart\">\n").append(SvgChart.render(chart, locale)).append("<figcaption>")
                .append(text(chart.title().text(locale))).append("</figcaption>\n</figure>\n");
    }

    private static void sources(StringBuilder html, List<RequirementResult> results, Locale locale) {
        Set<String> sources = new LinkedHashSet<>();
        results.stream().filter(result -> result.source() != null)
                .forEach(result -> sources.add(ReportText.source(result.source(), locale)));
        if (sources.isEmpty()) {
            return;
        }
        html.append("<h3>").append(text(ReportText.label("html.sources", locale))).append("</h3>\n<ul class=\"sources\">\n");
        sources.forEach(source -> html.append("<li>").append(text(source)).append("</li>\n"));
        html.append("</ul>\n");
    }

    private static List<Chart> chartsFor(Entry entry, int resultIndex) {
        return entry.charts().stream().filter(chart -> chart.resultIndex() == resultIndex).toList();
    }

    static String verdictClass(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case NOT_EVALUATED -> "not-evaluated";
        };
    }

    private static String text(String content) {
        return Encode.forHtmlContent(content);
    }
}
