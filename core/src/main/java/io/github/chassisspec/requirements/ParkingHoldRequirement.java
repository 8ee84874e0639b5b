package io.github.chassisspec.requirements;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.units.Slope;

/**
 * "The parking brake holds the vehicle on this slope" (PHYSICS.md §3), such as 18 % facing both ways at full
 * load: {@code ParkingHoldRequirement.of(Slope.ofPercent(18))}. In profiles:
 * {@code { "check": "parkingHold", "slope": "18 %", "load": "laden", "facing": "both" }}.
 *
 * @param slope    the slope to hold on
 * @param load     the load case; {@code laden} when absent
 * @param facing   uphill, downhill or both; both when absent
 * @param adhesion μ for this requirement, overriding the profile's; null to use the profile's
 * @param label    a label such as a tender clause; may be absent
 */
public record ParkingHoldRequirement(
        Slope slope,
        @MayBeAbsent String load,
        @MayBeAbsent Facing facing,
        @MayBeAbsent Double adhesion,
        @MayBeAbsent String label) implements SlopeRequirement {

    /** The check's name in profiles. */
    public static final String CHECK = "parkingHold";

    public ParkingHoldRequirement {
        if (slope == null) {
            throw new InvalidComponentException("slope", "is required");
        }
        load = load == null ? ChassisSpec.LADEN : Checks.text(load, "load");
        facing = facing == null ? Facing.BOTH : facing;
        adhesion = Checks.adhesion(adhesion, "adhesion");
        label = Checks.text(label, "label");
    }

    /** Holding on {@code slope} facing both ways at the laden load case, with the profile's adhesion. */
    public static ParkingHoldRequirement of(Slope slope) {
        return new ParkingHoldRequirement(slope, null, null, null, null);
    }

    @Override
    public String check() {
        return CHECK;
    }

    public ParkingHoldRequirement facing(Facing newFacing) {
        return new ParkingHoldRequirement(slope, load, newFacing, adhesion, label);
    }

    public ParkingHoldRequirement atLoad(String newLoad) {
        return new ParkingHoldRequirement(slope, newLoad, facing, adhesion, label);
    }

    public ParkingHoldRequirement withAdhesion(double newAdhesion) {
        return new ParkingHoldRequirement(slope, load, facing, newAdhesion, label);
    }

    public ParkingHoldRequirement labelled(String newLabel) {
        return new ParkingHoldRequirement(slope, load, facing, adhesion, newLabel);
    }

    @Override
    public ParkingHoldRequirement onSlope(Slope newSlope) {
        return new ParkingHoldRequirement(newSlope, load, facing, adhesion, label);
    }
}
