package io.github.chassisspec.model;

import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.measure.Quantity;

/** The compact-constructor checks shared by the model records: presence, finiteness, sign, SI normalisation. */
final class Components {

    private Components() {
    }

    static <T> T required(T value, String component) {
        if (value == null) {
            throw new InvalidComponentException(component, "is required");
        }
        return value;
    }

    static <Q extends Quantity<Q>> Quantity<Q> quantity(Quantity<Q> value, String component, QuantityKind kind) {
        return optionalQuantity(required(value, component), component, kind);
    }

    static <Q extends Quantity<Q>> Quantity<Q> optionalQuantity(Quantity<Q> value, String component, QuantityKind kind) {
        if (value == null) {
            return null;
        }
        siValue(value, component, kind);
        return SiValues.normalize(value, kind);
    }

    /** The value in SI units, refused unless it is a finite quantity of the kind. */
    private static double siValue(Quantity<?> value, String component, QuantityKind kind) {
        // Already in the kind's SI unit, as the readers make quantities: no unit to look up.
        if (value.getUnit() == kind.siUnit()) {
            double siValue = value.getValue().doubleValue();
            if (Double.isFinite(siValue)) {
                return siValue;
            }
        }
        double siValue;
        try {
            siValue = SiValues.of(value);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new InvalidComponentException(component, "must be " + kind.description() + " but was " + value);
        }
        if (!Double.isFinite(siValue)) {
            throw new InvalidComponentException(component, "must be finite but was " + value);
        }
        return siValue;
    }

    static <Q extends Quantity<Q>> Quantity<Q> positive(Quantity<Q> value, String component, QuantityKind kind) {
        return optionalPositive(required(value, component), component, kind);
    }

    static <Q extends Quantity<Q>> Quantity<Q> optionalPositive(Quantity<Q> value, String component, QuantityKind kind) {
        if (value == null) {
            return null;
        }
        // Normalising keeps the SI value, so the sign is read once, before it.
        double siValue = siValue(value, component, kind);
        Quantity<Q> normalized = SiValues.normalize(value, kind);
        if (siValue <= 0) {
            throw new InvalidComponentException(component, "must be greater than 0 " + kind.canonicalSymbol()
                    + " but was " + QuantityFormat.format(normalized));
        }
        return normalized;
    }

    static <Q extends Quantity<Q>> Quantity<Q> nonNegative(Quantity<Q> value, String component, QuantityKind kind) {
        return optionalNonNegative(required(value, component), component, kind);
    }

    static <Q extends Quantity<Q>> Quantity<Q> optionalNonNegative(Quantity<Q> value, String component,
            QuantityKind kind) {
        if (value == null) {
            return null;
        }
        double siValue = siValue(value, component, kind);
        Quantity<Q> normalized = SiValues.normalize(value, kind);
        if (siValue < 0) {
            throw new InvalidComponentException(component, "must not be negative but was "
                    + QuantityFormat.format(normalized));
        }
        return normalized;
    }

    static double finite(double value, String component) {
        if (!Double.isFinite(value)) {
            throw new InvalidComponentException(component, "must be a finite number but was " + value);
        }
        return value + 0.0;
    }

    /** No gear train has a stage near this; larger figures are typing or unit slips, and no report can show them. */
    static final double LARGEST_RATIO = 100;

    /** A gear, final-drive or transfer ratio: finite and at most {@link #LARGEST_RATIO} (its sign is a rule). */
    static double ratio(double value, String component) {
        finite(value, component);
        if (value > LARGEST_RATIO) {
            throw new InvalidComponentException(component, "must be at most 100 but was "
                    + java.math.BigDecimal.valueOf(value).stripTrailingZeros() + "; a ratio is input speed over output speed");
        }
        return value + 0.0;
    }

    static String optionalText(String value, String component) {
        if (value != null && value.isBlank()) {
            throw new InvalidComponentException(component, "must not be blank; leave it out instead");
        }
        if (value != null) {
            for (int index = 0; index < value.length(); index++) {
                if (Character.isISOControl(value.charAt(index))) {
                    // A line break or NUL inside a name breaks every report line and table cell it lands in.
                    throw new InvalidComponentException(component, String.format(java.util.Locale.ROOT,
                            "must not contain control characters, but has U+%04X at position %d", (int) value.charAt(index),
                            index + 1));
                }
            }
        }
        return value;
    }

    static String text(String value, String component) {
        return optionalText(required(value, component), component);
    }

    /** An unmodifiable copy; absent means empty. */
    static <T> List<T> list(List<T> values, String component) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int index = 0; index < values.size(); index++) {
            T value = values.get(index);
            // The element's name is built only for the message: most lists are read on every spec.
            if (value == null) {
                throw new InvalidComponentException(component + "[" + index + "]", "is required");
            }
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }

    /** An unmodifiable copy that keeps the order the entries were given in. */
    static <V> Map<String, V> orderedMap(Map<String, V> values, String component) {
        required(values, component);
        Map<String, V> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key == null) {
                throw new InvalidComponentException(component + " key", "is required");
            }
            if (value == null) {
                throw new InvalidComponentException(component + "." + key, "is required");
            }
            copy.put(key, value);
        });
        return Collections.unmodifiableMap(copy);
    }
}
