package io.github.chassisspec.requirements;

/**
 * One threshold of a tender or regulation that a chassis must meet, such as "holds on 18 % facing both ways at full
 * load" or "no axle over its rating". Each kind is a record that profiles write as an object with {@code "check"}
 * naming the kind.
 */
public sealed interface Requirement permits SlopeRequirement, AxleLoadsRequirement, SteerAxleShareRequirement,
        GradeabilityRequirement, TopSpeedRequirement, TiltStabilityRequirement, TurningCircleRequirement,
        GroundAnglesRequirement, FrameStrengthRequirement, ElectricalBalanceRequirement, PowerToMassRequirement {

    /** The check's name in profiles, such as {@code parkingHold}. */
    String check();

    /** The load case it applies to; null for a check that covers every load case or needs none. */
    String load();

    /** A label such as the tender clause ("4.2.1 parking"); null when none. */
    String label();
}
