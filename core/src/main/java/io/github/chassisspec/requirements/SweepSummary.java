package io.github.chassisspec.requirements;

import java.util.List;

/**
 * What a {@link Sweep} came to as a whole: how many variants pass, and the frontier.
 *
 * @param variants how many variants were checked
 * @param passed   how many pass every requirement
 * @param frontier per combination of gear, adhesion, final drive and brake-torque factor, the largest payload on
 *                 the grid that still passes, in grid order
 */
public record SweepSummary(long variants, long passed, List<Frontier> frontier) {

    public SweepSummary {
        frontier = List.copyOf(frontier);
    }

    /**
     * The largest payload on the grid that passes every requirement with the other dimensions at these values.
     *
     * @param gear                the gear of every hill start; 0 for each requirement's own
     * @param adhesion            μ; NaN for each requirement's own
     * @param finalDrive          the final-drive ratio
     * @param brakeTorqueFactor   the factor on every parking-brake torque
     * @param largestPayloadShare the largest passing payload share; NaN when none passes
     * @param largestMassKg       the mass at that share; NaN when none passes
     */
    public record Frontier(int gear, double adhesion, double finalDrive, double brakeTorqueFactor,
            double largestPayloadShare, double largestMassKg) {

        /** Whether some payload on the grid passes. */
        public boolean anyPasses() {
            return !Double.isNaN(largestPayloadShare);
        }
    }

    /** The frontier as CSV: the dimensions, then the largest passing payload share and mass (empty when none). */
    public String frontierCsv() {
        StringBuilder csv = new StringBuilder("gear,adhesion,finalDrive,brakeTorqueFactor,largestPayloadShare,"
                + "largestMassKg\n");
        for (Frontier point : frontier) {
            csv.append(point.gear() == 0 ? "" : String.valueOf(point.gear())).append(',')
                    .append(Sweep.number(point.adhesion())).append(',').append(Sweep.number(point.finalDrive()))
                    .append(',').append(Sweep.number(point.brakeTorqueFactor())).append(',')
                    .append(Sweep.number(point.largestPayloadShare())).append(',')
                    .append(Sweep.number(point.largestMassKg())).append('\n');
        }
        return csv.toString();
    }
}
