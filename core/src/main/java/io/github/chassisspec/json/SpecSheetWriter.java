package io.github.chassisspec.json;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.MayBeAbsent;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.Slope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.measure.Quantity;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a {@link ChassisSpec} as a {@code chassis-spec/1} spec sheet in JSON or YAML: one canonical unit per
 * kind of value (mm, kg, N·m, °, rpm, kW...), the shortest decimal that reads back to the same double, fields in
 * the model's order, absent parts left out. Reading what was written gives an equal spec. Thread-safe.
 */
public final class SpecSheetWriter {

    private static final ObjectWriter JSON_WRITER = JsonMapper.builder().build()
            .writer().with(new DefaultPrettyPrinter(new Separators()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)));

    private static final ObjectMapper YAML_MAPPER = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .build();

    /** JSON text of the spec sheet, ending with a newline. */
    public String toJson(ChassisSpec spec) {
        return JSON_WRITER.writeValueAsString(toTree(spec)) + "\n";
    }

    /** YAML text of the spec sheet. */
    public String toYaml(ChassisSpec spec) {
        return YAML_MAPPER.writeValueAsString(toTree(spec));
    }

    /** Writes the spec sheet to a file, YAML when its name ends in {@code .yaml} or {@code .yml}, JSON otherwise. */
    public void write(ChassisSpec spec, Path file) {
        String text = SheetFormat.ofFileName(file.toString()) == SheetFormat.YAML ? toYaml(spec) : toJson(spec);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The spec sheet as a Jackson tree, {@code format} first. */
    public JsonNode toTree(ChassisSpec spec) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", SpecSheetReader.FORMAT);
        writeComponents(spec, root);
        return root;
    }

    static void writeComponents(Record value, ObjectNode target) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object componentValue;
            try {
                componentValue = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
            boolean optional = component.isAnnotationPresent(MayBeAbsent.class);
            if (componentValue == null
                    || optional && Boolean.FALSE.equals(componentValue)
                    || optional && componentValue instanceof List<?> list && list.isEmpty()) {
                continue;
            }
            target.set(component.getName(), toNode(componentValue));
        }
    }

    static JsonNode toNode(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Quantity<?> quantity) {
            return nodes.stringNode(QuantityFormat.format(quantity));
        }
        if (value instanceof Slope slope) {
            return nodes.stringNode(SlopeText.of(slope));
        }
        if (value instanceof String text) {
            return nodes.stringNode(text);
        }
        if (value instanceof Double number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Integer number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return nodes.booleanNode(flag);
        }
        if (value instanceof Enum<?> constant) {
            return nodes.stringNode(constant.name().toLowerCase(Locale.ROOT));
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(element -> array.add(toNode(element)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            map.forEach((key, element) -> object.set(String.valueOf(key), toNode(element)));
            return object;
        }
        if (value instanceof Record record) {
            ObjectNode object = nodes.objectNode();
            writeComponents(record, object);
            return object;
        }
        throw new IllegalStateException("no spec-sheet form for " + value.getClass().getName());
    }
}
