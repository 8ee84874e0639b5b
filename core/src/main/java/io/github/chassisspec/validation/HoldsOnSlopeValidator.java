package io.github.chassisspec.validation;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link HoldsOnSlope}; the slope is read once, in {@link #initialize}. */
public final class HoldsOnSlopeValidator implements ConstraintValidator<HoldsOnSlope, ChassisSpec> {

    private ParkingHoldRequirement requirement;
    private Assumptions assumptions;

    @Override
    public void initialize(HoldsOnSlope annotation) {
        requirement = ParkingHoldRequirement.of(SlopeRequirementValidation.slope("HoldsOnSlope", annotation.value()))
                .facing(annotation.facing())
                .atLoad(annotation.load());
        assumptions = Assumptions.DEFAULTS.withAdhesion(annotation.adhesion());
    }

    @Override
    public boolean isValid(ChassisSpec spec, ConstraintValidatorContext context) {
        return SlopeRequirementValidation.check(spec, requirement, assumptions, context);
    }
}
