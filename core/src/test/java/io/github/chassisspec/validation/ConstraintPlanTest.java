package io.github.chassisspec.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.RandomVehicles;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.SiValues;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.measure.Quantity;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.units.indriya.quantity.Quantities;

/**
 * The plain check of the model's constraints must answer exactly as Hibernate Validator does: a spec it passes must
 * have no violation, and one it fails must have one (else Hibernate Validator would run for nothing).
 */
class ConstraintPlanTest {

    @Test
    void chassisSpec_everyModelRecord_hasAPlan() {
        assertThat(ConstraintPlan.chassisSpec().unsupportedReason()).isNull();
    }

    @Test
    void satisfiedBy_bundledBus_isTrueAndHibernateValidatorAgrees() {
        ChassisSpec bus = TestSpecs.fullBus();
        assertThat(ConstraintPlan.satisfiedBy(bus)).isTrue();
        assertThat(SpecValidator.validator().validate(bus)).isEmpty();
    }

    @Test
    void satisfiedBy_trackJustBelowItsRange_isFalse() {
        // Axle.track is @QuantityRange(min = "1.0 m", max = "2.6 m"): 999.999 mm is below by a micrometre.
        ChassisSpec narrow = TestSpecs.fullBusWith("\"track\": \"2040 mm\"", "\"track\": \"999.999 mm\"");
        assertThat(ConstraintPlan.satisfiedBy(narrow)).isFalse();
        assertThat(SpecValidator.validate(narrow)).extracting(SpecViolation::toString)
                .containsExactly("axles[0].track must be between 1.0 m and 2.6 m but was 0.999999 m");
    }

    @Test
    void satisfiedBy_trackOnItsLimit_isTrue() {
        ChassisSpec limit = TestSpecs.fullBusWith("\"track\": \"2040 mm\"", "\"track\": \"1000 mm\"");
        assertThat(ConstraintPlan.satisfiedBy(limit)).isTrue();
        assertThat(SpecValidator.isValid(limit)).isTrue();
    }

    @Test
    void isValid_specWithAViolation_isFalse() {
        ChassisSpec narrow = TestSpecs.fullBusWith("\"track\": \"2040 mm\"", "\"track\": \"999.999 mm\"");
        assertThat(SpecValidator.isValid(narrow)).isFalse();
    }

    // Records of this package, so that the planner takes them for the library's own.

    record Named(@NotNull String name) {
    }

    record HoldsNamed(@Valid Named named) {
    }

    record AtLeast(@QuantityMin("1 kg") Quantity<Mass> mass) {
    }

    record KeyedByRecord(Map<@Valid Named, String> names) {
    }

    record WithConstrainedGetter(@QuantityRange(min = "1 m", max = "2 m") Quantity<Length> length) {
        @NotNull
        public Boolean isLong() {
            return null;
        }
    }

    @ConsistentChassis
    record NotAChassis(String name) {
    }

    record HoldsItself(@Valid HoldsItself next) {
    }

    record TwoRanges(@QuantityRange(min = "1 m", max = "3 m") @QuantityRange(min = "2 m", max = "4 m")
            Quantity<Length> length) {
    }

    @ConsistentChassis
    interface Checked {
    }

    interface CheckedThroughAnother extends Checked {
    }

    record ImplementsIndirectly(String name) implements CheckedThroughAnother {
    }

    record DeepList(List<List<List<@NotNull String>>> names) {
    }

    record BoundedList(List<? extends @NotNull CharSequence> names) {
    }

    // The annotation stands on the component type String[], not on the field's type String[][].
    record NamedArray(String [] @NotNull [] names) {
    }

    record BadLimits(@QuantityRange(min = "2 m", max = "1 m") Quantity<Length> length) {
    }

    record LengthList(List<@QuantityRange(min = "1 m", max = "2 m") Quantity<Length>> lengths) {
    }

