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
    TRACTION
}
