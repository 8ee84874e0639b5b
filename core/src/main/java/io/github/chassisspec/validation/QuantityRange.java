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
 * The annotated {@code Quantity} must lie between two limits written with their units, both inclusive,
 * such as {@code @QuantityRange(min = "1.0 m", max = "2.6 m")}. The limits are read once; the message
 * gives the value in the unit of {@code min}: {@code "must be between 1.0 m and 2.6 m but was 0.9 m"}.
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = QuantityRangeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(QuantityRange.List.class)
public @interface QuantityRange {

    /** The lowest valid value with its unit, such as {@code "1.0 m"}. */
    String min();

    /** The highest valid value with its unit, such as {@code "2.6 m"}. */
    String max();

    String message() default "{io.github.chassisspec.validation.QuantityRange.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@code @QuantityRange} on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        QuantityRange[] value();
    }
}