    static Stream<Arguments> recordsWithoutPlan() {
        return Stream.of(
                Arguments.of(Named.class, "Named: @NotNull on name"),
                Arguments.of(HoldsNamed.class, "HoldsNamed: Named: @NotNull on name"),
                Arguments.of(AtLeast.class, "AtLeast: @QuantityMin on mass"),
                Arguments.of(KeyedByRecord.class, "KeyedByRecord: a constraint on type argument 0 of names"),
                Arguments.of(WithConstrainedGetter.class, "WithConstrainedGetter: a constraint on method isLong()"),
                Arguments.of(NotAChassis.class, "NotAChassis: @ConsistentChassis on the record"),
                Arguments.of(HoldsItself.class, "HoldsItself: it holds itself through HoldsItself"),
                Arguments.of(ImplementsIndirectly.class, "ImplementsIndirectly: a constraint on interface Checked"),
                Arguments.of(DeepList.class, "DeepList: a constraint inside the type argument of names"),
                Arguments.of(BoundedList.class, "BoundedList: a constraint inside the type argument of names"),
                Arguments.of(NamedArray.class, "NamedArray: a constraint inside the type of names"),
                Arguments.of(BadLimits.class,
                        "BadLimits: @QuantityRange(min = \"2 m\", max = \"1 m\"): min is greater than max"));
    }

    @ParameterizedTest
    @MethodSource("recordsWithoutPlan")
    void of_recordWithAConstraintThePlanDoesNotKnow_hasNoPlanAndSaysWhy(Class<?> recordClass, String reason) {
        assertThat(ConstraintPlan.of(recordClass).unsupportedReason()).isEqualTo(reason);
    }

    @Test
    void accepts_recordWithoutPlan_isFalseEvenWhenValid() {
        assertThat(ConstraintPlan.of(Named.class).accepts(new Named("front"))).isFalse();
    }

    @Test
    void accepts_repeatedRange_checksBoth() {
        ConstraintPlan plan = ConstraintPlan.of(TwoRanges.class);
        assertThat(plan.unsupportedReason()).isNull();
        // 1.5 m is inside [1 m, 3 m] but below [2 m, 4 m]; 2.5 m is inside both; 3.5 m is above the first.
        assertThat(plan.accepts(new TwoRanges(Quantities.getQuantity(1.5, tech.units.indriya.unit.Units.METRE))))
                .isFalse();
        assertThat(plan.accepts(new TwoRanges(Quantities.getQuantity(2.5, tech.units.indriya.unit.Units.METRE))))
                .isTrue();
        assertThat(plan.accepts(new TwoRanges(Quantities.getQuantity(3.5, tech.units.indriya.unit.Units.METRE))))
                .isFalse();
    }

