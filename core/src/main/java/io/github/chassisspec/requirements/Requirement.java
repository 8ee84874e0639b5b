package io.github.chassisspec.requirements;

import io.github.chassisspec.units.Slope;

/**
 * One threshold of a tender or regulation that a chassis must meet, such as "holds on 18 % facing both ways
 * at full load". Each kind is a record that profiles write as an object with {@code "check"} naming the kind.
 */
public sealed interface Requirement permits ParkingHoldRequirement, HillStartRequirement {

    /** The check's name in profiles: {@code parkingHold}, {@code hillStart}. */
    String check();

    /** The slope required. */
    Slope slope();

    /** The load case it applies to, {@code laden} unless said. */
    String load();

    /** The adhesion μ this requirement assumes, overriding the profile's; null to use the profile's. */
    Double adhesion();

    /** A label such as the tender clause ("4.2.1 parking"); null when none. */
    String label();
}
