package io.github.chassisspec.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import javax.measure.Quantity;

/** Checks {@link QuantityMin}; the limit is parsed once, in {@link #initialize}. */
public final class QuantityMinValidator implements ConstraintValidator<QuantityMin, Quantity<?>> {

    private static final String EXCLUSIVE_MESSAGE = "{io.github.chassisspec.validation.QuantityMin.exclusive.message}";
    private static final String DEFAULT_MESSAGE = "{io.github.chassisspec.validation.QuantityMin.message}";

    private QuantityLimit limit;
    private boolean inclusive;
    private boolean defaultMessage;

    @Override
    public void initialize(QuantityMin annotation) {
        limit = QuantityLimit.read("QuantityMin", "value", annotation.value());
        inclusive = annotation.inclusive();
        defaultMessage = DEFAULT_MESSAGE.equals(annotation.message());
    }

    @Override
    public boolean isValid(Quantity<?> value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        double siValue = limit.siValueOf(value, "QuantityMin");
        boolean valid = inclusive ? siValue >= limit.siValue() : siValue > limit.siValue();
        if (!valid) {
            limit.reportActual(context, siValue);
            if (!inclusive && defaultMessage) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(EXCLUSIVE_MESSAGE).addConstraintViolation();
            }
        }
        return valid;
    }
}
