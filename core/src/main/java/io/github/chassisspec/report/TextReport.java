package io.github.chassisspec.report;

import java.util.List;
import java.util.Locale;

/**
 * A compliance report as plain text for a terminal: a table a person reads at a glance, then per requirement the
 * message, the direction capabilities, the assumptions, the figures, what it would take to pass (or the headroom),
 * the rule's source and the warnings. In English, Simplified Chinese ({@code zh}) or French ({@code fr}); figures
 * always with a '.' decimal point. Thread-safe.
 */
public final class TextReport {

    private TextReport() {
    }

    /** The report in English. */
    public static String render(ComplianceReport report) {
        return render(report, Locale.ENGLISH);
    }

    /** The report in the language of {@code locale}. */
    public static String render(ComplianceReport report, Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append(ReportText.heading(report, locale)).append('\n');
        if (report.specName() != null) {
            text.append("  ").append(report.specName()).append('\n');
        }
        text.append('\n');
        TextTable table = new TextTable().row(ReportText.label("label.number", locale),
                ReportText.label("label.requirement", locale), ReportText.label("label.load", locale),
                ReportText.label("label.required", locale), ReportText.label("label.capability", locale),
                ReportText.label("label.margin", locale), ReportText.label("label.limitedBy", locale),
                ReportText.label("label.verdict", locale));
        List<RequirementResult> results = report.results();
        for (int index = 0; index < results.size(); index++) {
            RequirementResult result = results.get(index);
            table.row(String.valueOf(index + 1), ReportText.requirement(result, locale), result.load() == null ? "–"
                    : result.load(), ReportText.required(result), ReportText.capability(result, locale),
                    ReportText.margin(result), ReportText.limitedBy(result), ReportText.verdict(result.verdict(), locale));
        }
        text.append(table.render("  "));
        for (int index = 0; index < results.size(); index++) {
            RequirementResult result = results.get(index);
            String indent = "     ";
            text.append('\n').append(String.format(Locale.ROOT, "  %-3s", (index + 1) + "."));
            if (result.label() != null) {
                text.append("“").append(result.label()).append("”\n").append(indent);
            }
            text.append(result.message(locale)).append('\n');
            if (!result.directions().isEmpty()) {
                line(text, indent, "label.directions", locale, ReportText.directions(result, locale));
            }
            if (!result.assumptions().isEmpty()) {
                line(text, indent, "label.assumptions", locale, ReportText.assumptions(result, locale));
            }
            if (!result.details().isEmpty()) {
                line(text, indent, "label.figures", locale, ReportText.details(result, locale));
            }
            if (!result.remedies().isEmpty()) {
                line(text, indent, "label.whatWouldItTake", locale, ReportText.changes(result.remedies(), locale));
            }
            if (ReportText.beyondReach(result)) {
                line(text, indent, "label.whatWouldItTakeNone", locale, ReportText.label("label.noSingleChange", locale));
            }
            if (!result.headroom().isEmpty()) {
                line(text, indent, "label.headroom", locale, ReportText.changes(result.headroom(), locale));
            }
            if (result.source() != null) {
                line(text, indent, "label.source", locale, ReportText.source(result.source(), locale));
            }
            for (String warning : result.warnings(locale)) {
                line(text, indent, "label.warning", locale, warning);
            }
        }
        for (String note : report.notes(locale)) {
            text.append("\n  ").append(ReportText.label("label.note", locale)).append(": ").append(note).append('\n');
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String indent, String labelKey, Locale locale, String content) {
        text.append(indent).append(ReportText.label(labelKey, locale)).append(": ").append(content).append('\n');
    }
}
