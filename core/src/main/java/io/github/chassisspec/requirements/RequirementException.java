package io.github.chassisspec.requirements;

/**
 * A requirement that cannot be applied to a spec: it names a load case, gear or transfer-case range the spec
 * does not have. The message names the requirement, the field and the value, such as
 * {@code requirements[1].gear: gear 7 does not exist; BUS-16T-5900 has gears 1 to 6}; a profile read from a
 * file locates it at its line and column.
 */
public final class RequirementException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int requirementIndex;
    private final String field;
    private final String problem;

    public RequirementException(int requirementIndex, String field, String problem) {
        super((requirementIndex >= 0 ? "requirements[" + requirementIndex + "]." : "") + field + ": " + problem);
        this.requirementIndex = requirementIndex;
        this.field = field;
        this.problem = problem;
    }

    /** The requirement's index in its profile; -1 for a requirement evaluated on its own. */
    public int requirementIndex() {
        return requirementIndex;
    }

    /** The requirement's field, as profiles name it: {@code load}, {@code gear}, {@code range}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    /** The same problem located at another requirement index. */
    RequirementException at(int index) {
        return new RequirementException(index, field, problem);
    }
}
