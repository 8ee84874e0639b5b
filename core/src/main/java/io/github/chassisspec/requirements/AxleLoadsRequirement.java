package io.github.chassisspec.requirements;

import io.github.chassisspec.model.MayBeAbsent;
import io.github.chassisspec.units.QuantityKind;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;

/**
 * "No axle over its rating or the legal limit, nor the vehicle over its gross limit" (PHYSICS.md §6): static axle
 * loads on level ground at every load case and at the worst case over partial payload. In profiles:
 * {@code { "check": "axleLoads", "maxDrivenAxleLoad": "11.5 t", "maxGrossMass": "18 t" }}.
 *
 * @param load              a single load case to check; absent to check every load case and every payload from 0 to
 *                          100 % between {@code unladen} and {@code laden}
 * @param maxAxleLoad       the legal limit of a non-driven axle; may be absent
 * @param maxDrivenAxleLoad the legal limit of a driven axle; may be absent
 * @param maxGrossMass      the legal limit of the gross mass; may be absent
 * @param label             a label such as a tender clause; may be absent
 */
public record AxleLoadsRequirement(
        @MayBeAbsent String load,
        @MayBeAbsent Quantity<Mass> maxAxleLoad,
        @MayBeAbsent Quantity<Mass> maxDrivenAxleLoad,
        @MayBeAbsent Quantity<Mass> maxGrossMass,
        @MayBeAbsent String label) implements Requirement {

    public static final String CHECK = "axleLoads";

    public AxleLoadsRequirement {
        load = Checks.text(load, "load");
        maxAxleLoad = Checks.positive(maxAxleLoad, "maxAxleLoad", QuantityKind.MASS);
        maxDrivenAxleLoad = Checks.positive(maxDrivenAxleLoad, "maxDrivenAxleLoad", QuantityKind.MASS);
        maxGrossMass = Checks.positive(maxGrossMass, "maxGrossMass", QuantityKind.MASS);
        label = Checks.text(label, "label");
    }

    /** Ratings only, at every load case and payload. */
    public static AxleLoadsRequirement ratings() {
        return new AxleLoadsRequirement(null, null, null, null, null);
    }

    @Override
    public String check() {
        return CHECK;
    }
}
