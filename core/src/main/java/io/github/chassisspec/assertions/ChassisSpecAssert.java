package io.github.chassisspec.assertions;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.units.Slope;
import io.github.chassisspec.validation.SpecValidator;
import io.github.chassisspec.validation.SpecViolation;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ChassisSpec}. Settings given here ({@link #withAdhesion}, {@link #withRollingResistance})
 * apply to the checks that follow; every check fails with the capability, the margin and what limits it.
 */
public final class ChassisSpecAssert extends AbstractAssert<ChassisSpecAssert, ChassisSpec> {

    private Assumptions assumptions = Assumptions.DEFAULTS;

    ChassisSpecAssert(ChassisSpec actual) {
        super(actual, ChassisSpecAssert.class);
    }

    /** The adhesion μ the following checks assume (0.7 unless set). */
    public ChassisSpecAssert withAdhesion(double adhesion) {
        assumptions = assumptions.withAdhesion(adhesion);
        return this;
    }

    /** The rolling resistance f_r the following checks assume (0.010 unless set). */
    public ChassisSpecAssert withRollingResistance(double rollingResistance) {
        assumptions = assumptions.withRollingResistance(rollingResistance);
        return this;
    }

    /** Verifies that no spec-sheet rule is broken (see {@code SpecValidator}). */
    public ChassisSpecAssert isConsistent() {
        isNotNull();
        List<SpecViolation> violations = SpecValidator.validate(actual);
        if (!violations.isEmpty()) {
            String newline = System.lineSeparator();
            failWithMessage("%s", newline + "Expecting " + actual.id() + " to be consistent but it breaks "
                    + violations.size() + " rule(s):" + newline + "  " + String.join(newline + "  ",
                    violations.stream().map(SpecViolation::toString).toList()));
        }
        return this;
    }

    /**
     * Verifies that the parking brake holds the laden vehicle on {@code slope} facing both ways; the returned
     * assertion can check other directions and load cases, each call checking again.
     */
    public HoldAssert holdsOn(Slope slope) {
        isNotNull();
        Objects.requireNonNull(slope, "slope");
        return new HoldAssert(actual, ParkingHoldRequirement.of(slope), assumptions);
    }

    /**
     * Verifies that the laden vehicle starts on {@code slope} in the lowest gear; the returned assertion can check
     * other gears, ranges and load cases, each call checking again.
     */
    public StartAssert startsOn(Slope slope) {
        isNotNull();
        Objects.requireNonNull(slope, "slope");
        return new StartAssert(actual, HillStartRequirement.of(slope, 1), assumptions);
    }

    /** Verifies that every requirement of the profile passes. */
    public ChassisSpecAssert meets(RequirementProfile profile) {
        isNotNull();
        ComplianceReport report = RequirementEvaluator.evaluate(actual, profile);
        List<RequirementResult> shortfalls = report.results().stream()
                .filter(result -> result.verdict() != Verdict.PASS).toList();
        if (!shortfalls.isEmpty()) {
            StringBuilder message = new StringBuilder(System.lineSeparator()).append("Expecting ").append(actual.id())
                    .append(" to meet \"").append(profile.name()).append("\" but ").append(shortfalls.size())
                    .append(" of ").append(report.results().size()).append(" requirement(s) did not pass:");
            for (RequirementResult result : shortfalls) {
                message.append(System.lineSeparator()).append("  ").append(result.verdict()).append(": ")
                        .append(Shortfalls.describe(result));
            }
            failWithMessage("%s", message);
        }
        return this;
    }
}
