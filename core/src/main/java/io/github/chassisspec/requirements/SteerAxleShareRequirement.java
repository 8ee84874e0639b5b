package io.github.chassisspec.requirements;

import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;

/**
 * "At least this share of the mass on the steered axles" (PHYSICS.md §6), such as 25 %, at every load case and
 * payload: {@code { "check": "steerAxleShare", "minimumShare": 0.25 }}.
 *
 * @param minimumShare the least share of the weight on the steered axles, in (0, 1)
 * @param load         a single load case to check; absent for every load case and payload
 * @param label        a label; may be absent
 */
public record SteerAxleShareRequirement(double minimumShare, @MayBeAbsent String load, @MayBeAbsent String label)
        implements Requirement {

    public static final String CHECK = "steerAxleShare";

    public SteerAxleShareRequirement {
        if (!(minimumShare > 0 && minimumShare < 1)) {
            throw new InvalidComponentException("minimumShare",
                    "must be a share between 0 and 1, such as 0.25 for 25 %, but was " + minimumShare);
        }
        load = Checks.text(load, "load");
        label = Checks.text(label, "label");
    }

    public static SteerAxleShareRequirement atLeast(double share) {
        return new SteerAxleShareRequirement(share, null, null);
    }

    @Override
    public String check() {
        return CHECK;
    }
}
