package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.positive;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.validation.QuantityRange;
import javax.measure.Quantity;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Length;

/**
 * The steering geometry of a steered axle.
 *
 * @param maxInnerAngle  the largest lock of the inner wheel, δ_i, such as 50°
 * @param kingpinSpacing the distance between the two kingpin axes at the ground, j
 */
public record Steering(
        @QuantityRange(min = "10 °", max = "70 °") Quantity<Angle> maxInnerAngle,
        @QuantityRange(min = "0.5 m", max = "2.6 m") Quantity<Length> kingpinSpacing) {

    public Steering {
        maxInnerAngle = positive(maxInnerAngle, "maxInnerAngle", QuantityKind.ANGLE);
        kingpinSpacing = positive(kingpinSpacing, "kingpinSpacing", QuantityKind.LENGTH);
    }
}
