package io.github.chassisspec.requirements;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.SpecificPower;
import javax.measure.Quantity;

/**
 * "At least this much power per tonne": maximum power / mass ≥ minimum, such as
 * {@code { "check": "powerToMass", "minimum": "8 kW/t" }}.
 *
 * @param minimum the least power-to-mass ratio
 * @param load    the load case; {@code laden} when absent
 * @param label   a label; may be absent
 */
public record PowerToMassRequirement(Quantity<SpecificPower> minimum, @MayBeAbsent String load,
        @MayBeAbsent String label) implements Requirement {

    public static final String CHECK = "powerToMass";

    public PowerToMassRequirement {
        minimum = Checks.positive(Checks.required(minimum, "minimum"), "minimum", QuantityKind.SPECIFIC_POWER);
        // Far outside any vehicle's figure is a slip, and would overflow the "what would it take" targets.
        double wattsPerKilogram = SiValues.of(minimum);
        if (wattsPerKilogram < 0.1 || wattsPerKilogram > 1000) {
            throw new InvalidComponentException("minimum", "must be between 0.1 kW/t and 1000 kW/t but was "
                    + QuantityFormat.format(minimum));
        }
        load = load == null ? ChassisSpec.LADEN : Checks.text(load, "load");
        label = Checks.text(label, "label");
    }

    public static PowerToMassRequirement atLeast(Quantity<SpecificPower> minimum) {
        return new PowerToMassRequirement(minimum, null, null);
    }

    @Override
    public String check() {
        return CHECK;
    }
}
