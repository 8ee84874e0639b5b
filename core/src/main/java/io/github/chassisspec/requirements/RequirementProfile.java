package io.github.chassisspec.requirements;

import io.github.chassisspec.report.PackSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named set of requirements with shared assumptions, such as a tender's thresholds: a
 * {@code chassis-requirements/1} profile (FORMAT.md §3), or built in Java:
 *
 * <pre>{@code
 * RequirementProfile tender = RequirementProfile.named("Mediterranean city bus tender")
 *         .adhesion(0.8)
 *         .require(ParkingHoldRequirement.of(Slope.parse("45 %")))
 *         .require(HillStartRequirement.of(Slope.parse("30 %"), 2))
 *         .build();
 * }</pre>
 *
 * @param name        the profile's name
 * @param description what the profile is for; null when not given
 * @param assumptions what every requirement assumes unless it overrides it
 * @param entries     the requirements, in order, with their pack sources
 */
public record RequirementProfile(String name, String description, Assumptions assumptions,
        List<ProfileEntry> entries) {

    public RequirementProfile {
        Objects.requireNonNull(name, "name");
        assumptions = assumptions == null ? Assumptions.DEFAULTS : assumptions;
        entries = List.copyOf(entries);
    }

    /** The requirements, in order. */
    public List<Requirement> requirements() {
        return entries.stream().map(ProfileEntry::requirement).toList();
    }

    /** A builder for a profile of that name. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Builds a {@link RequirementProfile}; not thread-safe. */
    public static final class Builder {
        private final String name;
        private Assumptions assumptions = Assumptions.DEFAULTS;
        private final List<ProfileEntry> entries = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder assumptions(Assumptions newAssumptions) {
            assumptions = Objects.requireNonNull(newAssumptions, "assumptions");
            return this;
        }

        public Builder adhesion(double adhesion) {
            assumptions = assumptions.withAdhesion(adhesion);
            return this;
        }

        public Builder rollingResistance(double rollingResistance) {
            assumptions = assumptions.withRollingResistance(rollingResistance);
            return this;
        }

        public Builder require(Requirement requirement) {
            entries.add(ProfileEntry.of(requirement));
            return this;
        }

        /** Adds a requirement taken from a rule or pack, for the vehicles it applies to (null for all). */
        public Builder require(Requirement requirement, PackSource source, Applicability appliesTo) {
            entries.add(new ProfileEntry(requirement, source, appliesTo));
            return this;
        }

        /** Adds every requirement of another profile, such as a rule pack, with its sources. */
        public Builder include(RequirementProfile pack) {
            entries.addAll(pack.entries());
            return this;
        }

        public RequirementProfile build() {
            return new RequirementProfile(name, null, assumptions, entries);
        }
    }
}
