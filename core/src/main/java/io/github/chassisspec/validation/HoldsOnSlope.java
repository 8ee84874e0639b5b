package io.github.chassisspec.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.chassisspec.physics.Facing;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code ChassisSpec} must hold on a slope with its parking brake (PHYSICS.md §3), such as
 * {@code @HoldsOnSlope(value = "18 %", facing = Facing.BOTH, load = "laden", adhesion = 0.7)}.
 *
 * <p>The violation message names the capability, the requirement and the margin:
 * {@code must hold on 45 % (24.2°) facing both at load laden but holds only up to 22.2° (40.8 %) facing downhill
 * (margin -2.0°, limited by ADHESION, adhesion 0.8)}; the whole {@code RequirementResult} travels as the
 * violation's dynamic payload. A spec that cannot be evaluated is a violation too, never a silent pass.
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = HoldsOnSlopeValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(HoldsOnSlope.List.class)
public @interface HoldsOnSlope {

    /** The slope with its unit, such as {@code "18 %"} or {@code "10.2 °"}. */
    String value();

    /** The load case. */
    String load() default "laden";

    /** Which way the vehicle faces. */
    Facing facing() default Facing.BOTH;

    /** The tyre–road adhesion μ; FORMAT.md's default is 0.7. */
    double adhesion() default 0.7;

    String message() default "{io.github.chassisspec.validation.HoldsOnSlope.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@code @HoldsOnSlope} on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        HoldsOnSlope[] value();
    }
}
