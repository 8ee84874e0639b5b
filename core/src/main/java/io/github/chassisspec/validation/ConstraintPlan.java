package io.github.chassisspec.validation;

import io.github.chassisspec.model.ChassisSpec;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.measure.Quantity;

/**
 * The constraints Hibernate Validator would check on a model record, read once from the same annotations and checked
 * in plain Java: a spec that breaks none of them is valid without starting Hibernate Validator or building its
 * paths. A spec that breaks one goes to Hibernate Validator, which finds the same violation and writes its message.
 *
 * <p>The plan knows what the model uses: {@link QuantityRange} on a quantity component or on the elements of a list
 * of quantities, {@link Valid} on a record component or on the elements of a list or the values of a map of
 * records, and {@link ConsistentChassis} on {@link ChassisSpec}. A record that carries any other Bean Validation
 * annotation, or one of these somewhere else, has no plan ({@link #unsupportedReason()} says why), and every spec
 * holding it goes to Hibernate Validator. Immutable and thread-safe.
 */
final class ConstraintPlan {

    /** One check of a record; false when the record breaks it or when only Hibernate Validator can tell. */
    private interface Step {
        boolean accepts(Object record);
    }

    private final Step[] steps;
    private final String unsupportedReason;

    private ConstraintPlan(Step[] steps, String unsupportedReason) {
        this.steps = steps;
        this.unsupportedReason = unsupportedReason;
    }

    /**
     * Whether {@code spec} breaks none of the model's constraints, checked without Hibernate Validator; false also
     * when the model holds a constraint this plan does not know.
     */
    static boolean satisfiedBy(ChassisSpec spec) {
        return Holder.CHASSIS_SPEC.accepts(spec);
    }

    /** The plan of {@link ChassisSpec}, built on first use. */
    static ConstraintPlan chassisSpec() {
        return Holder.CHASSIS_SPEC;
    }

    /** Why this record has no plan, such as an annotation this plan does not know; null when it has one. */
    String unsupportedReason() {
        return unsupportedReason;
    }

