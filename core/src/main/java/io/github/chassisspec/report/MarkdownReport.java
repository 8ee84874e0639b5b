package io.github.chassisspec.report;

import java.util.List;
import java.util.Locale;

/**
 * A compliance report as GitHub-flavoured Markdown, for tickets, wikis and e-mails: a heading with the verdict,
 * a table, then per requirement the message, assumptions, figures and warnings. Text from files is escaped so
 * that it cannot break the table or inject markup. Thread-safe.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** The report in English. */
    public static String render(ComplianceReport report) {
        return render(report, Locale.ENGLISH);
    }

    /** The report in the language of {@code locale}. */
    public static String render(ComplianceReport report, Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append("## ").append(escape(ReportText.label("label.subject", locale, report.spec(), report.requirements())))
                .append(": **").append(ReportText.verdict(report.verdict(), locale)).append("**\n\n");
        if (report.specName() != null) {
            text.append(escape(report.specName())).append("\n\n");
        }
        text.append("| ").append(String.join(" | ", List.of(ReportText.label("label.number", locale),
                ReportText.label("label.requirement", locale), ReportText.label("label.load", locale),
                ReportText.label("label.required", locale), ReportText.label("label.capability", locale),
                ReportText.label("label.margin", locale), ReportText.label("label.limitedBy", locale),
                ReportText.label("label.verdict", locale)))).append(" |\n");
        text.append("|---|---|---|---|---|---|---|---|\n");
        List<RequirementResult> results = report.results();
        for (int index = 0; index < results.size(); index++) {
            RequirementResult result = results.get(index);
            text.append("| ").append(index + 1)
                    .append(" | ").append(escape(ReportText.requirement(result, locale)))
                    .append(" | ").append(result.load() == null ? "–" : escape(result.load()))
                    .append(" | ").append(escape(ReportText.required(result)))
                    .append(" | ").append(escape(ReportText.capability(result, locale)))
                    .append(" | ").append(escape(ReportText.margin(result)))
                    .append(" | ").append(ReportText.limitedBy(result))
                    .append(" | ").append(result.verdict() == Verdict.PASS ? ReportText.verdict(Verdict.PASS, locale)
                            : "**" + ReportText.verdict(result.verdict(), locale) + "**")
                    .append(" |\n");
        }
        for (int index = 0; index < results.size(); index++) {
            RequirementResult result = results.get(index);
            text.append('\n').append(index + 1).append(". ");
            if (result.label() != null) {
                text.append("“").append(escape(result.label())).append("”: ");
            }
            text.append(escape(result.message(locale))).append('\n');
            if (!result.directions().isEmpty()) {
                item(text, "label.directions", locale, ReportText.directions(result, locale));
            }
            if (!result.assumptions().isEmpty()) {
                item(text, "label.assumptions", locale, escape(ReportText.assumptions(result, locale)));
            }
            if (!result.details().isEmpty()) {
                item(text, "label.figures", locale, escape(ReportText.details(result, locale)));
            }
            if (!result.remedies().isEmpty()) {
                item(text, "label.whatWouldItTake", locale, escape(ReportText.changes(result.remedies(), locale)));
            }
            if (ReportText.beyondReach(result)) {
                item(text, "label.whatWouldItTakeNone", locale, ReportText.label("label.noSingleChange", locale));
            }
            if (!result.headroom().isEmpty()) {
                item(text, "label.headroom", locale, escape(ReportText.changes(result.headroom(), locale)));
            }
            if (result.source() != null) {
                item(text, "label.source", locale, escape(ReportText.source(result.source(), locale)));
            }
            for (String warning : result.warnings(locale)) {
                text.append("   - ⚠ **").append(ReportText.label("label.warning", locale)).append(":** ")
                        .append(escape(warning)).append('\n');
            }
        }
        for (String note : report.notes(locale)) {
            text.append("\n> ").append(ReportText.label("label.note", locale)).append(": ").append(escape(note))
                    .append('\n');
        }
        return text.toString();
    }

    private static void item(StringBuilder text, String labelKey, Locale locale, String content) {
        text.append("   - ").append(ReportText.label(labelKey, locale)).append(": ").append(content).append('\n');
    }

    /** Escapes the characters that Markdown would read as markup or as a table cell boundary. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char character : text.toCharArray()) {
            if ("\\`*_[]<>|".indexOf(character) >= 0) {
                escaped.append('\\');
            }
            escaped.append(character == '\n' || character == '\r' ? ' ' : character);
        }
        return escaped.toString();
    }
}
