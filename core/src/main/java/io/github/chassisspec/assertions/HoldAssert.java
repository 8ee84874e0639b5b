package io.github.chassisspec.assertions;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.ParkingHoldRequirement;

/**
 * Asserts that a spec's parking brake holds on a slope. Created by {@link ChassisSpecAssert#holdsOn}, which checks
 * facing both ways at the laden load case; every method here checks again with the changed setting, so
 * {@code holdsOn(s).facingBoth().atLoad("unladen")} verifies both load cases.
 */
public final class HoldAssert extends RequirementAssert<HoldAssert, ParkingHoldRequirement> {

    HoldAssert(ChassisSpec actual, ParkingHoldRequirement requirement, Assumptions assumptions) {
        super(actual, requirement, assumptions, HoldAssert.class);
    }

    public HoldAssert facingBoth() {
        return with(requirement().facing(Facing.BOTH));
    }

    public HoldAssert facingUphill() {
        return with(requirement().facing(Facing.UPHILL));
    }

    public HoldAssert facingDownhill() {
        return with(requirement().facing(Facing.DOWNHILL));
    }

    public HoldAssert atLoad(String loadCase) {
        return with(requirement().atLoad(loadCase));
    }

    /** Checks again with another adhesion μ. */
    public HoldAssert withAdhesion(double adhesion) {
        return with(requirement().withAdhesion(adhesion));
    }

    @Override
    String expectation(ParkingHoldRequirement checked) {
        return "to hold on " + checked.slope().displayText() + " facing " + checked.facing().sheetName() + " at load "
                + checked.load();
    }
}
