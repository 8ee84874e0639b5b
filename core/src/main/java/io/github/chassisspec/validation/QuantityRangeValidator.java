package io.github.chassisspec.validation;

import io.github.chassisspec.units.SiValues;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import javax.measure.Quantity;

/** Checks {@link QuantityRange}; both limits are parsed once, in {@link #initialize}. */
public final class QuantityRangeValidator implements ConstraintValidator<QuantityRange, Quantity<?>> {

    private QuantityLimit min;
    private QuantityLimit max;

    @Override
    public void initialize(QuantityRange annotation) {
        min = QuantityLimit.read("QuantityRange", "min", annotation.min());
        max = QuantityLimit.read("QuantityRange", "max", annotation.max());
        if (min.kind() != max.kind()) {
            throw new ConstraintDeclarationException("@QuantityRange(min = \"" + min.text() + "\", max = \""
                    + max.text() + "\"): min is " + min.kind().description() + " but max is " + max.kind().description());
        }
        if (min.siValue() > max.siValue()) {
            throw new ConstraintDeclarationException("@QuantityRange(min = \"" + min.text() + "\", max = \""
                    + max.text() + "\"): min is greater than max");
        }
    }

    @Override
    public boolean isValid(Quantity<?> value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        double siValue = min.siValueOf(value, "QuantityRange");
        boolean valid = inRange(siValue);
        if (!valid) {
            min.reportActual(context, siValue);
        }
        return valid;
    }

    /**
     * Whether {@code value} passes, without a context to report to; false also for a value of another kind than the
     * limits, where {@link #isValid} refuses the declaration.
     */
    boolean accepts(Quantity<?> value) {
        if (value == null) {
            return true;
        }
        // The model's records hold their quantities in SI units: no unit to look up. NaN is out of every range.
        if (value.getUnit() == min.kind().siUnit()) {
            return inRange(value.getValue().doubleValue());
        }
        return SiValues.kindOf(value) == min.kind() && inRange(SiValues.of(value));
    }

    private boolean inRange(double siValue) {
        return siValue >= min.siValue() && siValue <= max.siValue();
    }
}
