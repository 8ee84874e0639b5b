package io.github.chassisspec.json;

import io.github.chassisspec.json.SheetNode.ArrayNode;
import io.github.chassisspec.json.SheetNode.Member;
import io.github.chassisspec.json.SheetNode.ObjectNode;
import io.github.chassisspec.json.SheetNode.ScalarKind;
import io.github.chassisspec.json.SheetNode.ScalarNode;
import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityFormatException;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.measure.Quantity;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Binds a {@link SheetNode} tree to the model records, component by component, with the record component
 * names as the file's field names. Every problem becomes one {@link SheetException} at the offending value.
 * One binder reads one document: it collects the location of every value it binds, for locating later
 * validation violations.
 */
final class RecordBinder {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    /** The names of each enum's constants as sheets write them, in lower case. */
    private static final ClassValue<List<String>> ENUM_NAMES = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .toList();
        }
    };

    /** The shape of a record type, worked out once per type for both binders. */
    static RecordShape shapeOf(Class<?> type) {
        return SHAPES.get(type);
    }

    /** The names of an enum's constants as sheets write them, in lower case, in the order of the constants. */
    static List<String> enumNames(Class<?> type) {
        return ENUM_NAMES.get(type);
    }

    private final String source;
    /** Where each bound value was written, by JSON Pointer; null when the caller looks locations up in the tree. */
    private final Map<String, SheetLocation> locations;

    /** A binder that records the location of every value it binds, for {@link #locations()}. */
    RecordBinder(String source) {
        this(source, true);
    }

    /** A binder that records locations only if {@code recordLocations}; spec sheets look them up in the tree instead. */
    RecordBinder(String source, boolean recordLocations) {
        this.source = source;
        this.locations = recordLocations ? new HashMap<>() : null;
    }

    /** The location of every value bound so far, by JSON Pointer. */
    Map<String, SheetLocation> locations() {
        return Map.copyOf(locations);
    }

    /** Records where the value at a pointer was written, for values the caller reads itself. */
    void remember(String pointer, SheetLocation location) {
        if (locations != null) {
            locations.put(pointer, location);
        }
    }

    private void remember(PointerTrail pointer, SheetLocation location) {
        if (locations != null) {
            locations.put(pointer.toString(), location);
        }
    }

    /**
     * Binds an object node to a record, accepting (and leaving to the caller) the extra member names given,
     * such as the root's {@code "format"}.
     */
    <T> T bindRecord(SheetNode node, Class<T> type, String pointer, Set<String> extraNames) {
        remember(pointer, node.location());
        return type.cast(bindRecordNode(node, type, PointerTrail.at(pointer), extraNames));
    }

    SheetException error(String pointer, SheetLocation location, String problem) {
        return new SheetException(source, pointer, location, problem);
    }

    private SheetException error(PointerTrail pointer, SheetLocation location, String problem) {
        return new SheetException(source, pointer.toString(), location, problem);
    }

    Object bind(SheetNode node, Type type, String pointer) {
        return bind(node, TypeBinding.of(type), PointerTrail.at(pointer));
    }

    private Object bind(SheetNode node, TypeBinding binding, PointerTrail pointer) {
        remember(pointer, node.location());
        return switch (binding.form()) {
            case QUANTITY -> bindQuantity(node, binding.quantityKind(), pointer);
            case TEXT -> scalar(node, ScalarKind.STRING, "text", pointer).text();
            case DOUBLE -> bindDouble(node, pointer);
            case INTEGER -> bindInteger(node, pointer);
            case BOOLEAN -> Boolean.parseBoolean(scalar(node, ScalarKind.BOOLEAN, "true or false", pointer).text());
            case SLOPE -> bindSlope(node, pointer);
            case ENUM -> bindEnum(node, binding.raw(), pointer);
            case LIST -> bindList(node, binding.element(), pointer);
            case MAP -> bindMap(node, binding.element(), pointer);
            case RECORD -> bindRecordNode(node, binding.raw(), pointer, Set.of());
        };
    }

    private Object bindRecordNode(SheetNode node, Class<?> type, PointerTrail pointer, Set<String> extraNames) {
        if (!(node instanceof ObjectNode object)) {
            throw error(pointer, node.location(), "expected an object but found " + node.describe());
        }
        RecordShape shape = SHAPES.get(type);
        for (Member member : object.members().values()) {
            if (!shape.indexes().containsKey(member.name()) && !extraNames.contains(member.name())) {
                // The record's own fields in their order, then the caller's extra ones sorted: a stable message.
                List<String> candidates = new ArrayList<>(shape.orderedNames());
                extraNames.stream().sorted().forEach(candidates::add);
                throw error(pointer.member(member.name()), member.nameLocation(),
                        unknownField(member.name(), candidates));
            }
        }
        Object[] arguments = new Object[shape.components().size()];
        for (int index = 0; index < arguments.length; index++) {
            ComponentShape component = shape.components().get(index);
            Member member = object.members().get(component.name());
            PointerTrail memberPointer = pointer.member(component.name());
            boolean absent = member == null || member.value() instanceof ScalarNode scalar && scalar.kind() == ScalarKind.NULL;
            if (absent) {
                if (!component.mayBeAbsent()) {
                    throw member == null
                            ? error(pointer, object.location(), "missing required field \"" + component.name() + "\"")
                            : error(memberPointer, member.value().location(), "is null, but a value is required");
                }
                arguments[index] = component.rawType() == boolean.class ? Boolean.FALSE : null;
            } else {
                arguments[index] = bind(member.value(), component.binding(), memberPointer);
            }
        }
        try {
            return shape.constructor().newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw constructionError(e.getCause(), object, pointer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private SheetException constructionError(Throwable cause, ObjectNode object, PointerTrail pointer) {
        if (cause instanceof InvalidComponentException invalid) {
            String componentPath = Pointers.ofComponentPath(invalid.component());
            SheetNode component = TreeLocations.find(object, componentPath);
            if (component != null) {
                return new SheetException(source, pointer + componentPath, component.location(), invalid.problem(),
                        invalid);
            }
            return new SheetException(source, pointer.toString(), object.location(), invalid.getMessage(), invalid);
        }
        return new SheetException(source, pointer.toString(), object.location(), "cannot be built: " + cause.getMessage(),
                cause);
    }

    private Object bindQuantity(SheetNode node, QuantityKind kind, PointerTrail pointer) {
        if (node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.NUMBER && exactValue(scalar) == null) {
            throw error(pointer, node.location(), scalar.text() + " is not a finite number; expected "
                    + kind.description() + " such as \"" + kind.example() + "\"");
        }
        if (node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.NUMBER) {
            throw error(pointer, node.location(), scalar.text() + " has no unit; write it as text with its unit, such as \""
                    + scalar.text() + " " + kind.canonicalSymbol() + "\" (" + kind.description() + " takes "
                    + String.join(", ", kind.unitSymbols()) + ")");
        }
        ScalarNode text = scalar(node, ScalarKind.STRING, () -> kind.description() + " such as \"" + kind.example()
                + "\"", pointer);
        try {
            double siValue = QuantityFormat.parseSiValue(text.text(), kind);
            return SiValues.quantity(siValue, kind);
        } catch (QuantityFormatException e) {
            throw new SheetException(source, pointer.toString(), node.location(), e.getMessage(), e);
        }
    }

    private Slope bindSlope(SheetNode node, PointerTrail pointer) {
        if (node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.NUMBER && exactValue(scalar) == null) {
            throw error(pointer, node.location(), scalar.text()
                    + " is not a finite number; expected a slope such as \"45 %\" or \"24.2 °\"");
        }
        if (node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.NUMBER) {
            throw error(pointer, node.location(), scalar.text() + " has no unit; write degrees (\"" + scalar.text()
                    + " °\") or a percent grade (\"" + scalar.text() + " %\")");
        }
        ScalarNode text = scalar(node, ScalarKind.STRING, "a slope such as \"45 %\" or \"24.2 °\"", pointer);
        try {
            return Slope.parse(text.text());
        } catch (QuantityFormatException e) {
            throw new SheetException(source, pointer.toString(), node.location(), e.getMessage(), e);
        }
    }

    private double bindDouble(SheetNode node, PointerTrail pointer) {
        ScalarNode number = scalar(node, ScalarKind.NUMBER, "a number", pointer);
        BigDecimal exact = exactValue(number);
        if (exact == null) {
            throw error(pointer, node.location(), "must be a finite number but was " + number.text());
        }
        double value = doubleOf(exact);
        if (Double.isNaN(value)) {
            throw error(pointer, node.location(), number.text() + " is out of range for a double");
        }
        return value;
    }

    /**
     * The double of a number as written, or NaN when a double would change it: 1e400 would be infinity and 1e-400
     * zero, refused as quantity texts are, never silently changed. Both binders take numbers by this rule.
     */
    static double doubleOf(BigDecimal exact) {
        double value = exact.doubleValue();
        return !Double.isFinite(value) || value == 0.0 && exact.signum() != 0 ? Double.NaN : value;
    }

    /** The number exactly as written, or null for YAML's .nan and .inf, which have no decimal value. */
    private static BigDecimal exactValue(ScalarNode number) {
        try {
            return new BigDecimal(number.text());
        } catch (NumberFormatException writtenOtherwise) {
            // YAML also writes numbers such as 0x1F, which only the parsed value gives as a decimal.
            try {
                return new BigDecimal(number.number().toString());
            } catch (NumberFormatException notFinite) {
                return null;
            }
        }
    }

    private int bindInteger(SheetNode node, PointerTrail pointer) {
        ScalarNode number = scalar(node, ScalarKind.NUMBER, "a whole number", pointer);
        try {
            return new BigDecimal(number.number().toString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw error(pointer, node.location(), "expected a whole number but found " + number.describe());
        }
    }

    private Object bindEnum(SheetNode node, Class<?> type, PointerTrail pointer) {
        Object[] constants = type.getEnumConstants();
        List<String> names = ENUM_NAMES.get(type);
        ScalarNode text = scalar(node, ScalarKind.STRING, () -> "one of: " + String.join(", ", names), pointer);
        int index = names.indexOf(text.text());
        if (index < 0) {
            String suggestion = Suggestions.closest(text.text(), names);
            throw error(pointer, node.location(), "\"" + SheetNode.abbreviated(text.text()) + "\" is not one of: "
                    + String.join(", ", names) + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?"));
        }
        return constants[index];
    }

    private List<Object> bindList(SheetNode node, TypeBinding elementType, PointerTrail pointer) {
        if (!(node instanceof ArrayNode array)) {
            throw error(pointer, node.location(), "expected an array but found " + node.describe());
        }
        List<Object> values = new ArrayList<>(array.elements().size());
        for (int index = 0; index < array.elements().size(); index++) {
            SheetNode element = array.elements().get(index);
            if (element instanceof ScalarNode scalar && scalar.kind() == ScalarKind.NULL) {
                throw error(pointer.element(index), element.location(), "is null, but a value is required");
            }
            values.add(bind(element, elementType, pointer.element(index)));
        }
        return values;
    }

    private Map<String, Object> bindMap(SheetNode node, TypeBinding valueType, PointerTrail pointer) {
        if (!(node instanceof ObjectNode object)) {
            throw error(pointer, node.location(), "expected an object but found " + node.describe());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Member member : object.members().values()) {
            PointerTrail memberPointer = pointer.member(member.name());
            if (member.name().isBlank()) {
                throw error(memberPointer, member.nameLocation(), "a name must not be blank");
            }
            if (member.value() instanceof ScalarNode scalar && scalar.kind() == ScalarKind.NULL) {
                throw error(memberPointer, member.value().location(), "is null, but a value is required");
            }
            values.put(member.name(), bind(member.value(), valueType, memberPointer));
        }
        return values;
    }

    private ScalarNode scalar(SheetNode node, ScalarKind kind, String expected, PointerTrail pointer) {
        return scalar(node, kind, () -> expected, pointer);
    }

    /** The scalar of the kind expected; the expectation is worked out only for the error. */
    private ScalarNode scalar(SheetNode node, ScalarKind kind, Supplier<String> expectation, PointerTrail pointer) {
        if (node instanceof ScalarNode scalar && scalar.kind() == kind) {
            return scalar;
        }
        throw error(pointer, node.location(), "expected " + expectation.get() + " but found " + node.describe());
    }

    private static String unknownField(String name, List<String> candidates) {
        String suggestion = Suggestions.closest(name, candidates);
        if (suggestion != null) {
            return "unknown field \"" + SheetNode.abbreviated(name) + "\"; did you mean \"" + suggestion + "\"?";
        }
        return "unknown field \"" + SheetNode.abbreviated(name) + "\"; the fields here are " + String.join(", ", candidates);
    }

    /** The forms of value a record component can take; each is bound its own way (by both binders). */
    enum Form { QUANTITY, TEXT, DOUBLE, INTEGER, BOOLEAN, SLOPE, ENUM, LIST, MAP, RECORD }

    /**
     * How values of one declared type are bound, worked out once per record component rather than per value.
     *
     * @param quantityKind the kind of a quantity; else null
     * @param element      the binding of a list's elements or a map's values; else null
     */
    record TypeBinding(Form form, Class<?> raw, QuantityKind quantityKind, TypeBinding element) {

        /** Plain classes are asked for by callers binding single values, such as a profile's name. */
        private static final ClassValue<TypeBinding> OF_CLASS = new ClassValue<>() {
            @Override
            protected TypeBinding computeValue(Class<?> type) {
                return compute(type);
            }
        };

        static TypeBinding of(Type type) {
            return type instanceof Class<?> plain ? OF_CLASS.get(plain) : compute(type);
        }

        private static TypeBinding compute(Type type) {
            Class<?> raw = rawClass(type);
            if (raw == Quantity.class) {
                return new TypeBinding(Form.QUANTITY, raw, kindOfQuantity(type), null);
            }
            if (raw == List.class) {
                return new TypeBinding(Form.LIST, raw, null, of(typeArgument(type, 0)));
            }
            if (raw == Map.class) {
                return new TypeBinding(Form.MAP, raw, null, of(typeArgument(type, 1)));
            }
            return new TypeBinding(simpleForm(raw, type), raw, null, null);
        }

        private static Form simpleForm(Class<?> raw, Type type) {
            if (raw == String.class) {
                return Form.TEXT;
            }
            if (raw == double.class || raw == Double.class) {
                return Form.DOUBLE;
            }
            if (raw == int.class || raw == Integer.class) {
                return Form.INTEGER;
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return Form.BOOLEAN;
            }
            if (raw == Slope.class) {
                return Form.SLOPE;
            }
            if (raw.isEnum()) {
                return Form.ENUM;
            }
            if (raw.isRecord()) {
                return Form.RECORD;
            }
            throw new IllegalStateException("no binding for " + type);
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> raw) {
            return raw;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalStateException("unsupported component type " + type);
    }

    private static Type typeArgument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    private static QuantityKind kindOfQuantity(Type type) {
        Class<?> quantityType = rawClass(typeArgument(type, 0));
        return QuantityKind.of(quantityType)
                .orElseThrow(() -> new IllegalStateException("no quantity kind for " + quantityType.getName()));
    }

    /**
     * What the binder needs to know of a record type, computed once per type.
     *
     * @param indexes     each component's position by its name
     * @param nameMatcher the same for Jackson's token reader, which matches a name's bytes without making a string
     */
    record RecordShape(List<ComponentShape> components, Map<String, Integer> indexes, List<String> orderedNames,
            PropertyNameMatcher nameMatcher, Constructor<?> constructor) {

        static RecordShape of(Class<?> type) {
            RecordComponent[] recordComponents = type.getRecordComponents();
            List<ComponentShape> components = new ArrayList<>();
            Class<?>[] parameterTypes = new Class<?>[recordComponents.length];
            for (int index = 0; index < recordComponents.length; index++) {
                RecordComponent component = recordComponents[index];
                components.add(new ComponentShape(component.getName(), TypeBinding.of(component.getGenericType()),
                        component.getType(), component.isAnnotationPresent(MayBeAbsent.class)));
                parameterTypes[index] = component.getType();
            }
            try {
                List<String> orderedNames = components.stream().map(ComponentShape::name).toList();
                Map<String, Integer> indexes = new HashMap<>();
                for (int index = 0; index < orderedNames.size(); index++) {
                    indexes.put(orderedNames.get(index), index);
                }
                return new RecordShape(List.copyOf(components), Map.copyOf(indexes), orderedNames,
                        BinaryNameMatcher.construct(orderedNames), type.getDeclaredConstructor(parameterTypes));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
            }
        }
    }

    record ComponentShape(String name, TypeBinding binding, Class<?> rawType, boolean mayBeAbsent) {
    }
}
