package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.positive;
import static io.github.chassisspec.model.Components.required;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.validation.QuantityRange;
import javax.measure.Quantity;
import javax.measure.quantity.Pressure;
import javax.measure.quantity.Volume;

/**
 * The frame side rails, for the bending check.
 *
 * @param rails          straight or curved (kinked) in side view; only straight rails are checked by beam theory
 * @param sectionModulus the elastic section modulus of one rail about its horizontal axis
 * @param yieldStrength  the rail material's yield strength
 */
public record Frame(
        RailShape rails,
        @QuantityRange(min = "10 cm³", max = "5000 cm³") Quantity<Volume> sectionModulus,
        @QuantityRange(min = "100 MPa", max = "2000 MPa") Quantity<Pressure> yieldStrength) {

    public Frame {
        required(rails, "rails");
        sectionModulus = positive(sectionModulus, "sectionModulus", QuantityKind.SECTION_MODULUS);
        yieldStrength = positive(yieldStrength, "yieldStrength", QuantityKind.STRESS);
    }
}
