package io.github.chassisspec.assertions;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.RequirementEvaluator;
import org.assertj.core.api.AbstractAssert;

/**
 * Asserts that a spec starts facing uphill on a slope. Created by {@link ChassisSpecAssert#startsOn}, which checks
 * the lowest gear at the laden load case; every method here checks again with the changed setting, so
 * {@code startsOn(s).inGear(2)} verifies gear 1 and gear 2. A start that cannot be evaluated fails, with the reason.
 */
public final class StartAssert extends AbstractAssert<StartAssert, ChassisSpec> {

    private HillStartRequirement requirement;
    private final Assumptions assumptions;

    StartAssert(ChassisSpec actual, HillStartRequirement requirement, Assumptions assumptions) {
        super(actual, StartAssert.class);
        this.requirement = requirement;
        this.assumptions = assumptions;
        check();
    }

    public StartAssert inGear(int gear) {
        return with(requirement.inGear(gear));
    }

    public StartAssert inRange(TransferRange range) {
        return with(requirement.inRange(range));
    }

    public StartAssert atLoad(String loadCase) {
        return with(requirement.atLoad(loadCase));
    }

    /** Checks again with another adhesion μ. */
    public StartAssert withAdhesion(double adhesion) {
        return with(requirement.withAdhesion(adhesion));
    }

    private StartAssert with(HillStartRequirement changed) {
        requirement = changed;
        check();
        return this;
    }

    private void check() {
        RequirementResult result = RequirementEvaluator.evaluate(actual, requirement, assumptions);
        if (result.verdict() != Verdict.PASS) {
            failWithMessage("%s", System.lineSeparator() + "Expecting " + actual.id() + " to start on "
                    + requirement.slope().displayText() + " in gear " + requirement.gear()
                    + (requirement.range() == null ? "" : ", " + requirement.range().sheetName() + " range")
                    + " at load " + requirement.load() + System.lineSeparator() + "but: " + Shortfalls.describe(result));
        }
    }
}
