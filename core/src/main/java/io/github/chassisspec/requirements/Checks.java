package io.github.chassisspec.requirements;

/** Range checks of requirement and assumption values, with messages naming the component and value. */
final class Checks {

    private Checks() {
    }

    static Double adhesion(Double value, String component) {
        if (value != null && !(value > 0 && value <= 2)) {
            throw new io.github.chassisspec.model.InvalidComponentException(component,
                    "must be greater than 0 and at most 2 (tyre on road) but was " + value);
        }
        return value;
    }

    static Double rollingResistance(Double value, String component) {
        if (value != null && !(value >= 0 && value <= 0.5)) {
            throw new io.github.chassisspec.model.InvalidComponentException(component,
                    "must be between 0 and 0.5 but was " + value);
        }
        return value;
    }

    static String text(String value, String component) {
        if (value != null && value.isBlank()) {
            throw new io.github.chassisspec.model.InvalidComponentException(component, "must not be blank");
        }
        return value;
    }
}
