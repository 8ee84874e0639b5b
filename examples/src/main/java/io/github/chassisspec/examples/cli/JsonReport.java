package io.github.chassisspec.examples.cli;

import io.github.chassisspec.json.SheetException;
import io.github.chassisspec.json.SheetLocation;
import io.github.chassisspec.validation.SpecViolation;
import java.util.List;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of a consistency check: one object per spec, an array when there are several. */
final class JsonReport {

    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer()
            .with(new DefaultPrettyPrinter(new Separators().withObjectNameValueSpacing(Separators.Spacing.AFTER)));

    private JsonReport() {
    }

    static String render(List<SpecCheck> checks) {
        JsonNode root;
        if (checks.size() == 1) {
            root = toNode(checks.get(0));
        } else {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            checks.forEach(check -> array.add(toNode(check)));
            root = array;
        }
        return WRITER.writeValueAsString(root) + "\n";
    }

    private static ObjectNode toNode(SpecCheck check) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("source", check.source());
        if (check.isReadable()) {
            node.put("spec", check.sheet().spec().id());
        }
        if (check.variant() != null) {
            node.put("base", check.sheet().source());
        }
        node.put("verdict", check.verdict());
        if (!check.isReadable()) {
            SheetException error = check.readError();
            ObjectNode errorNode = node.putObject("error");
            errorNode.put("file", error.source());
            errorNode.put("pointer", error.pointer());
            putLocation(errorNode, error.location());
            errorNode.put("message", error.problem());
            return node;
        }
        ArrayNode violations = node.putArray("violations");
        for (SpecViolation violation : check.violations()) {
            ObjectNode violationNode = violations.addObject();
            violationNode.put("path", violation.path());
            violationNode.put("pointer", violation.pointer());
            if (check.variant() != null) {
                violationNode.put("file", check.fileOf(violation));
            }
            putLocation(violationNode, check.locationOf(violation));
            violationNode.put("message", violation.message());
        }
        return node;
    }

    private static void putLocation(ObjectNode node, SheetLocation location) {
        if (location.isKnown()) {
            node.put("line", location.line());
            node.put("column", location.column());
        }
    }
}
