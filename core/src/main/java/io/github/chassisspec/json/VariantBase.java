package io.github.chassisspec.json;

import io.github.chassisspec.json.SheetNode.ArrayNode;
import io.github.chassisspec.json.SheetNode.Member;
import io.github.chassisspec.json.SheetNode.ObjectNode;
import io.github.chassisspec.json.SheetNode.ScalarKind;
import io.github.chassisspec.json.SheetNode.ScalarNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A base spec sheet read once, from which variants are made by overriding fields, as a CSV table of a model range
 * does: one base, one row per variant with its wheelbase, laden mass or final drive. Each variant is bound and
 * checked like a sheet of its own; an error in an overridden value names the file, line and column the value
 * came from. Thread-safe: the base is never changed.
 */
public final class VariantBase {

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String source;
    private final SheetNode root;

    private VariantBase(String source, SheetNode root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Reads a base spec sheet; YAML when its name ends in {@code .yaml} or {@code .yml}, JSON otherwise.
     *
     * @throws SheetException if the file cannot be read or is not JSON or YAML; it is bound only with a variant
     */
    public static VariantBase read(Path file) {
        return read(file, SheetParser.DEFAULT_MAXIMUM_BYTES);
    }

    static VariantBase read(Path file, long maximumBytes) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        return new VariantBase(source, new SheetParser(maximumBytes).parse(file, source, SheetFormat.ofFileName(source)));
    }

    /** The base sheet's file, as named when it was read. */
    public String source() {
        return source;
    }

    /**
     * The variant with these values in place of the base's (or added where the base has none).
     *
     * @throws SheetException if a path cannot be followed, or the variant is not a valid spec sheet; located in the
     *                        table for an overridden value, in the base sheet otherwise
     */
    public VariantSheet variant(List<SheetOverride> overrides) {
        SheetNode changed = root;
        for (SheetOverride override : overrides) {
            changed = replace(changed, override, segments(override), 0, "");
        }
        VariantSheet variant;
        try {
            variant = new VariantSheet(SpecSheetReader.bind(changed, source), overrides);
        } catch (SheetException e) {
            SheetOverride override = VariantSheet.overrideAt(overrides, e.pointer());
            if (override == null) {
                override = createdBy(overrides, e);
            }
            if (override == null) {
                throw e;
            }
            throw new SheetException(override.source(), e.pointer(), override.location(), e.problem(), e);
        }
        return variant;
    }

    /** The override that created the object an error is about, such as a clutch the base did not have. */
    private static SheetOverride createdBy(List<SheetOverride> overrides, SheetException error) {
        for (SheetOverride override : overrides) {
            if (override.pointer().startsWith(error.pointer() + "/") && override.location().equals(error.location())) {
                return override;
            }
        }
        return null;
    }

    private static List<String> segments(SheetOverride override) {
        String pointer = override.pointer();
        if (!pointer.startsWith("/") || pointer.length() < 2) {
            throw pathError(override, "names no field");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : pointer.substring(1).split("/", -1)) {
            if (segment.isEmpty()) {
                throw pathError(override, "has an empty step");
            }
            segments.add(segment.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    /** A copy of {@code node} with the value at the remaining segments replaced; the original is left as it is. */
    private static SheetNode replace(SheetNode node, SheetOverride override, List<String> segments, int depth,
            String pointer) {
        if (depth == segments.size()) {
            return scalar(override);
        }
        String segment = segments.get(depth);
        String childPointer = pointer + "/" + Pointers.escape(segment);
        if (node instanceof ObjectNode object) {
            LinkedHashMap<String, Member> members = new LinkedHashMap<>(object.members());
            Member member = members.get(segment);
            SheetNode child = member != null ? member.value()
                    : new ObjectNode(override.location(), new LinkedHashMap<>());
            SheetNode replaced = replace(child, override, segments, depth + 1, childPointer);
            members.put(segment, new Member(segment, member != null ? member.nameLocation() : override.location(),
                    replaced));
            return new ObjectNode(object.location(), members);
        }
        if (node instanceof ArrayNode array) {
            int index = index(segment, array.elements().size());
            if (index < 0) {
                throw pathError(override, "goes to " + pointer + "/" + segment + ", but " + (pointer.isEmpty()
                        ? "the sheet" : pointer) + " has " + array.elements().size() + " element"
                        + (array.elements().size() == 1 ? "" : "s") + " (indices from 0)");
            }
            List<SheetNode> elements = new ArrayList<>(array.elements());
            elements.set(index, replace(elements.get(index), override, segments, depth + 1, childPointer));
            return new ArrayNode(array.location(), elements);
        }
        throw pathError(override, "goes inside " + pointer + ", which is " + node.describe() + ", not an object or array");
    }

    private static int index(String segment, int size) {
        if (!segment.matches("0|[1-9][0-9]{0,8}")) {
            return -1;
        }
        int index = Integer.parseInt(segment);
        return index < size ? index : -1;
    }

    /** Numbers and booleans as in JSON; anything else is text, such as a quantity with its unit. */
    private static ScalarNode scalar(SheetOverride override) {
        String value = override.value();
        if (JSON_NUMBER.matcher(value).matches()) {
            return new ScalarNode(override.location(), ScalarKind.NUMBER, value, new BigDecimal(value));
        }
        if (value.equals("true") || value.equals("false")) {
            return new ScalarNode(override.location(), ScalarKind.BOOLEAN, value, null);
        }
        return new ScalarNode(override.location(), ScalarKind.STRING, value, null);
    }

    private static SheetException pathError(SheetOverride override, String problem) {
        return new SheetException(override.source(), override.pointer(), override.location(),
                "the column " + override.path() + " " + problem);
    }
}
