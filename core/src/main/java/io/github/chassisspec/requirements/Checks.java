package io.github.chassisspec.requirements;

import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import javax.measure.Quantity;

/** Range checks of requirement and assumption values, with messages naming the component and value. */
final class Checks {

    private Checks() {
    }

    static <T> T required(T value, String component) {
        if (value == null) {
            throw new InvalidComponentException(component, "is required");
        }
        return value;
    }

    static Double adhesion(Double value, String component) {
        if (value != null && !(value > 0 && value <= 2)) {
            throw new InvalidComponentException(component,
                    "must be greater than 0 and at most 2 (tyre on road) but was " + value);
        }
        return value;
    }

    static Double rollingResistance(Double value, String component) {
        if (value != null && !(value >= 0 && value <= 0.5)) {
            throw new InvalidComponentException(component, "must be between 0 and 0.5 but was " + value);
        }
        return value;
    }

    static String text(String value, String component) {
        if (value != null && value.isBlank()) {
            throw new InvalidComponentException(component, "must not be blank");
        }
        return value;
    }

    /** The quantity in SI units, refused when not greater than zero; null stays null. */
    static <Q extends Quantity<Q>> Quantity<Q> positive(Quantity<Q> value, String component, QuantityKind kind) {
        if (value == null) {
            return null;
        }
        Quantity<Q> normalized = SiValues.normalize(value, kind);
        double siValue = SiValues.of(normalized);
        if (!(siValue > 0) || Double.isInfinite(siValue)) {
            throw new InvalidComponentException(component, "must be greater than 0 but was "
                    + (Double.isFinite(siValue) ? QuantityFormat.format(normalized) : String.valueOf(siValue)));
        }
        return normalized;
    }
}
