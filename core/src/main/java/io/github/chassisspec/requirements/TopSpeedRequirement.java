package io.github.chassisspec.requirements;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.units.QuantityKind;
import javax.measure.Quantity;
import javax.measure.quantity.Speed;

/**
 * "Reaches at least this speed on a level road" (PHYSICS.md §6), overall or in one gear:
 * {@code { "check": "topSpeed", "speed": "100 km/h" }}.
 *
 * @param speed             the least top speed
 * @param gear              a gear to check on its own; absent for the vehicle's top speed over all gears
 * @param load              the load case; {@code laden} when absent
 * @param range             the transfer-case range; high when absent
 * @param rollingResistance f_r, overriding the profile's; may be absent
 * @param label             a label; may be absent
 */
public record TopSpeedRequirement(
        Quantity<Speed> speed,
        @MayBeAbsent Integer gear,
        @MayBeAbsent String load,
        @MayBeAbsent TransferRange range,
        @MayBeAbsent Double rollingResistance,
        @MayBeAbsent String label) implements Requirement {

    public static final String CHECK = "topSpeed";

    public TopSpeedRequirement {
        speed = Checks.positive(Checks.required(speed, "speed"), "speed", QuantityKind.SPEED);
        if (gear != null && gear < 1) {
            throw new InvalidComponentException("gear", "must be at least 1 (the lowest gear) but was " + gear);
        }
        load = load == null ? ChassisSpec.LADEN : Checks.text(load, "load");
        rollingResistance = Checks.rollingResistance(rollingResistance, "rollingResistance");
        label = Checks.text(label, "label");
    }

    public static TopSpeedRequirement atLeast(Quantity<Speed> speed) {
        return new TopSpeedRequirement(speed, null, null, null, null, null);
    }

    @Override
    public String check() {
        return CHECK;
    }
}
