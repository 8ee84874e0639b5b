package io.github.chassisspec.requirements;

import io.github.chassisspec.report.PackSource;
import java.util.Objects;

/**
 * A requirement as a profile holds it: with where a rule pack took it from, and which vehicles it is for.
 *
 * @param requirement the requirement
 * @param source      the rule pack's source; null for a requirement of the profile itself
 * @param appliesTo   the vehicles it is for; null for every vehicle
 */
public record ProfileEntry(Requirement requirement, PackSource source, Applicability appliesTo) {

    public ProfileEntry {
        Objects.requireNonNull(requirement, "requirement");
    }

    /** A requirement of the profile itself, for every vehicle. */
    public static ProfileEntry of(Requirement requirement) {
        return new ProfileEntry(requirement, null, null);
    }
}
