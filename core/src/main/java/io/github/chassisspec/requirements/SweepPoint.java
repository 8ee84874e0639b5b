package io.github.chassisspec.requirements;

import java.util.Arrays;

/**
 * One variant of a {@link Sweep}: where it lies on the grid and what it came to.
 *
 * @param index             its place in the grid
 * @param payloadShare      0 unladen to 1 laden
 * @param massKg            the mass at that payload
 * @param gear              the gear every hill start was checked in; 0 for each requirement's own
 * @param adhesion          μ for every requirement; NaN for each requirement's own
 * @param finalDrive        the final-drive ratio; NaN without a powertrain
 * @param brakeTorqueFactor the factor on every parking-brake torque
 * @param capabilityDegrees per swept requirement, in {@link Sweep#requirements()} order, the steepest slope met
 * @param passes            whether every requirement passes
 */
public record SweepPoint(long index, double payloadShare, double massKg, int gear, double adhesion, double finalDrive,
        double brakeTorqueFactor, double[] capabilityDegrees, boolean passes) {

    public SweepPoint {
        capabilityDegrees = capabilityDegrees.clone();
    }

    @Override
    public double[] capabilityDegrees() {
        return capabilityDegrees.clone();
    }

    /** The point as a line of {@link Sweep#writeCsv(Appendable)}. */
    public String csvLine() {
        StringBuilder line = new StringBuilder(96);
        line.append(Sweep.number(payloadShare)).append(',').append(Sweep.number(massKg)).append(',')
                .append(gear == 0 ? "" : String.valueOf(gear)).append(',').append(Sweep.number(adhesion)).append(',')
                .append(Sweep.number(finalDrive)).append(',').append(Sweep.number(brakeTorqueFactor));
        for (double degrees : capabilityDegrees) {
            line.append(',').append(Sweep.number(degrees));
        }
        return line.append(',').append(passes).toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SweepPoint point && index == point.index && passes == point.passes
                && Double.compare(payloadShare, point.payloadShare) == 0 && Double.compare(massKg, point.massKg) == 0
                && gear == point.gear && Double.compare(adhesion, point.adhesion) == 0
                && Double.compare(finalDrive, point.finalDrive) == 0
                && Double.compare(brakeTorqueFactor, point.brakeTorqueFactor) == 0
                && Arrays.equals(capabilityDegrees, point.capabilityDegrees);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(index) * 31 + Arrays.hashCode(capabilityDegrees);
    }

    @Override
    public String toString() {
        return "SweepPoint[" + csvLine() + "]";
    }
}
