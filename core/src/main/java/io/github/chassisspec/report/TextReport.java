package io.github.chassisspec.report;

import java.util.List;

/**
 * A compliance report as plain text for a terminal: a table a person reads at a glance, then per requirement
 * the message, the direction capabilities, the assumptions, the figures and the warnings. Thread-safe.
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
        TextTable table = new TextTable().row("#", "requirement", "load", "required", "capability", "margin", "limited by",
                "verdict");
        List<RequirementResult> results = report.results();
        for (int index = 0; index < results.size(); index++) {
            RequirementResult result = results.get(index);
            table.row(String.valueOf(index + 1), ReportText.requirement(result), result.load(),
                    result.required().displayText(), ReportText.capability(result), ReportText.margin(result),
                    ReportText.limitedBy(result), result.verdict().name());
        }
        text.append(table.render("  "));
        for (int index = 0; index < results.size(); index++) {
            RequirementResult result = results.get(index);
            String indent = "     ";
            text.append('\n').append(String.format(java.util.Locale.ROOT, "  %-3s", (index + 1) + "."));
            if (result.label() != null) {
                text.append("“").append(result.label()).append("”\n").append(indent);
            }
            text.append(result.message()).append('\n');
            if (!result.directions().isEmpty()) {
                text.append(indent).append("directions: ").append(ReportText.directions(result)).append('\n');
            }
            text.append(indent).append("assumptions: ").append(ReportText.assumptions(result)).append('\n');
            if (!result.details().isEmpty()) {
                text.append(indent).append("figures: ").append(ReportText.details(result)).append('\n');
            }
            for (String warning : result.warnings()) {
                text.append(indent).append("WARNING: ").append(warning).append('\n');
            }
        }
        return text.toString();
    }
}
