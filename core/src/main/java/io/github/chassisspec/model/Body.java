package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.optionalNonNegative;
import static io.github.chassisspec.model.Components.optionalPositive;
import static io.github.chassisspec.model.Components.optionalText;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.validation.QuantityRange;
import jakarta.validation.Valid;
import javax.measure.Quantity;
import javax.measure.quantity.Length;

/**
 * The body and outline dimensions that the geometric checks need; every part may be absent.
 *
 * @param type            what the body is, such as {@code "city bus"} or {@code "tipper"}
 * @param overallLength   bumper to bumper
 * @param overallWidth    the widest point, mirrors excluded
 * @param overallHeight   the highest point, unladen
 * @param frontOverhang   from the first axle to the front end
 * @param rearOverhang    from the last axle to the rear end
 * @param groundClearance the lowest point between the axle groups, for the ramp-breakover angle
 * @param approachPoint   the point of the front overhang that decides the approach angle
 * @param departurePoint  the point of the rear overhang that decides the departure angle
 */
public record Body(
        @MayBeAbsent String type,
        @MayBeAbsent @QuantityRange(min = "2 m", max = "30 m") Quantity<Length> overallLength,
        @MayBeAbsent @QuantityRange(min = "1 m", max = "3.5 m") Quantity<Length> overallWidth,
        @MayBeAbsent @QuantityRange(min = "1 m", max = "5 m") Quantity<Length> overallHeight,
        @MayBeAbsent @QuantityRange(min = "0 m", max = "15 m") Quantity<Length> frontOverhang,
        @MayBeAbsent @QuantityRange(min = "0 m", max = "15 m") Quantity<Length> rearOverhang,
        @MayBeAbsent @QuantityRange(min = "0 m", max = "1.5 m") Quantity<Length> groundClearance,
        @MayBeAbsent @Valid ClearancePoint approachPoint,
        @MayBeAbsent @Valid ClearancePoint departurePoint) {

    public Body {
        type = optionalText(type, "type");
        overallLength = optionalPositive(overallLength, "overallLength", QuantityKind.LENGTH);
        overallWidth = optionalPositive(overallWidth, "overallWidth", QuantityKind.LENGTH);
        overallHeight = optionalPositive(overallHeight, "overallHeight", QuantityKind.LENGTH);
        frontOverhang = optionalNonNegative(frontOverhang, "frontOverhang", QuantityKind.LENGTH);
        rearOverhang = optionalNonNegative(rearOverhang, "rearOverhang", QuantityKind.LENGTH);
        groundClearance = optionalPositive(groundClearance, "groundClearance", QuantityKind.LENGTH);
    }
}
