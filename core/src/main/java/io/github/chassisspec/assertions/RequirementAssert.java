package io.github.chassisspec.assertions;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.Requirement;
import io.github.chassisspec.requirements.RequirementEvaluator;
import org.assertj.core.api.AbstractAssert;

/**
 * What {@link HoldAssert} and {@link StartAssert} share: a requirement that every setting changes and checks again,
 * failing with "Expecting ... but: " and the result's capability, margin and limiting factor.
 *
 * @param <SELF> the concrete assertion, returned by every method for chaining
 * @param <R>    the requirement type
 */
abstract class RequirementAssert<SELF extends RequirementAssert<SELF, R>, R extends Requirement>
        extends AbstractAssert<SELF, ChassisSpec> {

    private R requirement;
    private final Assumptions assumptions;

    RequirementAssert(ChassisSpec actual, R requirement, Assumptions assumptions, Class<?> selfType) {
        super(actual, selfType);
        this.requirement = requirement;
        this.assumptions = assumptions;
        check();
    }

    R requirement() {
        return requirement;
    }

    /** "to hold on 45 % (24.2°) facing both at load laden": what the assertion expected, for the failure message. */
    abstract String expectation(R checked);

    SELF with(R changed) {
        requirement = changed;
        check();
        return myself;
    }

    private void check() {
        RequirementResult result = RequirementEvaluator.evaluate(actual, requirement, assumptions);
        if (result.verdict() != Verdict.PASS) {
            failWithMessage("%s", System.lineSeparator() + "Expecting " + actual.id() + " " + expectation(requirement)
                    + System.lineSeparator() + "but: " + Shortfalls.describe(result));
        }
    }
}
