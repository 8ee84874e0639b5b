package io.github.chassisspec.requirements;

import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;
import io.github.chassisspec.units.QuantityKind;
import javax.measure.Quantity;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Length;

/**
 * "Approach, departure and ramp-breakover angles and ground clearance of at least..." (PHYSICS.md §6), with the
 * tangent to the tyre exactly: {@code { "check": "groundAngles", "approach": "25 °", "departure": "20 °" }}.
 *
 * @param approach           the least approach angle; may be absent
 * @param departure          the least departure angle; may be absent
 * @param rampBreakover      the least ramp-breakover angle; may be absent
 * @param minGroundClearance the least ground clearance between the axles; may be absent
 * @param label              a label; may be absent
 */
public record GroundAnglesRequirement(
        @MayBeAbsent Quantity<Angle> approach,
        @MayBeAbsent Quantity<Angle> departure,
        @MayBeAbsent Quantity<Angle> rampBreakover,
        @MayBeAbsent Quantity<Length> minGroundClearance,
        @MayBeAbsent String label) implements Requirement {

    public static final String CHECK = "groundAngles";

    public GroundAnglesRequirement {
        approach = Checks.positive(approach, "approach", QuantityKind.ANGLE);
        departure = Checks.positive(departure, "departure", QuantityKind.ANGLE);
        rampBreakover = Checks.positive(rampBreakover, "rampBreakover", QuantityKind.ANGLE);
        minGroundClearance = Checks.positive(minGroundClearance, "minGroundClearance", QuantityKind.LENGTH);
        if (approach == null && departure == null && rampBreakover == null && minGroundClearance == null) {
            throw new InvalidComponentException("approach",
                    "or departure, rampBreakover or minGroundClearance is required; give at least one limit");
        }
        label = Checks.text(label, "label");
    }

    @Override
    public String check() {
        return CHECK;
    }

    @Override
    public String load() {
        return null;
    }
}
