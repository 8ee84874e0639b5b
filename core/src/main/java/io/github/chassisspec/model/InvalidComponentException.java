package io.github.chassisspec.model;

/**
 * A model record refused one of its components: a required value is missing, or a value is impossible
 * whatever the vehicle (a negative mass, a zero radius, NaN). The message names the component and gives
 * the value with its unit: {@code "mass must be greater than 0 kg but was -16000 kg"}.
 *
 * <p>Engineering rules that a real value can break (an axle over its rating, a CoG outside the wheelbase)
 * are not refused here; they are Bean Validation constraints reported all together.
 */
public final class InvalidComponentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String component;
    private final String problem;

    public InvalidComponentException(String component, String problem) {
        super(component + " " + problem);
        this.component = component;
        this.problem = problem;
    }

    /** The record component, as named in the spec sheet: {@code "mass"}, or a dotted path such as {@code "centreOfGravity.position"}. */
    public String component() {
        return component;
    }

    /** What is wrong, without the component name: {@code "must be greater than 0 kg but was -16000 kg"}. */
    public String problem() {
        return problem;
    }
}
