package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.nonNegative;
import static io.github.chassisspec.model.Components.text;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.validation.QuantityRange;
import javax.measure.Quantity;
import javax.measure.quantity.Power;

/**
 * One electrical consumer, such as the air conditioning at 8 kW.
 *
 * @param name  what it is
 * @param power its continuous electrical power
 */
public record ElectricalConsumer(String name, @QuantityRange(min = "0 kW", max = "500 kW") Quantity<Power> power) {

    public ElectricalConsumer {
        name = text(name, "name");
        power = nonNegative(power, "power", QuantityKind.POWER);
    }
}
