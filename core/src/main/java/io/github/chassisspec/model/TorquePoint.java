package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.nonNegative;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.Torque;
import javax.measure.Quantity;
import javax.measure.quantity.Frequency;

/**
 * One point of a full-load torque curve, such as 800 N·m at 1200 rpm.
 *
 * @param speed  the shaft speed (stored in hertz, revolutions per second)
 * @param torque the torque at that speed
 */
public record TorquePoint(Quantity<Frequency> speed, Quantity<Torque> torque) {

    public TorquePoint {
        speed = nonNegative(speed, "speed", QuantityKind.ROTATIONAL_SPEED);
        torque = nonNegative(torque, "torque", QuantityKind.TORQUE);
    }
}
