package io.github.chassisspec.physics;

/** What stops a vehicle just above its capability (PHYSICS.md §3–4). */
public enum LimitingFactor {
    /** A group load goes negative: the vehicle tips over longitudinally. */
    TIP_OVER,
    /** The parking brakes' torque cannot hold the downslope weight component. */
    BRAKE_TORQUE,
    /** The braked tyres slip: friction μ·N on the braked axles is too small. */
    ADHESION,
    /** The combustion engine's launch torque is too small. */
    ENGINE,
    /** The electric motor's torque is too small. */
    MOTOR,
    /** The clutch's torque capacity, smaller than the launch torque, is too small. */
    CLUTCH,
    /** The driven tyres slip: friction μ·N on the driven axles is too small. */
    TRACTION,
    /** An axle's technically permissible load, its rating. */
    RATING,
    /** A legal limit of a rule pack: an axle load or the gross mass. */
    LEGAL_LIMIT,
    /** The technically permissible maximum mass: the laden load case or the sum of the axle ratings. */
    GROSS_RATING,
    /** How the mass is shared between the axles: too little on the steered ones. */
    WEIGHT_DISTRIBUTION,
    /** The engine's governed speed or the motor's maximum speed. */
    GOVERNED_SPEED,
    /** Rolling and air resistance balance the tractive force. */
    DRIVING_RESISTANCE,
    /** The vehicle tips sideways: track too narrow for the centre of gravity's height. */
    ROLLOVER,
    /** The wall-to-wall turning radius is too large. */
    OUTER_RADIUS,
    /** The inner swept radius is too small. */
    INNER_RADIUS,
    /** The kerb-to-kerb turning radius is too large. */
    KERB_RADIUS,
    /** The approach angle is too small. */
    APPROACH_ANGLE,
    /** The departure angle is too small. */
    DEPARTURE_ANGLE,
    /** The ramp-breakover angle is too small. */
    RAMP_BREAKOVER_ANGLE,
    /** The ground clearance is too small. */
    GROUND_CLEARANCE,
    /** The frame rails' bending stress is too high. */
    FRAME_STRESS,
    /** The generator's power is too small for the consumers. */
    GENERATOR,
    /** The engine's or motor's power is too small. */
    POWER
}
