package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.list;
import static io.github.chassisspec.model.Components.positive;

import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.validation.QuantityRange;
import jakarta.validation.Valid;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.quantity.Power;

/**
 * The electrical system, for the generator balance.
 *
 * @param generatorPower the generator's (alternator's) rated electrical output
 * @param consumers      the continuous consumers; empty when not given
 */
public record Electrical(
        @QuantityRange(min = "0.1 kW", max = "1000 kW") Quantity<Power> generatorPower,
        @MayBeAbsent List<@Valid ElectricalConsumer> consumers) {

    public Electrical {
        generatorPower = positive(generatorPower, "generatorPower", QuantityKind.POWER);
        consumers = list(consumers, "consumers");
    }
}
