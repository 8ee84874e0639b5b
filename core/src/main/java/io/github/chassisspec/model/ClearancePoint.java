package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.nonNegative;
import static io.github.chassisspec.model.Components.positive;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.validation.QuantityRange;
import javax.measure.Quantity;
import javax.measure.quantity.Length;

/**
 * The lowest point of an overhang that decides an approach or departure angle, such as the front bumper
 * corner 2400 mm ahead of the first axle and 380 mm above the road.
 *
 * @param distance how far the point is ahead of the first axle (approach) or behind the last axle (departure)
 * @param height   the point's height above the road
 */
public record ClearancePoint(
        @QuantityRange(min = "0 m", max = "15 m") Quantity<Length> distance,
        @QuantityRange(min = "0 m", max = "3 m") Quantity<Length> height) {

    public ClearancePoint {
        distance = positive(distance, "distance", QuantityKind.LENGTH);
        height = nonNegative(height, "height", QuantityKind.LENGTH);
    }
}
