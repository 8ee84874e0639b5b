package io.github.chassisspec.requirements;

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
 * @param name         the profile's name
 * @param assumptions  what every requirement assumes unless it overrides it
 * @param requirements the requirements, in order
 */
public record RequirementProfile(String name, Assumptions assumptions, List<Requirement> requirements) {

    public RequirementProfile {
        Objects.requireNonNull(name, "name");
        assumptions = assumptions == null ? Assumptions.DEFAULTS : assumptions;
        requirements = List.copyOf(requirements);
    }

    /** A builder for a profile of that name. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Builds a {@link RequirementProfile}; not thread-safe. */
    public static final class Builder {
        private final String name;
        private Assumptions assumptions = Assumptions.DEFAULTS;
        private final List<Requirement> requirements = new ArrayList<>();

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
            requirements.add(Objects.requireNonNull(requirement, "requirement"));
            return this;
        }

        public RequirementProfile build() {
            return new RequirementProfile(name, assumptions, requirements);
        }
    }
}
