package io.github.chassisspec.requirements;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.units.Slope;
import javax.measure.Quantity;
import javax.measure.quantity.Acceleration;

/**
 * "The vehicle starts facing uphill on this slope in this gear" (PHYSICS.md §4), such as 12 % in first gear at
 * full load: {@code HillStartRequirement.of(Slope.ofPercent(12), 1)}. In profiles:
 * {@code { "check": "hillStart", "slope": "12 %", "gear": 1, "load": "laden" }}.
 *
 * @param slope               the slope to start on
 * @param gear                the gear, 1 for the lowest
 * @param load                the load case; {@code laden} when absent
 * @param range               the transfer-case range; high when absent and the spec has a transfer case
 * @param reserveAcceleration a_res still required at the start; the profile's when absent
 * @param adhesion            μ, overriding the profile's; null to use the profile's
 * @param rollingResistance   f_r, overriding the profile's; null to use the profile's
 * @param label               a label such as a tender clause; may be absent
 */
public record HillStartRequirement(
        Slope slope,
        int gear,
        @MayBeAbsent String load,
        @MayBeAbsent TransferRange range,
        @MayBeAbsent Quantity<Acceleration> reserveAcceleration,
        @MayBeAbsent Double adhesion,
        @MayBeAbsent Double rollingResistance,
        @MayBeAbsent String label) implements SlopeRequirement {

    /** The check's name in profiles. */
    public static final String CHECK = "hillStart";

    public HillStartRequirement {
        if (slope == null) {
            throw new InvalidComponentException("slope", "is required");
        }
        if (gear < 1) {
            throw new InvalidComponentException("gear", "must be at least 1 (the lowest gear) but was " + gear);
        }
        load = load == null ? ChassisSpec.LADEN : Checks.text(load, "load");
        reserveAcceleration = reserveAcceleration == null ? null
                : Assumptions.checkedAcceleration(reserveAcceleration, "reserveAcceleration");
        adhesion = Checks.adhesion(adhesion, "adhesion");
        rollingResistance = Checks.rollingResistance(rollingResistance, "rollingResistance");
        label = Checks.text(label, "label");
    }

    /** Starting on {@code slope} in {@code gear} at the laden load case, with the profile's assumptions. */
    public static HillStartRequirement of(Slope slope, int gear) {
        return new HillStartRequirement(slope, gear, null, null, null, null, null, null);
    }

    @Override
    public String check() {
        return CHECK;
    }

    public HillStartRequirement inGear(int newGear) {
        return new HillStartRequirement(slope, newGear, load, range, reserveAcceleration, adhesion, rollingResistance,
                label);
    }

    public HillStartRequirement atLoad(String newLoad) {
        return new HillStartRequirement(slope, gear, newLoad, range, reserveAcceleration, adhesion, rollingResistance,
                label);
    }

    public HillStartRequirement inRange(TransferRange newRange) {
        return new HillStartRequirement(slope, gear, load, newRange, reserveAcceleration, adhesion, rollingResistance,
                label);
    }

    public HillStartRequirement withReserveAcceleration(Quantity<Acceleration> newReserve) {
        return new HillStartRequirement(slope, gear, load, range, newReserve, adhesion, rollingResistance, label);
    }

    public HillStartRequirement withAdhesion(double newAdhesion) {
        return new HillStartRequirement(slope, gear, load, range, reserveAcceleration, newAdhesion, rollingResistance,
                label);
    }

    public HillStartRequirement withRollingResistance(double newRollingResistance) {
        return new HillStartRequirement(slope, gear, load, range, reserveAcceleration, adhesion, newRollingResistance,
                label);
    }

    public HillStartRequirement labelled(String newLabel) {
        return new HillStartRequirement(slope, gear, load, range, reserveAcceleration, adhesion, rollingResistance,
                newLabel);
    }

    @Override
    public HillStartRequirement onSlope(Slope newSlope) {
        return new HillStartRequirement(newSlope, gear, load, range, reserveAcceleration, adhesion, rollingResistance,
                label);
    }
}
