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
 * The annotated {@code ChassisSpec} must start facing uphill on a slope in a gear (PHYSICS.md §4), such as
 * {@code @StartsOnSlope(value = "12 %", gear = 1)}.
 *
 * <p>The violation message names the capability, the requirement and the margin; the whole
 * {@code RequirementResult} travels as the violation's dynamic payload. Missing data (no powertrain, no driven
 * axle, no clutch data) is a violation that says so, never a silent pass. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = StartsOnSlopeValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(StartsOnSlope.List.class)
public @interface StartsOnSlope {

    /** The slope with its unit, such as {@code "12 %"}. */
    String value();

    /** The gear, 1 for the lowest. */
    int gear() default 1;

    /** The load case. */
    String load() default "laden";

    /** The transfer-case range, {@code "high"} or {@code "low"}; empty for the high range or no transfer case. */
    String range() default "";

    /** The tyre–road adhesion μ; FORMAT.md's default is 0.7. */
    double adhesion() default 0.7;

    /** The rolling-resistance coefficient f_r; FORMAT.md's default is 0.010. */
    double rollingResistance() default 0.010;

    /** The acceleration still required at the start, with its unit. */
    String reserveAcceleration() default "0 m/s²";

    String message() default "{io.github.chassisspec.validation.StartsOnSlope.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@code @StartsOnSlope} on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        StartsOnSlope[] value();
    }
}
