package io.github.chassisspec.physics;

/**
 * g(φ) = A·cos φ + B·sin φ + C, the form every statics condition takes on a slope of angle φ: axle loads,
 * braking and tractive forces and the weight component are all such terms. Finding where a condition first
 * fails is then a closed-form root search, exact and fast, rather than a scan.
 */
final class Sinusoid {

    private Sinusoid() {
    }

    static double value(double a, double b, double c, double angle) {
        return a * Math.cos(angle) + b * Math.sin(angle) + c;
    }

    /**
     * The smallest φ in [low, high) with g(φ) &lt; 0, or {@code high} when g ≥ 0 on the whole interval.
     * Between consecutive roots the sign of g is constant, so one evaluation per piece decides.
     */
    static double firstNegative(double a, double b, double c, double low, double high) {
        double[] cuts = new double[8];
        cuts[0] = low;
        int count = roots(a, b, c, low, high, cuts, 1);
        cuts[count++] = high;
        sortAscending(cuts, count);
        for (int index = 0; index + 1 < count; index++) {
            double start = cuts[index];
            double end = cuts[index + 1];
            if (end > start && value(a, b, c, 0.5 * (start + end)) < 0) {
                return start;
            }
        }
        return high;
    }

    /**
     * Sorts the first {@code count} values in {@link Double#compare} order, as {@code Arrays.sort} does: an insertion
     * sort, quicker than the library's for the few cuts of a root search (eight here, at most 18 in a parking hold).
     */
    static void sortAscending(double[] values, int count) {
        for (int index = 1; index < count; index++) {
            double value = values[index];
            int slot = index;
            while (slot > 0 && Double.compare(values[slot - 1], value) > 0) {
                values[slot] = values[slot - 1];
                slot--;
            }
            values[slot] = value;
        }
    }

    /**
     * Appends the roots of g inside (low, high) to {@code into} from index {@code from}; returns the next free index.
     * g = R·cos(φ − α) + C with R = √(A² + B²) and α = atan2(B, A) is zero at φ = α ± acos(−C/R) (mod 2π).
     */
    static int roots(double a, double b, double c, double low, double high, double[] into, int from) {
        double amplitude = Math.hypot(a, b);
        int count = from;
        if (amplitude == 0 || Math.abs(c) > amplitude) {
            return count;
        }
        double phase = Math.atan2(b, a);
        double spread = Math.acos(-c / amplitude);
        for (int sign = -1; sign <= 1; sign += 2) {
            double root = phase + sign * spread;
            for (int turn = -1; turn <= 1; turn++) {
                double candidate = root + turn * 2 * Math.PI;
                if (candidate > low && candidate < high) {
                    into[count++] = candidate;
                }
            }
        }
        return count;
    }
}
