package io.github.chassisspec.validation;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.units.QuantityFormat;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import javax.measure.quantity.Acceleration;

/** Checks {@link StartsOnSlope}; the slope and the reserve acceleration are read once, in {@link #initialize}. */
public final class StartsOnSlopeValidator implements ConstraintValidator<StartsOnSlope, ChassisSpec> {

    private HillStartRequirement requirement;
    private Assumptions assumptions;

    @Override
    public void initialize(StartsOnSlope annotation) {
        HillStartRequirement start = HillStartRequirement.of(
                SlopeRequirementValidation.slope("StartsOnSlope", annotation.value()), annotation.gear())
                .atLoad(annotation.load());
        if (!annotation.range().isEmpty()) {
            try {
                start = start.inRange(TransferRange.valueOf(annotation.range().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ConstraintDeclarationException("@StartsOnSlope(range = \"" + annotation.range()
                        + "\"): the range is high or low");
            }
        }
        requirement = start;
        try {
            assumptions = new Assumptions(annotation.adhesion(), annotation.rollingResistance(),
                    QuantityFormat.parse(annotation.reserveAcceleration(), Acceleration.class));
        } catch (IllegalArgumentException e) {
            throw new ConstraintDeclarationException("@StartsOnSlope: " + e.getMessage());
        }
    }

    @Override
    public boolean isValid(ChassisSpec spec, ConstraintValidatorContext context) {
        return SlopeRequirementValidation.check(spec, requirement, assumptions, context);
    }
}
