package io.github.chassisspec.requirements;

/**
 * How much an evaluation works out. The verdict, capability, margin, limiting factor, assumptions, details and
 * warnings are always there; "what would it take" (remedies for a FAIL, headroom for a PASS) searches each parameter
 * on the forward check and costs a hundred times the rest, so a caller that only needs verdicts can leave it out.
 */
public enum Depth {

    /** Everything, "what would it take" included: for reports. */
    FULL,

    /** Everything but "what would it take": {@code remedies()} and {@code headroom()} stay empty. For sweeps and optimisers. */
    VERDICT_AND_CAPABILITY;

    /** Whether remedies and headroom are worked out. */
    boolean includesChanges() {
        return this == FULL;
    }
}
