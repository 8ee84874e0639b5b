package io.github.chassisspec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.github.chassisspec.json.SheetFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A bundled document with one value changed as the fuzzer chooses, written as JSON or YAML: structured mutations get
 * past the syntax at once and reach the binding, the constraints and the physics behind it.
 *
 * <p>The fuzzer's input is read by {@link FuzzedDataProvider}: the choices (document, value, change, format, and a
 * number for the changes that take one) from its end, the text from its start. So a seed file holds the text, such
 * as {@code 4500 kg}, followed by a few choice bytes.
 *
 * @param text   the changed document
 * @param format its format
 * @param change what was changed where, for a failure's message
 */
record OneValueChanged(String text, SheetFormat format, String change) {

    /** What can happen to the chosen value. */
    enum Change {
        /** Becomes a JSON string holding the text. */
        TEXT,
        /** Becomes the text itself, unquoted: any JSON or YAML fragment. */
        RAW,
        /** A quantity keeps its unit and gets the text as its number. */
        NUMBER_TEXT_SAME_UNIT,
        /** A quantity keeps its unit and gets a fuzzed finite double as its number. */
        NUMBER_SAME_UNIT,
        /** Becomes a fuzzed finite double. */
        DOUBLE,
        /** Becomes a fuzzed whole number. */
        WHOLE_NUMBER,
        /** Is removed from its object or array. */
        REMOVED,
        /** Keeps its value under the text as its name; an array element is given twice instead. */
        RENAMED_OR_REPEATED,
        /** Becomes null. */
        NULL,
        /** Becomes true. */
        TRUE
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final String RAW_PLACEHOLDER = "FUZZRAWPLACEHOLDER";

    /** A document parsed once, with the path to every value in it (the root's is empty). */
    record Base(String name, JsonNode root, List<List<Object>> paths) {

        static Base of(String name, String text, SheetFormat format) {
            JsonNode root = (format == SheetFormat.YAML ? YAML : JSON).readTree(text);
            List<List<Object>> paths = new ArrayList<>();
            collect(root, new ArrayList<>(), paths);
            return new Base(name, root, List.copyOf(paths));
        }

        private static void collect(JsonNode node, List<Object> path, List<List<Object>> paths) {
            paths.add(List.copyOf(path));
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    path.add(member.getKey());
                    collect(member.getValue(), path, paths);
                    path.remove(path.size() - 1);
                }
            } else if (node.isArray()) {
                for (int index = 0; index < node.size(); index++) {
                    path.add(index);
                    collect(node.get(index), path, paths);
                    path.remove(path.size() - 1);
                }
            }
        }
    }

    /** One of the bases with one value changed, all choices taken from the fuzzer's input. */
    static OneValueChanged of(List<Base> bases, FuzzedDataProvider data) {
        Base base = bases.get(data.consumeInt(0, bases.size() - 1));
        List<Object> path = base.paths().get(data.consumeInt(0, base.paths().size() - 1));
        Change change = data.pickValue(Change.values());
        SheetFormat format = data.consumeBoolean() ? SheetFormat.YAML : SheetFormat.JSON;
        double number = change == Change.NUMBER_SAME_UNIT || change == Change.DOUBLE ? data.consumeRegularDouble() : 0;
        long wholeNumber = change == Change.WHOLE_NUMBER ? data.consumeLong() : 0;
        String text = data.consumeRemainingAsString();

        JsonNode root = base.root().deepCopy();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        boolean raw = false;
        JsonNode original = at(root, path);
        JsonNode replacement = switch (change) {
            case TEXT -> nodes.stringNode(text);
            case RAW -> {
                raw = true;
                yield nodes.stringNode(RAW_PLACEHOLDER);
            }
            case NUMBER_TEXT_SAME_UNIT -> nodes.stringNode(text + unitOf(original));
            case NUMBER_SAME_UNIT -> nodes.stringNode(number + unitOf(original));
            case DOUBLE -> nodes.numberNode(number);
            case WHOLE_NUMBER -> nodes.numberNode(wholeNumber);
            case NULL -> nodes.nullNode();
            case TRUE -> nodes.booleanNode(true);
            case REMOVED, RENAMED_OR_REPEATED -> null;
        };
        if (path.isEmpty()) {
            root = replacement != null ? replacement : nodes.objectNode();
        } else {
            JsonNode parent = at(root, path.subList(0, path.size() - 1));
            Object last = path.get(path.size() - 1);
            if (parent instanceof ObjectNode object) {
                String name = (String) last;
                if (change == Change.REMOVED) {
                    object.remove(name);
                } else if (change == Change.RENAMED_OR_REPEATED) {
                    object.set(text, object.remove(name));
                } else {
                    object.set(name, replacement);
                }
            } else {
                ArrayNode array = (ArrayNode) parent;
                int index = (Integer) last;
                if (change == Change.REMOVED) {
                    array.remove(index);
                } else if (change == Change.RENAMED_OR_REPEATED) {
                    array.insert(index, array.get(index).deepCopy());
                } else {
                    array.set(index, replacement);
                }
            }
        }
        String written = (format == SheetFormat.YAML ? YAML : JSON).writeValueAsString(root);
        if (raw) {
            written = written.contains("\"" + RAW_PLACEHOLDER + "\"")
                    ? written.replace("\"" + RAW_PLACEHOLDER + "\"", text)
                    : written.replace(RAW_PLACEHOLDER, text);
        }
        String value = change == Change.DOUBLE || change == Change.NUMBER_SAME_UNIT ? " " + number
                : change == Change.WHOLE_NUMBER ? " " + wholeNumber : "";
        return new OneValueChanged(written, format, base.name() + " " + path + " " + change + value + " " + text);
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    /** The unit of a quantity text such as {@code "7100 kg"}, with its space; empty for any other value. */
    private static String unitOf(JsonNode node) {
        if (node == null || !node.isString()) {
            return "";
        }
        String value = node.stringValue();
        int space = value.indexOf(' ');
        return space < 0 ? "" : value.substring(space);
    }
}
