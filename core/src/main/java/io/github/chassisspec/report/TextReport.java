package io.github.chassisspec.report;

import java.util.List;
import java.util.Locale;

/**
 * A compliance report as plain text for a terminal: a table a person reads at a glance, then per requirement the
 * message, the direction capabilities, the assumptions, the figures, what it would take to pass (or the headroom),
 * the rule's source and the warnings. Thread-safe.
 */
public final class TextReport {

    private TextReport() {
    }

    public static String render(ComplianceReport report) {
        StringBuilder text = new StringBuilder();
        text.append(ReportText.heading(report)).append('\n');
        if (report.specName() != null) {
            text.append("  ").append(report.specName()).append('\n');
        }
        text.append('\n');
        TextTable table = new TextTable().row("#", "requirement", "load", "required", "capability", "margin",
                "limited by", "verdict");
        List<RequirementResult> results = report.results();
        for (int index = 0; index < results.size(); index++) {
            RequirementResult result = results.get(index);
            table.row(String.valueOf(index + 1), ReportText.requirement(result), result.load() == null ? "–"
                    : result.load(), ReportText.required(result), ReportText.capability(result),
                    ReportText.margin(result), ReportText.limitedBy(result), result.verdict().name());
        }
        text.append(table.render("  "));
        for (int index = 0; index < results.size(); index++) {
            RequirementResult result = results.get(index);
            String indent = "     ";
            text.append('\n').append(String.format(Locale.ROOT, "  %-3s", (index + 1) + "."));
            if (result.label() != null) {
                text.append("“").append(result.label()).append("”\n").append(indent);
            }
            text.append(result.message()).append('\n');
            if (!result.directions().isEmpty()) {
                text.append(indent).append("directions: ").append(ReportText.directions(result)).append('\n');
            }
            if (!result.assumptions().isEmpty()) {
                text.append(indent).append("assumptions: ").append(ReportText.assumptions(result)).append('\n');
            }
            if (!result.details().isEmpty()) {
                text.append(indent).append("figures: ").append(ReportText.details(result)).append('\n');
            }
            if (!result.remedies().isEmpty()) {
                text.append(indent).append("what would it take (one change each): ")
                        .append(ReportText.changes(result.remedies())).append('\n');
            }
            if (ReportText.beyondReach(result)) {
                text.append(indent).append("what would it take: ").append(ReportText.NO_SINGLE_CHANGE).append('\n');
            }
            if (!result.headroom().isEmpty()) {
                text.append(indent).append("headroom: ").append(ReportText.changes(result.headroom())).append('\n');
            }
            if (result.source() != null) {
                text.append(indent).append("source: ").append(result.source().describe()).append('\n');
            }
            for (String warning : result.warnings()) {
                text.append(indent).append("WARNING: ").append(warning).append('\n');
            }
        }
        for (String note : report.notes()) {
            text.append("\n  note: ").append(note).append('\n');
        }
        return text.toString();
    }
}
