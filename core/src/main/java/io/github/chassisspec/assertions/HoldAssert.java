package io.github.chassisspec.assertions;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.RequirementEvaluator;
import org.assertj.core.api.AbstractAssert;

/**
 * Asserts that a spec's parking brake holds on a slope. Created by {@link ChassisSpecAssert#holdsOn}, which checks
 * facing both ways at the laden load case; every method here checks again with the changed setting, so
 * {@code holdsOn(s).facingBoth().atLoad("unladen")} verifies both load cases.
 */
public final class HoldAssert extends AbstractAssert<HoldAssert, ChassisSpec> {

    private ParkingHoldRequirement requirement;
    private final Assumptions assumptions;

    HoldAssert(ChassisSpec actual, ParkingHoldRequirement requirement, Assumptions assumptions) {
        super(actual, HoldAssert.class);
        this.requirement = requirement;
        this.assumptions = assumptions;
        check();
    }

    public HoldAssert facingBoth() {
        return with(requirement.facing(Facing.BOTH));
    }

    public HoldAssert facingUphill() {
        return with(requirement.facing(Facing.UPHILL));
    }

    public HoldAssert facingDownhill() {
        return with(requirement.facing(Facing.DOWNHILL));
    }

    public HoldAssert atLoad(String loadCase) {
        return with(requirement.atLoad(loadCase));
    }

    /** Checks again with another adhesion μ. */
    public HoldAssert withAdhesion(double adhesion) {
        return with(requirement.withAdhesion(adhesion));
    }

    private HoldAssert with(ParkingHoldRequirement changed) {
        requirement = changed;
        check();
        return this;
    }

    private void check() {
        RequirementResult result = RequirementEvaluator.evaluate(actual, requirement, assumptions);
        if (result.verdict() != Verdict.PASS) {
            failWithMessage("%s", System.lineSeparator() + "Expecting " + actual.id() + " to hold on "
                    + requirement.slope().displayText() + " facing " + requirement.facing().sheetName() + " at load "
                    + requirement.load() + System.lineSeparator() + "but: " + Shortfalls.describe(result));
        }
    }
}
