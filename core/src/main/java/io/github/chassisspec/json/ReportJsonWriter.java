package io.github.chassisspec.json;

import io.github.chassisspec.report.BatchSummary;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.Comparison;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.Measure;
import io.github.chassisspec.report.Phrase;
import io.github.chassisspec.report.DirectionResult;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes compliance reports as the JSON of FORMAT.md §4: one object per report, an array when there are several.
 * {@code required}, {@code capability} and {@code margin} are text with their unit, slopes in degrees rounded to
 * 0.01° ({@code "22.2 °"}) as FORMAT shows them, with the unrounded numbers beside them ({@code "capabilityValue"}
 * in {@code "unit"}) for programs. Thread-safe.
 */
public final class ReportJsonWriter {

    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer()
            .with(new DefaultPrettyPrinter(new Separators().withObjectNameValueSpacing(Separators.Spacing.AFTER)));

    private final Locale locale;

    /** A writer with the messages in English. */
    public ReportJsonWriter() {
        this(Locale.ENGLISH);
    }

    /** A writer with the messages, warnings and notes in the language of {@code locale}; keys and codes stay English. */
    public ReportJsonWriter(Locale locale) {
        this.locale = locale;
    }

    /** One report as a JSON object. */
    public String toJson(ComplianceReport report) {
        return WRITER.writeValueAsString(toTree(report)) + "\n";
    }

    /** Reports as one object when there is one, an array otherwise. */
    public String toJson(List<ComplianceReport> reports) {
        if (reports.size() == 1) {
            return toJson(reports.get(0));
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        reports.forEach(report -> array.add(toTree(report)));
        return WRITER.writeValueAsString(array) + "\n";
    }

    /**
     * A batch summary: the columns (requirements), then per variant its verdict, one cell per column (null where
     * the requirement does not apply), its problems and its full reports.
     */
    public String toJson(BatchSummary summary) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("variants", summary.rows().size());
        node.put("verdict", summary.status().name());
        ObjectNode counts = node.putObject("counts");
        summary.counts().forEach((status, count) -> counts.put(status.name(), count));
        ArrayNode columns = node.putArray("columns");
        for (BatchSummary.Column column : summary.columns()) {
            ObjectNode columnNode = columns.addObject();
            columnNode.put("id", column.id());
            columnNode.put("requirements", column.profile());
            columnNode.put("check", column.requirement().check());
            if (column.requirement().label() != null) {
                columnNode.put("label", column.requirement().label());
            }
            columnNode.put("description", BatchSummary.describe(column, locale));
        }
        ArrayNode rows = node.putArray("rows");
        for (BatchSummary.Row row : summary.rows()) {
            ObjectNode rowNode = rows.addObject();
            rowNode.put("variant", row.name());
            rowNode.put("source", row.source());
            rowNode.put("verdict", row.status().name());
            ArrayNode cells = rowNode.putArray("cells");
            for (int index = 0; index < row.cells().size(); index++) {
                RequirementResult result = row.cells().get(index);
                if (result == null) {
                    cells.addNull();
                    continue;
                }
                ObjectNode cell = cells.addObject();
                cell.put("column", summary.columns().get(index).id());
                cell.put("verdict", result.verdict().name());
                if (result.isEvaluated()) {
                    cell.put("capability", result.capability().text());
                    cell.put("margin", result.margin().text());
                }
            }
            ArrayNode problems = rowNode.putArray("problems");
            row.problems().forEach(problems::add);
            ArrayNode reports = rowNode.putArray("reports");
            row.reports().forEach(report -> reports.add(toTree(report)));
        }
        return WRITER.writeValueAsString(node) + "\n";
    }

