package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.list;
import static io.github.chassisspec.model.Components.positive;

import io.github.chassisspec.units.QuantityKind;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.quantity.Power;

/**
 * The electrical system, for the generator balance.
 *
 * @param generatorPower the generator's (alternator's) rated electrical output
 * @param consumers      the continuous consumers; empty when not given
 */
public record Electrical(Quantity<Power> generatorPower, @MayBeAbsent List<ElectricalConsumer> consumers) {

    public Electrical {
        generatorPower = positive(generatorPower, "generatorPower", QuantityKind.POWER);
        consumers = list(consumers, "consumers");
    }
}