    @Test
    void accepts_listOfRangedQuantities_checksEveryElementAndSkipsNull() {
        ConstraintPlan plan = ConstraintPlan.of(LengthList.class);
        List<Quantity<Length>> inRange = new ArrayList<>();
        inRange.add(QuantityFormat.parse("1500 mm", Length.class));
        inRange.add(null);
        assertThat(plan.accepts(new LengthList(inRange))).isTrue();
        inRange.add(QuantityFormat.parse("2001 mm", Length.class));
        assertThat(plan.accepts(new LengthList(inRange))).isFalse();
        assertThat(plan.accepts(new LengthList(null))).isTrue();
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 400).boxed();
    }

    /**
     * Random valid vehicles with one to three values changed, each to a limit of its range, just beyond one, a random
     * value of its order, zero or a negative one: the plain check and Hibernate Validator must agree on every one.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void satisfiedBy_changedVehicles_agreesWithHibernateValidator(long seed) {
        Random random = new Random(seed);
        Object spec = seed % 10 == 0 ? TestSpecs.fullBus() : RandomVehicles.vehicle(seed);
        int changes = 1 + random.nextInt(3);
        for (int change = 0; change < changes; change++) {
            Object changed = change(spec, null, random);
            if (changed != null) {
                spec = changed;
            }
        }
        ChassisSpec changedSpec = (ChassisSpec) spec;
        boolean violationFree = SpecValidator.validator().validate(changedSpec).isEmpty();
        assertThat(ConstraintPlan.satisfiedBy(changedSpec))
                .as("seed %d: the plain check against Hibernate Validator's %s", seed,
                        SpecValidator.validator().validate(changedSpec))
                .isEqualTo(violationFree);
        assertThat(SpecValidator.isValid(changedSpec)).as("seed %d: isValid", seed).isEqualTo(violationFree);
        assertThat(SpecValidator.validate(changedSpec).isEmpty()).as("seed %d: validate", seed).isEqualTo(violationFree);
    }

    /** Both answers occur among the changed vehicles, so the agreement above is not one-sided. */
    @Test
    void changedVehicles_includeValidAndInvalidOnes() {
        int valid = 0;
        for (long seed : seeds().toList()) {
            Random random = new Random(seed);
            Object spec = seed % 10 == 0 ? TestSpecs.fullBus() : RandomVehicles.vehicle(seed);
            Object changed = change(spec, null, random);
            if (changed != null && SpecValidator.validator().validate((ChassisSpec) changed).isEmpty()) {
                valid++;
            }
        }
        assertThat(valid).isBetween(40, 360);
    }

    /**
     * {@code node} with one value somewhere inside it changed, or null when the change was refused by a record's
     * constructor (a negative mass, say), which is not the validator's business.
     */
    private static Object change(Object node, QuantityRange range, Random random) {
        if (node instanceof Quantity<?> quantity) {
            return changedQuantity(quantity, range, random);
        }
        if (node instanceof Double number) {
            double[] candidates = {0, -number, number * 2, number / 2, number * 1.000001, 1, 2.5};
            return candidates[random.nextInt(candidates.length)];
        }
        if (node instanceof List<?> list && !list.isEmpty()) {
            List<Object> copy = new ArrayList<>(list);
            int index = random.nextInt(copy.size());
            Object changed = change(copy.get(index), range, random);
            if (changed == null) {
                return null;
            }
            copy.set(index, changed);
            return copy;
        }
        if (node instanceof Map<?, ?> map && !map.isEmpty()) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            Object key = new ArrayList<>(copy.keySet()).get(random.nextInt(copy.size()));
            Object changed = change(copy.get(key), range, random);
            if (changed == null) {
                return null;
            }
            copy.put(key, changed);
            return copy;
        }
        if (node instanceof Record record) {
            return changedRecord(record, random);
        }
        return null;
    }

    private static Object changedRecord(Record record, Random random) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        List<Integer> changeable = new ArrayList<>();
        try {
            for (int index = 0; index < components.length; index++) {
                values[index] = components[index].getAccessor().invoke(record);
                Object value = values[index];
                if (value instanceof Quantity || value instanceof Record || value instanceof Double
                        || value instanceof List<?> list && !list.isEmpty()
                        || value instanceof Map<?, ?> map && !map.isEmpty()) {
                    changeable.add(index);
                }
            }
            if (changeable.isEmpty()) {
                return null;
            }
            int index = changeable.get(random.nextInt(changeable.size()));
            Object changed = change(values[index], rangeOf(record.getClass(), components[index]), random);
            if (changed == null) {
                return null;
            }
            values[index] = changed;
            Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException refused) {
            if (refused.getCause() instanceof IllegalArgumentException
                    || refused.getCause() instanceof io.github.chassisspec.model.InvalidComponentException) {
                return null;
            }
            throw new AssertionError(refused.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The range on a component or on the elements of a list component, or null. */
    private static QuantityRange rangeOf(Class<?> recordClass, RecordComponent component) {
        try {
            var field = recordClass.getDeclaredField(component.getName());
            QuantityRange onField = field.getAnnotation(QuantityRange.class);
            if (onField != null) {
                return onField;
            }
            if (field.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType parameterized) {
                return parameterized.getAnnotatedActualTypeArguments()[0].getAnnotation(QuantityRange.class);
            }
            return null;
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Quantity<?> changedQuantity(Quantity<?> quantity, QuantityRange range, Random random) {
        double si = SiValues.of(quantity);
        double value;
        int choice = random.nextInt(range == null ? 3 : 7);
        switch (choice) {
            case 0 -> value = si * Math.pow(10, random.nextDouble() * 4 - 2);
            case 1 -> value = 0;
            case 2 -> value = -si;
            case 3 -> value = QuantityFormat.parseAnyKind(range.min()).siValue();
            case 4 -> value = QuantityFormat.parseAnyKind(range.max()).siValue();
            // One part in a million beyond a limit: below the minimum or above the maximum.
            case 5 -> value = Math.nextDown(QuantityFormat.parseAnyKind(range.min()).siValue() * (1 - 1e-6));
            default -> value = QuantityFormat.parseAnyKind(range.max()).siValue() * (1 + 1e-6);
        }
        return Quantities.getQuantity(value, (javax.measure.Unit) SiValues.kindOf(quantity).siUnit());
    }
}
