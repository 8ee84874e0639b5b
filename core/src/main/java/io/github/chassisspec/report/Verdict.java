package io.github.chassisspec.report;

/** The outcome of a requirement, or of a whole report. */
public enum Verdict {
    /** The capability meets the requirement. */
    PASS,
    /** The capability falls short of the requirement. */
    FAIL,
    /** The spec lacks data the check needs; the result says which. */
    NOT_EVALUATED;

    /** A report's verdict: FAIL if any result fails, else NOT_EVALUATED if any is, else PASS. */
    public static Verdict overall(Iterable<Verdict> verdicts) {
        boolean notEvaluated = false;
        for (Verdict verdict : verdicts) {
            if (verdict == FAIL) {
                return FAIL;
            }
            notEvaluated |= verdict == NOT_EVALUATED;
        }
        return notEvaluated ? NOT_EVALUATED : PASS;
    }
}
