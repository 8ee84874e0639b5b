package io.github.chassisspec.report;

/** Whether a requirement asks for at least a figure (a slope held, a power) or at most one (an axle load, a radius). */
public enum Comparison {
    /** The capability must be at least the required figure; the margin is capability − required. */
    AT_LEAST,
    /** The actual figure must be at most the limit; the margin is limit − actual. */
    AT_MOST;

    /** "at least" or "at most". */
    public String words() {
        return this == AT_LEAST ? "at least" : "at most";
    }
}
