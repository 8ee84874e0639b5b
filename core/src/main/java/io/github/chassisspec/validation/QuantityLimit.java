package io.github.chassisspec.validation;

import io.github.chassisspec.units.ParsedQuantity;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityFormatException;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidatorContext;
import javax.measure.Quantity;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** A limit of a quantity constraint, read once from its annotation text. */
record QuantityLimit(String text, ParsedQuantity parsed) {

    static QuantityLimit read(String annotation, String attribute, String text) {
        try {
            return new QuantityLimit(text, QuantityFormat.parseAnyKind(text));
        } catch (QuantityFormatException e) {
            throw new ConstraintDeclarationException("@" + annotation + "(" + attribute + " = \"" + text + "\"): "
                    + e.getMessage());
        }
    }

    QuantityKind kind() {
        return parsed.kind();
    }

    double siValue() {
        return parsed.siValue();
    }

    /** The SI value of {@code value}, refusing a value of another kind than the limit as a declaration error. */
    double siValueOf(Quantity<?> value, String annotation) {
        QuantityKind valueKind = SiValues.kindOf(value);
        if (valueKind != kind()) {
            throw new ConstraintDeclarationException("@" + annotation + " limit \"" + text + "\" is "
                    + kind().description() + ", but the annotated value is " + valueKind.description());
        }
        return SiValues.of(value);
    }

    /** Puts the rejected value, written in this limit's unit, into the message as {@code {actual}}. */
    void reportActual(ConstraintValidatorContext context, double siValue) {
        String actual = QuantityFormat.format(siValue, kind(), parsed.unitSymbol());
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("actual", actual);
    }
}
