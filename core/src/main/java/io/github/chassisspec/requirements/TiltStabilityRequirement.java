package io.github.chassisspec.requirements;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import javax.measure.Quantity;
import javax.measure.quantity.Angle;

/**
 * "Does not tip sideways on a tilt table below this angle" (PHYSICS.md §6), such as UN R107's 28°:
 * {@code { "check": "tiltStability", "angle": "28 °" }}.
 *
 * @param angle the tilt angle the vehicle must stand, below 90°
 * @param load  the load case; {@code laden} when absent
 * @param label a label; may be absent
 */
public record TiltStabilityRequirement(Quantity<Angle> angle, @MayBeAbsent String load, @MayBeAbsent String label)
        implements Requirement {

    public static final String CHECK = "tiltStability";

    public TiltStabilityRequirement {
        angle = Checks.positive(Checks.required(angle, "angle"), "angle", QuantityKind.ANGLE);
        if (SiValues.of(angle) >= Math.PI / 2) {
            throw new InvalidComponentException("angle", "must be less than 90° but was "
                    + io.github.chassisspec.units.QuantityFormat.format(angle));
        }
        load = load == null ? ChassisSpec.LADEN : Checks.text(load, "load");
        label = Checks.text(label, "label");
    }

    public static TiltStabilityRequirement atLeast(Quantity<Angle> angle) {
        return new TiltStabilityRequirement(angle, null, null);
    }

    @Override
    public String check() {
        return CHECK;
    }
}
