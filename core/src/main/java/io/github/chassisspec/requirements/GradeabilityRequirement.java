package io.github.chassisspec.requirements;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.Slope;
import javax.measure.Quantity;
import javax.measure.quantity.Speed;

/**
 * "Climbs this grade at this speed in this gear" (PHYSICS.md §6): {@code { "check": "gradeability", "slope": "8 %",
 * "speed": "30 km/h", "gear": 4 }}.
 *
 * @param slope             the grade to climb
 * @param speed             the steady speed
 * @param gear              the gear, 1 for the lowest
 * @param load              the load case; {@code laden} when absent
 * @param range             the transfer-case range; high when absent
 * @param adhesion          μ for the traction limit, overriding the profile's; may be absent
 * @param rollingResistance f_r, overriding the profile's; may be absent
 * @param label             a label; may be absent
 */
public record GradeabilityRequirement(
        Slope slope,
        Quantity<Speed> speed,
        int gear,
        @MayBeAbsent String load,
        @MayBeAbsent TransferRange range,
        @MayBeAbsent Double adhesion,
        @MayBeAbsent Double rollingResistance,
        @MayBeAbsent String label) implements Requirement {

    public static final String CHECK = "gradeability";

    public GradeabilityRequirement {
        Checks.required(slope, "slope");
        speed = Checks.positive(Checks.required(speed, "speed"), "speed", QuantityKind.SPEED);
        if (gear < 1) {
            throw new InvalidComponentException("gear", "must be at least 1 (the lowest gear) but was " + gear);
        }
        load = load == null ? ChassisSpec.LADEN : Checks.text(load, "load");
        adhesion = Checks.adhesion(adhesion, "adhesion");
        rollingResistance = Checks.rollingResistance(rollingResistance, "rollingResistance");
        label = Checks.text(label, "label");
    }

    public static GradeabilityRequirement of(Slope slope, Quantity<Speed> speed, int gear) {
        return new GradeabilityRequirement(slope, speed, gear, null, null, null, null, null);
    }

    @Override
    public String check() {
        return CHECK;
    }
}
