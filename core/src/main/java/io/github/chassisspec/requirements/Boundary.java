package io.github.chassisspec.requirements;

import java.util.function.DoublePredicate;

/**
 * Where a requirement switches between failing and passing as one parameter moves: found on the forward check
 * itself, so that feeding the answer back always lands on the threshold, whatever the physics in between.
 */
final class Boundary {

    /**
     * Stop when the bracket is this narrow relative to its ends: below the twelve significant digits reports round to
     * first, so a threshold on a round figure (0.55 · 5900 mm = 3245 mm) still shows as that figure, and about ten
     * iterations short of double precision.
     */
    static final double RELATIVE_WIDTH = 1e-13;

    private Boundary() {
    }

    /**
     * The value between {@code from} and {@code to} at which {@code passes} changes, on the side of {@code to}'s
     * outcome (so a remedy found from a failing {@code from} toward a passing {@code to} passes); NaN when
     * {@code passes} is the same at both ends. Bisects geometrically when both ends are positive, so that a range of
     * several orders of magnitude is searched evenly.
     */
    static double find(DoublePredicate passes, double from, double to) {
        boolean atFrom = passes.test(from);
        boolean atTo = passes.test(to);
        if (atFrom == atTo) {
            return Double.NaN;
        }
        boolean geometric = from > 0 && to > 0;
        double near = from;
        double far = to;
        for (int iteration = 0; iteration < 200; iteration++) {
            if (Math.abs(far - near) <= RELATIVE_WIDTH * Math.max(Math.abs(near), Math.abs(far))) {
                break;
            }
            double middle = geometric ? Math.sqrt(near * far) : 0.5 * (near + far);
            if (middle == near || middle == far) {
                break;
            }
            if (passes.test(middle) == atFrom) {
                near = middle;
            } else {
                far = middle;
            }
        }
        return far;
    }
}
