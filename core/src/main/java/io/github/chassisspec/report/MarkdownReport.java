package io.github.chassisspec.report;

import java.util.List;

/**
 * A compliance report as GitHub-flavoured Markdown, for tickets, wikis and e-mails: a heading with the verdict,
 * a table, then per requirement the message, assumptions, figures and warnings. Text from files is escaped so
 * that it cannot break the table or inject markup. Thread-safe.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(ComplianceReport report) {
        StringBuilder text = new StringBuilder();
        text.append("## ").append(escape(report.spec())).append(" against “").append(escape(report.requirements()))
                .append("”: **").append(report.verdict()).append("**\n\n");
        if (report.specName() != null) {
            text.append(escape(report.specName())).append("\n\n");
        }
        text.append("| # | requirement | load | required | capability | margin | limited by | verdict |\n");
        text.append("|---|---|---|---|---|---|---|---|\n");
        List<RequirementResult> results = report.results();
        for (int index = 0; index < results.size(); index++) {
            RequirementResult result = results.get(index);
            text.append("| ").append(index + 1)
                    .append(" | ").append(escape(ReportText.requirement(result)))
                    .append(" | ").append(result.load() == null ? "–" : escape(result.load()))
                    .append(" | ").append(escape(ReportText.required(result)))
                    .append(" | ").append(escape(ReportText.capability(result)))
                    .append(" | ").append(escape(ReportText.margin(result)))
                    .append(" | ").append(ReportText.limitedBy(result))
                    .append(" | ").append(result.verdict() == Verdict.PASS ? "PASS" : "**" + result.verdict() + "**")
                    .append(" |\n");
        }
        for (int index = 0; index < results.size(); index++) {
            RequirementResult result = results.get(index);
            text.append('\n').append(index + 1).append(". ");
            if (result.label() != null) {
                text.append("“").append(escape(result.label())).append("”: ");
            }
            text.append(escape(result.message())).append('\n');
            if (!result.directions().isEmpty()) {
                text.append("   - directions: ").append(ReportText.directions(result)).append('\n');
            }
            if (!result.assumptions().isEmpty()) {
                text.append("   - assumptions: ").append(escape(ReportText.assumptions(result))).append('\n');
            }
            if (!result.details().isEmpty()) {
                text.append("   - figures: ").append(escape(ReportText.details(result))).append('\n');
            }
            if (!result.remedies().isEmpty()) {
                text.append("   - what would it take (one change each): ")
                        .append(escape(ReportText.changes(result.remedies()))).append('\n');
            }
            if (ReportText.beyondReach(result)) {
                text.append("   - what would it take: ").append(ReportText.NO_SINGLE_CHANGE).append('\n');
            }
            if (!result.headroom().isEmpty()) {
                text.append("   - headroom: ").append(escape(ReportText.changes(result.headroom()))).append('\n');
            }
            if (result.source() != null) {
                text.append("   - source: ").append(escape(result.source().describe())).append('\n');
            }
            for (String warning : result.warnings()) {
                text.append("   - ⚠ **Warning:** ").append(escape(warning)).append('\n');
            }
        }
        for (String note : report.notes()) {
            text.append("\n> Note: ").append(escape(note)).append('\n');
        }
        return text.toString();
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
