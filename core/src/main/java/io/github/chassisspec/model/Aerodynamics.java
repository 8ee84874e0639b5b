package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.finite;
import static io.github.chassisspec.model.Components.positive;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.validation.QuantityRange;
import javax.measure.Quantity;
import javax.measure.quantity.Area;

/**
 * What the air resistance ½·ρ·C_d·A·v² needs.
 *
 * @param dragCoefficient C_d
 * @param frontalArea     A
 */
public record Aerodynamics(
        double dragCoefficient,
        @QuantityRange(min = "1 m²", max = "20 m²") Quantity<Area> frontalArea) {

    public Aerodynamics {
        dragCoefficient = finite(dragCoefficient, "dragCoefficient");
        frontalArea = positive(frontalArea, "frontalArea", QuantityKind.AREA);
    }
}
