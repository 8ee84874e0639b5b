package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.positive;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.Torque;
import io.github.chassisspec.validation.QuantityRange;
import javax.measure.Quantity;

/**
 * The launch clutch (or the torque limit of whatever couples the engine at launch).
 *
 * @param torqueCapacity the largest torque the clutch transmits without slipping
 */
public record Clutch(@QuantityRange(min = "10 N·m", max = "20 kN·m") Quantity<Torque> torqueCapacity) {

    public Clutch {
        torqueCapacity = positive(torqueCapacity, "torqueCapacity", QuantityKind.TORQUE);
    }
}