    /** Whether {@code record}, of this plan's class, breaks none of its constraints. */
    boolean accepts(Object record) {
        if (unsupportedReason != null) {
            return false;
        }
        try {
            for (Step step : steps) {
                if (!step.accepts(record)) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            // Not swallowed: the caller then runs Hibernate Validator, which meets the same problem and reports it.
            return false;
        }
    }

    /** The plan of {@code recordClass} and of every record it cascades to. */
    static ConstraintPlan of(Class<?> recordClass) {
        return new Planner().plan(recordClass);
    }

    private static final class Holder {
        static final ConstraintPlan CHASSIS_SPEC = of(ChassisSpec.class);
    }

    /** Builds plans, each record class once, so that a record held in two places shares one plan. */
    private static final class Planner {

        private final Map<Class<?>, ConstraintPlan> plans = new HashMap<>();
        private final Set<Class<?>> planning = new HashSet<>();

        ConstraintPlan plan(Class<?> recordClass) {
            ConstraintPlan known = plans.get(recordClass);
            if (known != null) {
                return known;
            }
            if (!planning.add(recordClass)) {
                // The model has no cycles; Hibernate Validator can walk one, this plan does not try.
                throw new Unsupported("it holds itself through " + recordClass.getSimpleName());
            }
            ConstraintPlan plan;
            try {
                plan = new ConstraintPlan(steps(recordClass).toArray(Step[]::new), null);
            } catch (Unsupported unsupported) {
                plan = new ConstraintPlan(new Step[0], recordClass.getSimpleName() + ": " + unsupported.getMessage());
            } catch (ConstraintDeclarationException badLimit) {
                // Hibernate Validator refuses the same declaration when it validates, in its own words.
                plan = new ConstraintPlan(new Step[0], recordClass.getSimpleName() + ": " + badLimit.getMessage());
            }
            planning.remove(recordClass);
            plans.put(recordClass, plan);
            return plan;
        }

        /** The plan of a record that another cascades to; a record without a plan leaves its holder without one. */
        private ConstraintPlan nestedPlan(Class<?> recordClass) {
            ConstraintPlan nested = plan(recordClass);
            if (nested.unsupportedReason != null) {
                throw new Unsupported(nested.unsupportedReason);
            }
            return nested;
        }

        private List<Step> steps(Class<?> recordClass) {
            if (!recordClass.isRecord()) {
                throw new Unsupported("not a record");
            }
            checkSupertypes(recordClass);
            List<Step> steps = new ArrayList<>();
            for (RecordComponent component : recordClass.getRecordComponents()) {
                steps.addAll(componentSteps(recordClass, component));
            }
            checkMethods(recordClass);
            List<Annotation> classConstraints = validationAnnotations(recordClass.getDeclaredAnnotations());
            for (Annotation annotation : classConstraints) {
                if (annotation instanceof ConsistentChassis && recordClass == ChassisSpec.class) {
                    steps.add(record -> ConsistentChassisValidator.consistent((ChassisSpec) record));
                } else {
                    throw new Unsupported("@" + annotation.annotationType().getSimpleName() + " on the record");
                }
            }
            return steps;
        }

        private List<Step> componentSteps(Class<?> recordClass, RecordComponent component) {
            String name = component.getName();
            Field field;
            try {
                field = recordClass.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("record " + recordClass.getName() + " has no field " + name, e);
            }
            MethodHandle accessor = accessor(component);
            List<Step> steps = new ArrayList<>();
            AnnotatedType type = field.getAnnotatedType();
            List<Annotation> declared = validationAnnotations(field.getDeclaredAnnotations());
            for (Annotation annotation : declared) {
                steps.add(valueStep(name, annotation, field.getType(), accessor));
            }
            // A TYPE_USE constraint written on the component is on its type too; Hibernate Validator reads it once.
            for (Annotation annotation : validationAnnotations(type.getDeclaredAnnotations())) {
                if (!declared.contains(annotation)) {
                    throw new Unsupported("@" + annotation.annotationType().getSimpleName() + " on the type of " + name);
                }
            }
            if (type instanceof AnnotatedParameterizedType parameterized) {
                steps.addAll(elementSteps(name, field.getType(), parameterized, accessor));
            } else if (annotatedInside(type)) {
                throw new Unsupported("a constraint inside the type of " + name);
            }
            return steps;
        }

        /** Steps for a constraint on a component itself. */
        private Step valueStep(String name, Annotation annotation, Class<?> type, MethodHandle accessor) {
            if (annotation instanceof QuantityRange range && type == Quantity.class) {
                QuantityRangeValidator validator = rangeValidator(range);
                return record -> validator.accepts((Quantity<?>) get(accessor, record));
            }
            if (annotation instanceof Valid && isLibraryRecord(type)) {
                ConstraintPlan nested = nestedPlan(type);
                return record -> {
                    Object value = get(accessor, record);
                    return value == null || nested.accepts(value);
                };
            }
            throw new Unsupported("@" + annotation.annotationType().getSimpleName() + " on " + name);
        }

        /** Steps for constraints on the elements of a list or the values of a map. */
        private List<Step> elementSteps(String name, Class<?> type, AnnotatedParameterizedType parameterized,
                MethodHandle accessor) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            List<Step> steps = new ArrayList<>();
            for (int index = 0; index < arguments.length; index++) {
                List<Annotation> annotations = validationAnnotations(arguments[index].getDeclaredAnnotations());
                if (annotatedInside(arguments[index])) {
                    throw new Unsupported("a constraint inside the type argument of " + name);
                }
                if (annotations.isEmpty()) {
                    continue;
                }
                boolean listElement = type == List.class && index == 0;
                boolean mapValue = type == Map.class && index == 1;
                if (!listElement && !mapValue) {
                    throw new Unsupported("a constraint on type argument " + index + " of " + name);
                }
                Class<?> argumentClass = rawClass(arguments[index]);
                for (Annotation annotation : annotations) {
                    Step elementStep = elementStep(name, annotation, argumentClass);
                    steps.add(record -> {
                        Object container = get(accessor, record);
                        if (container == null) {
                            return true;
                        }
                        Iterable<?> elements = mapValue ? ((Map<?, ?>) container).values() : (List<?>) container;
                        for (Object element : elements) {
                            if (!elementStep.accepts(element)) {
                                return false;
                            }
                        }
                        return true;
                    });
                }
            }
            return steps;
        }

        /** A step that takes the element itself rather than the record holding it. */
        private Step elementStep(String name, Annotation annotation, Class<?> elementClass) {
            if (annotation instanceof QuantityRange range && elementClass == Quantity.class) {
                QuantityRangeValidator validator = rangeValidator(range);
                return element -> validator.accepts((Quantity<?>) element);
            }
            if (annotation instanceof Valid && isLibraryRecord(elementClass)) {
                ConstraintPlan nested = nestedPlan(elementClass);
                return element -> element == null || nested.accepts(element);
            }
            throw new Unsupported("@" + annotation.annotationType().getSimpleName() + " on the elements of " + name);
        }

        /**
         * Hibernate Validator reads constraints on getters and on the methods of interfaces too; the plan has none of
         * those, so a record with one has no plan. A record accessor that is not a getter by name carries its
         * component's constraints, which Hibernate Validator leaves to method validation.
         */
        private static void checkMethods(Class<?> recordClass) {
            Set<String> components = Arrays.stream(recordClass.getRecordComponents())
                    .map(RecordComponent::getName).collect(Collectors.toSet());
            for (Method method : recordClass.getDeclaredMethods()) {
                boolean accessor = method.getParameterCount() == 0 && components.contains(method.getName());
                if (accessor && !looksLikeGetter(method.getName())) {
                    continue;
                }
                if (hasValidationAnnotation(method)) {
                    throw new Unsupported("a constraint on method " + method.getName() + "()");
                }
            }
        }

        private static void checkSupertypes(Class<?> recordClass) {
            for (Class<?> supertype : interfacesOf(recordClass, new LinkedHashSet<>())) {
                if (!validationAnnotations(supertype.getDeclaredAnnotations()).isEmpty()) {
                    throw new Unsupported("a constraint on interface " + supertype.getSimpleName());
                }
                for (Method method : supertype.getMethods()) {
                    if (hasValidationAnnotation(method)) {
                        throw new Unsupported("a constraint on method " + supertype.getSimpleName() + "."
                                + method.getName() + "()");
                    }
                }
            }
        }

        /** Every interface {@code type} implements, directly or through another: Hibernate Validator reads them all. */
        private static Set<Class<?>> interfacesOf(Class<?> type, Set<Class<?>> found) {
            for (Class<?> direct : type.getInterfaces()) {
                if (found.add(direct)) {
                    interfacesOf(direct, found);
                }
            }
            return found;
        }

        private static boolean hasValidationAnnotation(Method method) {
            AnnotatedType returned = method.getAnnotatedReturnType();
            return !validationAnnotations(method.getDeclaredAnnotations()).isEmpty()
                    || !validationAnnotations(returned.getDeclaredAnnotations()).isEmpty() || annotatedInside(returned);
        }

        /**
         * Whether a Bean Validation annotation stands anywhere inside {@code type}, at any depth: on its type arguments,
         * an array's component type or a wildcard's bounds.
         */
        private static boolean annotatedInside(AnnotatedType type) {
            List<AnnotatedType> parts = new ArrayList<>();
            if (type instanceof AnnotatedParameterizedType parameterized) {
                parts.addAll(Arrays.asList(parameterized.getAnnotatedActualTypeArguments()));
            } else if (type instanceof AnnotatedArrayType array) {
                parts.add(array.getAnnotatedGenericComponentType());
            } else if (type instanceof AnnotatedWildcardType wildcard) {
                parts.addAll(Arrays.asList(wildcard.getAnnotatedUpperBounds()));
                parts.addAll(Arrays.asList(wildcard.getAnnotatedLowerBounds()));
            }
            for (AnnotatedType part : parts) {
                if (!validationAnnotations(part.getDeclaredAnnotations()).isEmpty() || annotatedInside(part)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean looksLikeGetter(String name) {
            return name.startsWith("get") || name.startsWith("is") || name.startsWith("has");
        }

        private static boolean isLibraryRecord(Class<?> type) {
            return type.isRecord() && Modifier.isFinal(type.getModifiers())
                    && type.getPackageName().startsWith("io.github.chassisspec");
        }

        private static Class<?> rawClass(AnnotatedType type) {
            java.lang.reflect.Type plain = type.getType();
            if (plain instanceof Class<?> plainClass) {
                return plainClass;
            }
            if (plain instanceof java.lang.reflect.ParameterizedType parameterized
                    && parameterized.getRawType() instanceof Class<?> raw) {
                return raw;
            }
            throw new Unsupported("type " + plain.getTypeName());
        }

        private static QuantityRangeValidator rangeValidator(QuantityRange range) {
            QuantityRangeValidator validator = new QuantityRangeValidator();
            validator.initialize(range);
            return validator;
        }

        private static MethodHandle accessor(RecordComponent component) {
            try {
                return MethodHandles.lookup().unreflect(component.getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
                throw new Unsupported("accessor " + component.getName() + "() cannot be called from here");
            }
        }
    }

    private static Object get(MethodHandle accessor, Object record) {
        try {
            return accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // A record accessor declares no checked exception; one thrown anyway is a broken class.
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Bean Validation annotations among {@code annotations}: constraints, their repeated containers (unpacked),
     * {@link Valid}, and anything else from {@code jakarta.validation} or Hibernate Validator, such as a group
     * conversion, which the plan then refuses.
     */
    static List<Annotation> validationAnnotations(Annotation[] annotations) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (annotation instanceof QuantityRange.List list) {
                found.addAll(Arrays.asList(list.value()));
            } else if (type.isAnnotationPresent(Constraint.class) || isContainer(annotation)
                    || type.getPackageName().startsWith("jakarta.validation")
                    || type.getPackageName().startsWith("org.hibernate.validator")) {
                found.add(annotation);
            }
        }
        return found;
    }

    /** A repeated constraint's container, such as {@code QuantityMin.List}: refused whole, since it holds constraints. */
    private static boolean isContainer(Annotation annotation) {
        try {
            Method value = annotation.annotationType().getDeclaredMethod("value");
            Class<?> returned = value.getReturnType();
            return returned.isArray() && returned.getComponentType().isAnnotation()
                    && returned.getComponentType().isAnnotationPresent(Constraint.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Why a record gets no plan; caught where the record's plan is built. */
    private static final class Unsupported extends RuntimeException {
        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }
}
