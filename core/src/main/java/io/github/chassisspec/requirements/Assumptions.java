package io.github.chassisspec.requirements;

import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;
import io.github.chassisspec.units.ChassisUnits;
import io.github.chassisspec.units.SiValues;
import javax.measure.Quantity;
import javax.measure.quantity.Acceleration;
import tech.units.indriya.quantity.Quantities;

/**
 * The assumptions every requirement of a profile uses unless it overrides them (FORMAT.md §3), such as an
 * adhesion of 0.8 on dry asphalt. What is not given takes the documented default, and reports print the values
 * used: adhesion μ 0.7, rolling resistance f_r 0.010, reserve acceleration 0 m/s².
 *
 * @param adhesion            μ, tyre–road adhesion (peak, static), in (0, 2]
 * @param rollingResistance   f_r, in [0, 0.5]
 * @param reserveAcceleration a_res, the acceleration a hill start must still reach, at least 0
 */
public record Assumptions(
        @MayBeAbsent Double adhesion,
        @MayBeAbsent Double rollingResistance,
        @MayBeAbsent Quantity<Acceleration> reserveAcceleration) {

    /** μ when a profile does not say. */
    public static final double DEFAULT_ADHESION = 0.7;
    /** f_r when a profile does not say. */
    public static final double DEFAULT_ROLLING_RESISTANCE = 0.010;

    /** The defaults: μ 0.7, f_r 0.010, a_res 0 m/s². */
    public static final Assumptions DEFAULTS = new Assumptions(null, null, null);

    public Assumptions {
        adhesion = adhesion == null ? DEFAULT_ADHESION : Checks.adhesion(adhesion, "adhesion");
        rollingResistance = rollingResistance == null ? DEFAULT_ROLLING_RESISTANCE
                : Checks.rollingResistance(rollingResistance, "rollingResistance");
        reserveAcceleration = reserveAcceleration == null
                ? Quantities.getQuantity(0.0, ChassisUnits.METRE_PER_SECOND_SQUARED)
                : checkedAcceleration(reserveAcceleration, "reserveAcceleration");
    }

    static Quantity<Acceleration> checkedAcceleration(Quantity<Acceleration> value, String component) {
        double metresPerSecondSquared = SiValues.of(value);
        if (!(metresPerSecondSquared >= 0 && metresPerSecondSquared <= 10)) {
            throw new InvalidComponentException(component, "must be between 0 and 10 m/s² but was "
                    + io.github.chassisspec.units.QuantityFormat.format(value));
        }
        return SiValues.normalize(value, io.github.chassisspec.units.QuantityKind.ACCELERATION);
    }

    /** These assumptions with another adhesion. */
    public Assumptions withAdhesion(double newAdhesion) {
        return new Assumptions(newAdhesion, rollingResistance, reserveAcceleration);
    }

    /** These assumptions with another rolling resistance. */
    public Assumptions withRollingResistance(double newRollingResistance) {
        return new Assumptions(adhesion, newRollingResistance, reserveAcceleration);
    }

    /** These assumptions with another reserve acceleration. */
    public Assumptions withReserveAcceleration(Quantity<Acceleration> newReserveAcceleration) {
        return new Assumptions(adhesion, rollingResistance, newReserveAcceleration);
    }
}
