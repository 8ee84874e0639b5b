package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.list;
import static io.github.chassisspec.model.Components.optionalPositive;
import static io.github.chassisspec.model.Components.positive;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.Torque;
import io.github.chassisspec.validation.QuantityRange;
import jakarta.validation.Valid;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.quantity.Frequency;
import javax.measure.quantity.Power;

/**
 * An electric traction motor, such as a 150 kW, 1100 N·m central motor. It gives its peak torque from
 * standstill, so there is no clutch and the launch torque is the peak torque.
 *
 * @param peakTorque  the peak torque, available from standstill
 * @param maxPower    the peak power; may be absent
 * @param maxSpeed    the highest motor speed; may be absent
 * @param torqueCurve the peak torque curve, speeds ascending; empty when not given
 */
public record ElectricMotor(
        @QuantityRange(min = "10 N·m", max = "20 kN·m") Quantity<Torque> peakTorque,
        @MayBeAbsent @QuantityRange(min = "1 kW", max = "2000 kW") Quantity<Power> maxPower,
        @MayBeAbsent @QuantityRange(min = "500 rpm", max = "30000 rpm") Quantity<Frequency> maxSpeed,
        @MayBeAbsent List<@Valid TorquePoint> torqueCurve) {

    public ElectricMotor {
        peakTorque = positive(peakTorque, "peakTorque", QuantityKind.TORQUE);
        maxPower = optionalPositive(maxPower, "maxPower", QuantityKind.POWER);
        maxSpeed = optionalPositive(maxSpeed, "maxSpeed", QuantityKind.ROTATIONAL_SPEED);
        torqueCurve = list(torqueCurve, "torqueCurve");
    }
}