    /** A report as a Jackson tree. */
    public ObjectNode toTree(ComplianceReport report) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("spec", report.spec());
        node.put("requirements", report.requirements());
        node.put("verdict", report.verdict().name());
        ArrayNode results = node.putArray("results");
        report.results().forEach(result -> results.add(result(result, true)));
        if (!report.notePhrases().isEmpty()) {
            ArrayNode notes = node.putArray("notes");
            report.notes(locale).forEach(notes::add);
        }
        return node;
    }

    private ObjectNode result(RequirementResult result, boolean withAlternative) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("check", result.check());
        if (result.label() != null) {
            node.put("label", result.label());
        }
        if (result.source() != null) {
            ObjectNode source = node.putObject("source");
            source.put("pack", result.source().pack());
            source.put("source", result.source().source());
            source.put("verified", result.source().verified());
        }
        if (result.load() != null) {
            node.put("load", result.load());
        }
        if (result.facing() != null) {
            node.put("facing", (result.governingFacing() != null ? result.governingFacing() : result.facing())
                    .sheetName());
            node.put("facingChecked", result.facing().sheetName());
        }
        if (result.gear() != null) {
            node.put("gear", result.gear());
        }
        if (result.range() != null) {
            node.put("range", result.range());
        }
        node.put("verdict", result.verdict().name());
        node.put("comparison", result.comparison() == Comparison.AT_LEAST ? "atLeast" : "atMost");
        node.put("required", result.required().text());
        if (result.requiredSlope() != null) {
            node.put("requiredAsWritten", result.requiredSlope().writtenForm());
        }
        if (result.isEvaluated()) {
            node.put("capability", result.capability().text());
            node.put("margin", result.margin().text());
            if (result.limitedBy() != null) {
                node.put("limitedBy", result.limitedBy().name());
            } else {
                node.putNull("limitedBy");
            }
        } else {
            node.putNull("capability");
            node.putNull("margin");
            node.putNull("limitedBy");
        }
        ObjectNode assumptions = node.putObject("assumptions");
        for (Map.Entry<String, Object> entry : result.assumptions().entrySet()) {
            if (entry.getValue() instanceof Double number) {
                assumptions.put(entry.getKey(), number);
            } else if (entry.getValue() instanceof Integer number) {
                assumptions.put(entry.getKey(), number);
            } else {
                assumptions.put(entry.getKey(), text(entry.getValue()));
            }
        }
        node.put("message", result.message(locale));
        ArrayNode warnings = node.putArray("warnings");
        result.warnings(locale).forEach(warnings::add);
        node.put("unit", result.required().unit());
        node.put("requiredValue", result.required().value());
        if (result.isEvaluated()) {
            node.put("capabilityValue", result.capability().value());
            node.put("marginValue", result.margin().value());
        }
        if (!result.directions().isEmpty()) {
            ArrayNode directions = node.putArray("directions");
            for (DirectionResult direction : result.directions()) {
                ObjectNode directionNode = directions.addObject();
                directionNode.put("facing", direction.facing().sheetName());
                directionNode.put("capability", Measure.degrees(direction.capabilityDegrees()).text());
                directionNode.put("capabilityValue", direction.capabilityDegrees());
                directionNode.put("limitedBy", direction.limitedBy().name());
                directionNode.put("verdict", direction.verdict().name());
            }
        }
        if (!result.details().isEmpty()) {
            ObjectNode details = node.putObject("details");
            result.details().forEach((name, value) -> details.put(name, text(value)));
        }
        if (result.verdict() == Verdict.FAIL || !result.remedies().isEmpty()) {
            putChanges(node, "whatWouldItTake", result.remedies());
        }
        putChanges(node, "headroom", result.headroom());
        if (withAlternative && result.ifPercentWasMeant() != null) {
            node.set("ifPercentWasMeant", result(result.ifPercentWasMeant(), false));
        }
        return node;
    }

    private String text(Object value) {
        return value instanceof Phrase phrase ? phrase.text(locale) : String.valueOf(value);
    }

    private void putChanges(ObjectNode node, String name, List<Change> changes) {
        if (changes.isEmpty() && !name.equals("whatWouldItTake")) {
            return;
        }
        ArrayNode array = node.putArray(name);
        for (Change change : changes) {
            ObjectNode changeNode = array.addObject();
            changeNode.put("parameter", change.parameter());
            changeNode.put("path", change.path());
            changeNode.put("current", change.current().text());
            changeNode.put("target", change.target().text());
            changeNode.put("targetSi", change.targetSi());
            changeNode.put("change", change.text(locale));
        }
    }
}
