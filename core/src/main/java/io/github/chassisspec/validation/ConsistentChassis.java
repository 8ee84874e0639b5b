package io.github.chassisspec.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rules of a chassis spec that span several fields (FORMAT.md §2): at least two axles, positions
 * strictly increasing from 0, both axle groups present and front before rear, a {@code laden} load case
 * no lighter than {@code unladen}, axle loads summing to the mass within 0.5 %, the CoG between the group
 * centres, gear ratios positive and strictly decreasing, the efficiency in (0, 1], and more. Each broken
 * rule is its own violation, with its path in the spec sheet's terms, such as {@code axles[2].position}.
 */
@Documented
@Constraint(validatedBy = ConsistentChassisValidator.class)
@Target({TYPE, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentChassis {

    String message() default "{io.github.chassisspec.validation.ConsistentChassis.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
