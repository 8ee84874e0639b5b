package io.github.chassisspec.requirements;

import io.github.chassisspec.units.Slope;

/**
 * A requirement to manage a slope from standstill: holding with the parking brake, or starting. A slope written in
 * degrees that no tyre can meet gets its percent reading evaluated too (PHYSICS.md §5).
 */
public sealed interface SlopeRequirement extends Requirement permits ParkingHoldRequirement, HillStartRequirement {

    /** The slope required. */
    Slope slope();

    /** The adhesion μ this requirement assumes, overriding the profile's; null to use the profile's. */
    Double adhesion();

    /** The same requirement on another slope, such as the percent reading of a slope written in degrees. */
    SlopeRequirement onSlope(Slope newSlope);
}
