package io.github.chassisspec.json;

import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.DirectionResult;
import io.github.chassisspec.report.RequirementResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
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
 * Slopes are text in degrees rounded to 0.01° ({@code "22.2 °"}) as FORMAT shows them, with the unrounded
 * numbers beside them ({@code "capabilityDegrees"}) for programs. Thread-safe.
 */
public final class ReportJsonWriter {

    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer()
            .with(new DefaultPrettyPrinter(new Separators().withObjectNameValueSpacing(Separators.Spacing.AFTER)));

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

    /** A report as a Jackson tree. */
    public ObjectNode toTree(ComplianceReport report) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("spec", report.spec());
        node.put("requirements", report.requirements());
        node.put("verdict", report.verdict().name());
        ArrayNode results = node.putArray("results");
        report.results().forEach(result -> results.add(result(result, true)));
        return node;
    }

    private static ObjectNode result(RequirementResult result, boolean withAlternative) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("check", result.check());
        if (result.label() != null) {
            node.put("label", result.label());
        }
        node.put("load", result.load());
        node.put("facing", (result.governingFacing() != null ? result.governingFacing() : result.facing()).sheetName());
        node.put("facingChecked", result.facing().sheetName());
        if (result.gear() != null) {
            node.put("gear", result.gear());
        }
        if (result.range() != null) {
            node.put("range", result.range());
        }
        node.put("verdict", result.verdict().name());
        node.put("required", degrees(result.required().degrees()));
        node.put("requiredAsWritten", result.required().writtenForm());
        if (result.isEvaluated()) {
            node.put("capability", degrees(result.capabilityDegrees()));
            node.put("margin", degrees(result.marginDegrees()));
            node.put("limitedBy", result.limitedBy().name());
        } else {
            node.putNull("capability");
            node.putNull("margin");
            node.putNull("limitedBy");
        }
        ObjectNode assumptions = node.putObject("assumptions");
        for (Map.Entry<String, Object> entry : result.assumptions().entrySet()) {
            if (entry.getValue() instanceof Double number) {
                assumptions.put(entry.getKey(), number);
            } else {
                assumptions.put(entry.getKey(), String.valueOf(entry.getValue()));
            }
        }
        node.put("message", result.message());
        ArrayNode warnings = node.putArray("warnings");
        result.warnings().forEach(warnings::add);
        node.put("requiredDegrees", result.required().degrees());
        if (result.isEvaluated()) {
            node.put("capabilityDegrees", result.capabilityDegrees());
            node.put("marginDegrees", result.marginDegrees());
        }
        if (!result.directions().isEmpty()) {
            ArrayNode directions = node.putArray("directions");
            for (DirectionResult direction : result.directions()) {
                ObjectNode directionNode = directions.addObject();
                directionNode.put("facing", direction.facing().sheetName());
                directionNode.put("capability", degrees(direction.capabilityDegrees()));
                directionNode.put("capabilityDegrees", direction.capabilityDegrees());
                directionNode.put("limitedBy", direction.limitedBy().name());
                directionNode.put("verdict", direction.verdict().name());
            }
        }
        if (!result.details().isEmpty()) {
            ObjectNode details = node.putObject("details");
            result.details().forEach(details::put);
        }
        if (withAlternative && result.ifPercentWasMeant() != null) {
            node.set("ifPercentWasMeant", result(result.ifPercentWasMeant(), false));
        }
        return node;
    }

    /** Degrees rounded to 0.01 with trailing zeros dropped, as FORMAT.md §4 writes them: {@code "-2.03 °"}. */
    static String degrees(double value) {
        BigDecimal rounded = new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = rounded.signum() == 0 ? "0" : rounded.toPlainString();
        return text + " °";
    }

}
