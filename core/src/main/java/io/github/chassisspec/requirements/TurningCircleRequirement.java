package io.github.chassisspec.requirements;

import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import javax.measure.Quantity;
import javax.measure.quantity.Length;

/**
 * "Turns within these radii" (PHYSICS.md §6), such as EU 96/53/EC's ring of 12.50 m outer and 5.30 m inner radius:
 * {@code { "check": "turningCircle", "maxOuterRadius": "12.5 m", "minInnerRadius": "5.3 m" }}. The outer radius is
 * wall to wall at full lock; the inner swept radius is taken at the lock where the outer radius is the limit (the
 * ring test), or at full lock when no outer limit is given.
 *
 * @param maxOuterRadius the largest wall-to-wall radius; may be absent
 * @param minInnerRadius the smallest inner swept radius; may be absent
 * @param maxKerbRadius  the largest kerb-to-kerb radius (outer front wheel); may be absent
 * @param label          a label; may be absent
 */
public record TurningCircleRequirement(
        @MayBeAbsent Quantity<Length> maxOuterRadius,
        @MayBeAbsent Quantity<Length> minInnerRadius,
        @MayBeAbsent Quantity<Length> maxKerbRadius,
        @MayBeAbsent String label) implements Requirement {

    public static final String CHECK = "turningCircle";

    public TurningCircleRequirement {
        maxOuterRadius = Checks.positive(maxOuterRadius, "maxOuterRadius", QuantityKind.LENGTH);
        minInnerRadius = Checks.positive(minInnerRadius, "minInnerRadius", QuantityKind.LENGTH);
        maxKerbRadius = Checks.positive(maxKerbRadius, "maxKerbRadius", QuantityKind.LENGTH);
        if (maxOuterRadius == null && minInnerRadius == null && maxKerbRadius == null) {
            throw new InvalidComponentException("maxOuterRadius",
                    "or minInnerRadius or maxKerbRadius is required; a turning circle needs a limit");
        }
        if (maxOuterRadius != null && minInnerRadius != null && SiValues.of(minInnerRadius) >= SiValues.of(maxOuterRadius)) {
            throw new InvalidComponentException("minInnerRadius", "must be less than maxOuterRadius "
                    + QuantityFormat.format(maxOuterRadius) + " but was " + QuantityFormat.format(minInnerRadius));
        }
        label = Checks.text(label, "label");
    }

    /** The ring of EU 96/53/EC: 12.50 m outer, 5.30 m inner. */
    public static TurningCircleRequirement ring(Quantity<Length> outer, Quantity<Length> inner) {
        return new TurningCircleRequirement(outer, inner, null, null);
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
