package io.github.chassisspec.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code Quantity} must be at least a limit written with its unit, such as {@code @QuantityMin("0 mm")}.
 * The limit is read once, with the same parser as spec sheets; the message gives the value in the
 * limit's unit: {@code "must be at least 0 mm but was -5 mm"}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = QuantityMinValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(QuantityMin.List.class)
public @interface QuantityMin {

    /** The limit with its unit, such as {@code "0 mm"}. */
    String value();

    /** Whether a value equal to the limit is valid. */
    boolean inclusive() default true;

    String message() default "{io.github.chassisspec.validation.QuantityMin.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@code @QuantityMin} on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        QuantityMin[] value();
    }
}
