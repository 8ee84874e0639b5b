package io.github.chassisspec.validation;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementException;
import io.github.chassisspec.requirements.SlopeRequirement;
import io.github.chassisspec.units.DecimalText;
import io.github.chassisspec.units.QuantityFormatException;
import io.github.chassisspec.units.Slope;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** What {@link HoldsOnSlope} and {@link StartsOnSlope} share: reading the slope once, evaluating, reporting. */
final class SlopeRequirementValidation {

    private static final String CANNOT_EVALUATE = "{io.github.chassisspec.validation.SlopeRequirement.notEvaluated}";

    private SlopeRequirementValidation() {
    }

    static Slope slope(String annotation, String text) {
        try {
            return Slope.parse(text);
        } catch (QuantityFormatException e) {
            throw new ConstraintDeclarationException("@" + annotation + "(\"" + text + "\"): " + e.getMessage());
        }
    }

    /** Evaluates and, when the spec falls short or cannot be evaluated, reports it with the numbers. */
    static boolean check(ChassisSpec spec, SlopeRequirement requirement, Assumptions assumptions,
            ConstraintValidatorContext context) {
        if (spec == null) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        RequirementResult result;
        try {
            result = RequirementEvaluator.evaluate(spec, requirement, assumptions);
        } catch (IllegalArgumentException e) {
            reportNotEvaluated(hibernate, requirement, e instanceof RequirementException requirementError
                    ? requirementError.problem() : e.getMessage());
            return false;
        }
        if (result.verdict() == Verdict.PASS) {
            return true;
        }
        hibernate.withDynamicPayload(result);
        if (result.verdict() == Verdict.NOT_EVALUATED) {
            reportNotEvaluated(hibernate, requirement, result.message().replaceFirst("^not evaluated: ", ""));
            return false;
        }
        hibernate.addMessageParameter("required", requirement.slope().displayText());
        double capability = result.capability().value();
        hibernate.addMessageParameter("capability", fixed(capability) + "° ("
                + fixed(100 * Math.tan(Math.toRadians(capability))) + " %)");
        hibernate.addMessageParameter("governing", result.governingFacing().sheetName());
        hibernate.addMessageParameter("facingChecked", result.facing().sheetName());
        hibernate.addMessageParameter("margin", fixed(result.margin().value()) + "°");
        hibernate.addMessageParameter("limitedBy", result.limitedBy().name());
        hibernate.addMessageParameter("usedAdhesion", result.assumptions().get("adhesion"));
        return false;
    }

    private static void reportNotEvaluated(HibernateConstraintValidatorContext context, SlopeRequirement requirement,
            String reason) {
        context.disableDefaultConstraintViolation();
        context.addMessageParameter("required", requirement.slope().displayText());
        context.addMessageParameter("reason", reason);
        context.buildConstraintViolationWithTemplate(CANNOT_EVALUATE).addConstraintViolation();
    }

    private static String fixed(double value) {
        return DecimalText.fixed(value, 1);
    }
}
