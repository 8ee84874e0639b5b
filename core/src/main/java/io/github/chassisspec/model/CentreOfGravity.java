package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.optionalNonNegative;
import static io.github.chassisspec.model.Components.positive;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.validation.QuantityRange;
import javax.measure.Quantity;
import javax.measure.quantity.Length;

/**
 * The centre of gravity of a load condition.
 *
 * @param position x_G, measured rearward from the first axle; absent when the load case gives axle loads instead
 * @param height   h, above the road
 */
public record CentreOfGravity(
        @MayBeAbsent Quantity<Length> position,
        @QuantityRange(min = "0.2 m", max = "4 m") Quantity<Length> height) {

    public CentreOfGravity {
        position = optionalNonNegative(position, "position", QuantityKind.LENGTH);
        height = positive(height, "height", QuantityKind.LENGTH);
    }

    /** A centre of gravity at a known position. */
    public static CentreOfGravity at(Quantity<Length> position, Quantity<Length> height) {
        return new CentreOfGravity(Components.required(position, "position"), height);
    }

    /** A centre of gravity whose position follows from the load case's axle loads. */
    public static CentreOfGravity ofHeight(Quantity<Length> height) {
        return new CentreOfGravity(null, height);
    }
}
