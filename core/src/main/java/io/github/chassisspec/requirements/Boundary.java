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

    /**
     * Like {@link #find} for a requirement that may pass only in a window between {@code from} and {@code to} (a higher
     * centre of gravity loads the braked rear axle facing uphill, until the vehicle tips): walks {@code samples} even
     * steps from a failing {@code from} toward {@code to} and returns the boundary before the first step that passes.
     * NaN when {@code from} passes or no step does; a window narrower than a step can be missed.
     */
    static double findFirstPassing(DoublePredicate passes, double from, double to, int samples) {
        if (passes.test(from)) {
            return Double.NaN;
        }
        double previous = from;
        for (int step = 1; step <= samples; step++) {
            double point = from + (to - from) * step / samples;
            if (passes.test(point)) {
                return find(passes, previous, point);
            }
            previous = point;
        }
        return Double.NaN;
    }
}
