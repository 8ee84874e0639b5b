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
 * A combustion engine, such as a 162 kW, 800 N·m bus engine.
 *
 * @param peakTorque    the highest torque on the full-load curve
 * @param launchTorque  the torque available while the clutch engages at launch (PHYSICS.md §4); absent when
 *                      unknown, and hill-start checks then use the peak torque and say that this is optimistic
 * @param maxPower      rated power; may be absent
 * @param governedSpeed the governed (maximum) engine speed; may be absent
 * @param torqueCurve   the full-load torque curve, speeds ascending; empty when not given
 */
public record Engine(
        @QuantityRange(min = "10 N·m", max = "10 kN·m") Quantity<Torque> peakTorque,
        @MayBeAbsent @QuantityRange(min = "10 N·m", max = "10 kN·m") Quantity<Torque> launchTorque,
        @MayBeAbsent @QuantityRange(min = "1 kW", max = "2000 kW") Quantity<Power> maxPower,
        @MayBeAbsent @QuantityRange(min = "500 rpm", max = "10000 rpm") Quantity<Frequency> governedSpeed,
        @MayBeAbsent List<@Valid TorquePoint> torqueCurve) {

    public Engine {
        peakTorque = positive(peakTorque, "peakTorque", QuantityKind.TORQUE);
        launchTorque = optionalPositive(launchTorque, "launchTorque", QuantityKind.TORQUE);
        maxPower = optionalPositive(maxPower, "maxPower", QuantityKind.POWER);
        governedSpeed = optionalPositive(governedSpeed, "governedSpeed", QuantityKind.ROTATIONAL_SPEED);
        torqueCurve = list(torqueCurve, "torqueCurve");
    }
}
