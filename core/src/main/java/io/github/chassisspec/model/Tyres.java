package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.optionalPositive;
import static io.github.chassisspec.model.Components.optionalText;
import static io.github.chassisspec.model.Components.positive;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.validation.QuantityRange;
import javax.measure.Quantity;
import javax.measure.quantity.Length;

/**
 * The tyres of one axle, such as four 295/80R22.5 on a twin-tyred rear axle.
 *
 * @param size               the tyre designation, such as {@code "295/80R22.5"}; may be absent
 * @param count              tyres on the axle (2 single, 4 twin); may be absent
 * @param staticLoadedRadius wheel centre to road under static load, r_s, used for brake holding;
 *                           when absent, the rolling radius
 * @param rollingRadius      dynamic rolling radius r_d, used for traction and speed
 */
public record Tyres(
        @MayBeAbsent String size,
        @MayBeAbsent Integer count,
        @MayBeAbsent @QuantityRange(min = "0.2 m", max = "1.0 m") Quantity<Length> staticLoadedRadius,
        @QuantityRange(min = "0.2 m", max = "1.0 m") Quantity<Length> rollingRadius) {

    public Tyres {
        size = optionalText(size, "size");
        if (count != null && count < 1) {
            throw new InvalidComponentException("count", "must be at least 1 but was " + count);
        }
        rollingRadius = positive(rollingRadius, "rollingRadius", QuantityKind.LENGTH);
        staticLoadedRadius = staticLoadedRadius == null
                ? rollingRadius
                : optionalPositive(staticLoadedRadius, "staticLoadedRadius", QuantityKind.LENGTH);
    }
}
