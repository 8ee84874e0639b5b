package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.list;
import static io.github.chassisspec.model.Components.positive;
import static io.github.chassisspec.model.Components.required;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.validation.QuantityRange;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;

/**
 * A named load condition such as {@code laden} (the technically permissible maximum mass) or
 * {@code unladen}: the mass and where its centre of gravity is. The CoG's position is given directly, or
 * follows from the static axle loads on level ground (PHYSICS.md §1); exactly one of the two.
 *
 * @param mass            m
 * @param centreOfGravity the CoG; its height is always given
 * @param axleLoads       one static load per axle on level ground, front to rear; empty when the CoG position
 *                        is given
 */
public record LoadCase(
        @QuantityRange(min = "300 kg", max = "200 t") Quantity<Mass> mass,
        @Valid CentreOfGravity centreOfGravity,
        @MayBeAbsent List<@QuantityRange(min = "0 kg", max = "200 t") Quantity<Mass>> axleLoads) {

    public LoadCase {
        mass = positive(mass, "mass", QuantityKind.MASS);
        required(centreOfGravity, "centreOfGravity");
        List<Quantity<Mass>> loads = list(axleLoads, "axleLoads");
        List<Quantity<Mass>> normalized = new ArrayList<>(loads.size());
        for (int index = 0; index < loads.size(); index++) {
            normalized.add(Components.nonNegative(loads.get(index), "axleLoads[" + index + "]", QuantityKind.MASS));
        }
        axleLoads = Collections.unmodifiableList(normalized);
        if (centreOfGravity.position() == null && axleLoads.isEmpty()) {
            throw new InvalidComponentException("centreOfGravity.position",
                    "is required unless the load case gives axleLoads");
        }
        if (centreOfGravity.position() != null && !axleLoads.isEmpty()) {
            throw new InvalidComponentException("axleLoads",
                    "must be left out when centreOfGravity.position is given; give one or the other");
        }
    }

    /** A load case with the CoG at a given position. */
    public static LoadCase of(Quantity<Mass> mass, CentreOfGravity centreOfGravity) {
        return new LoadCase(mass, centreOfGravity, List.of());
    }

    /** Whether the CoG position follows from axle loads rather than being given. */
    public boolean hasAxleLoads() {
        return !axleLoads.isEmpty();
    }
}
