package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.nonNegative;
import static io.github.chassisspec.model.Components.optionalPositive;
import static io.github.chassisspec.model.Components.optionalText;
import static io.github.chassisspec.model.Components.positive;
import static io.github.chassisspec.model.Components.required;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.Torque;
import io.github.chassisspec.validation.QuantityRange;
import jakarta.validation.Valid;
import javax.measure.Quantity;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;

/**
 * One axle of a chassis, such as a 7.1 t steered front axle or an 11.5 t driven rear axle with the parking
 * brake. Immutable; quantities are held in SI units.
 *
 * @param name               a label such as {@code "front"} or {@code "second steer"}; may be absent
 * @param group              the axle group it belongs to
 * @param position           x_i, measured rearward from the first axle (the first axle is at 0)
 * @param ratedLoad          the technically permissible axle load, also the weight for load sharing inside a group
 * @param track              the track width (twin tyres: between the centres of the twin pairs); may be absent
 * @param tyres              the tyres
 * @param steering           the steering geometry of a steered axle; absent on a non-steered axle
 * @param driven             whether the axle is driven; false when absent
 * @param parkingBrakeTorque the parking brake's holding torque at this axle's wheels, both sides together;
 *                           absent when the axle has no parking brake
 */
public record Axle(
        @MayBeAbsent String name,
        AxleGroup group,
        @QuantityRange(min = "0 m", max = "30 m") Quantity<Length> position,
        @QuantityRange(min = "100 kg", max = "30 t") Quantity<Mass> ratedLoad,
        @MayBeAbsent @QuantityRange(min = "1.0 m", max = "2.6 m") Quantity<Length> track,
        @Valid Tyres tyres,
        @MayBeAbsent @Valid Steering steering,
        @MayBeAbsent boolean driven,
        @MayBeAbsent @QuantityRange(min = "100 N·m", max = "300 kN·m") Quantity<Torque> parkingBrakeTorque) {

    public Axle {
        name = optionalText(name, "name");
        required(group, "group");
        position = nonNegative(position, "position", QuantityKind.LENGTH);
        ratedLoad = positive(ratedLoad, "ratedLoad", QuantityKind.MASS);
        track = optionalPositive(track, "track", QuantityKind.LENGTH);
        required(tyres, "tyres");
        parkingBrakeTorque = optionalPositive(parkingBrakeTorque, "parkingBrakeTorque", QuantityKind.TORQUE);
    }

    /** Whether the axle carries a parking brake. */
    public boolean hasParkingBrake() {
        return parkingBrakeTorque != null;
    }

    /** Whether the axle is steered. */
    public boolean isSteered() {
        return steering != null;
    }
}
