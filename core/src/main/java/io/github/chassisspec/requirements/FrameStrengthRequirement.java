package io.github.chassisspec.requirements;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;

/**
 * "The frame rails carry the load with these factors" (PHYSICS.md §6): straight rails by beam bending,
 * σ = k_dyn·M / S ≤ yield / safety factor: {@code { "check": "frameStrength", "dynamicFactor": 2.5,
 * "safetyFactor": 1.5 }}. Curved or kinked rails are never passed by beam theory.
 *
 * @param dynamicFactor k_dyn, the factor on the static load for road shocks, at least 1
 * @param safetyFactor  the factor between yield and allowed stress, at least 1
 * @param load          the load case; {@code laden} when absent
 * @param label         a label; may be absent
 */
public record FrameStrengthRequirement(
        double dynamicFactor,
        double safetyFactor,
        @MayBeAbsent String load,
        @MayBeAbsent String label) implements Requirement {

    public static final String CHECK = "frameStrength";

    public FrameStrengthRequirement {
        if (!(dynamicFactor >= 1 && dynamicFactor <= 10)) {
            throw new InvalidComponentException("dynamicFactor", "must be between 1 and 10 but was " + dynamicFactor);
        }
        if (!(safetyFactor >= 1 && safetyFactor <= 10)) {
            throw new InvalidComponentException("safetyFactor", "must be between 1 and 10 but was " + safetyFactor);
        }
        load = load == null ? ChassisSpec.LADEN : Checks.text(load, "load");
        label = Checks.text(label, "label");
    }

    public static FrameStrengthRequirement of(double dynamicFactor, double safetyFactor) {
        return new FrameStrengthRequirement(dynamicFactor, safetyFactor, null, null);
    }

    @Override
    public String check() {
        return CHECK;
    }
}
