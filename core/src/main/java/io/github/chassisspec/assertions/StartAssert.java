package io.github.chassisspec.assertions;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.HillStartRequirement;

/**
 * Asserts that a spec starts facing uphill on a slope. Created by {@link ChassisSpecAssert#startsOn}, which checks
 * the lowest gear at the laden load case; every method here checks again with the changed setting, so
 * {@code startsOn(s).inGear(2)} verifies gear 1 and gear 2. A start that cannot be evaluated fails, with the reason.
 */
public final class StartAssert extends RequirementAssert<StartAssert, HillStartRequirement> {

    StartAssert(ChassisSpec actual, HillStartRequirement requirement, Assumptions assumptions) {
        super(actual, requirement, assumptions, StartAssert.class);
    }

    public StartAssert inGear(int gear) {
        return with(requirement().inGear(gear));
    }

    public StartAssert inRange(TransferRange range) {
        return with(requirement().inRange(range));
    }

    public StartAssert atLoad(String loadCase) {
        return with(requirement().atLoad(loadCase));
    }

    /** Checks again with another adhesion μ. */
    public StartAssert withAdhesion(double adhesion) {
        return with(requirement().withAdhesion(adhesion));
    }

    @Override
    String expectation(HillStartRequirement checked) {
        return "to start on " + checked.slope().displayText() + " in gear " + checked.gear()
                + (checked.range() == null ? "" : ", " + checked.range().sheetName() + " range") + " at load "
                + checked.load();
    }
}
