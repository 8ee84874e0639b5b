package io.github.chassisspec.physics;

/**
 * Whether the parking brake holds a vehicle on a slope, and up to which slope (PHYSICS.md §3).
 *
 * <p>Each axle i with a parking brake of torque T_i (both wheel ends, at the wheels) and static loaded radius
 * r_s,i gives at most F_i(θ) = min(T_i / r_s,i, μ·N_i(θ)). The vehicle holds on θ when no group load is negative
 * and Σ F_i(θ) ≥ W·sin|θ|. Quasi-static, rigid vehicle, g = 9.80665 m/s². Pure functions, thread-safe.
 */
public final class ParkingHold {

    /** A step past the capability to see what fails there: far below the 0.01° the answers are given to. */
    private static final double PROBE_RAD = 1e-7;

    private ParkingHold() {
    }

    /**
     * Σ F_i(θ) = Σ min(T_i / r_s,i, μ·N_i(θ)), the braking force the parking brakes can give on slope θ, N.
     *
     * @param thetaRad θ, positive facing uphill, rad
     * @param adhesion μ, the tyre–road adhesion coefficient
     */
    public static double brakingForceN(RigidVehicle vehicle, double thetaRad, double adhesion) {
        double force = 0;
        for (int axle = 0; axle < vehicle.axleCount(); axle++) {
            double torque = vehicle.brakeTorqueNm(axle);
            if (torque > 0) {
                force += Math.min(torque / vehicle.staticRadiusM(axle), adhesion * vehicle.axleLoadN(axle, thetaRad));
            }
        }
        return force;
    }

    /** Σ T_i / r_s,i, the braking force the brake torque allows whatever the grip, N. */
    public static double brakeTorqueForceN(RigidVehicle vehicle) {
        double force = 0;
        for (int axle = 0; axle < vehicle.axleCount(); axle++) {
            force += vehicle.brakeTorqueNm(axle) / vehicle.staticRadiusM(axle);
        }
        return force;
    }

    /** Whether the vehicle holds on slope θ: it stands on all its axles and Σ F_i(θ) ≥ W·sin|θ|. */
    public static boolean holds(RigidVehicle vehicle, double thetaRad, double adhesion) {
        return vehicle.standsOn(thetaRad)
                && brakingForceN(vehicle, thetaRad, adhesion) >= vehicle.weightN() * Math.sin(Math.abs(thetaRad));
    }

    /**
     * μ_needed = W·sin|θ| / Σ_braked N_i(θ), the adhesion the braked axles need on slope θ if their torque suffices;
     * {@code +∞} when no braked axle carries load.
     */
    public static double adhesionNeeded(RigidVehicle vehicle, double thetaRad) {
        double brakedLoad = 0;
        for (int axle = 0; axle < vehicle.axleCount(); axle++) {
            if (vehicle.brakeTorqueNm(axle) > 0) {
                brakedLoad += vehicle.axleLoadN(axle, thetaRad);
            }
        }
        double needed = vehicle.weightN() * Math.sin(Math.abs(thetaRad));
        return brakedLoad > 0 ? needed / brakedLoad : Double.POSITIVE_INFINITY;
    }

    /**
     * The capability facing one way: the largest θ* such that the vehicle holds on every slope from 0 to θ*, and
     * what fails just above it — TIP_OVER if a group load goes negative, else BRAKE_TORQUE if Σ T_i / r_s,i &lt;
     * W·sin θ, else ADHESION.
     *
     * <p>Solved exactly: on each interval where every braked axle stays torque-limited or grip-limited, the
     * margin Σ F_i − W·sin φ is A·cos φ + B·sin φ + C, whose roots are closed-form. The breakpoints are where
     * μ·N_i(φ) = T_i / r_s,i and the tip-over angle.
     *
     * @param facing   {@link Facing#UPHILL} or {@link Facing#DOWNHILL}
     * @param adhesion μ
     */
    public static SlopeCapability capability(RigidVehicle vehicle, Facing facing, double adhesion) {
        if (facing == Facing.BOTH) {
            throw new IllegalArgumentException("capability is per direction: give UPHILL or DOWNHILL");
        }
        if (!(adhesion >= 0) || Double.isInfinite(adhesion)) {
            throw new IllegalArgumentException("adhesion must be a finite number of at least 0 but was " + adhesion);
        }
        int axles = vehicle.axleCount();
        double tip = vehicle.tipOverAngleRad(facing);
        double[][] load = new double[axles][];
        double[] limit = new double[axles];
        double[] cuts = new double[2 + 4 * axles];
        cuts[0] = 0;
        int count = 1;
        for (int axle = 0; axle < axles; axle++) {
            load[axle] = vehicle.axleLoadCoefficients(axle, facing);
            limit[axle] = vehicle.brakeTorqueNm(axle) / vehicle.staticRadiusM(axle);
            if (limit[axle] > 0) {
                // μ·N_i(φ) = T_i / r_s,i: where the axle switches between grip-limited and torque-limited.
                count = Sinusoid.roots(adhesion * load[axle][0], adhesion * load[axle][1], -limit[axle], 0, tip, cuts,
                        count);
            }
        }
        cuts[count++] = tip;
        Sinusoid.sortAscending(cuts, count);
        double weight = vehicle.weightN();
        double failure = tip;
        for (int piece = 0; piece + 1 < count && failure == tip; piece++) {
            double start = cuts[piece];
            double end = cuts[piece + 1];
            if (!(end > start)) {
                continue;
            }
            double middle = 0.5 * (start + end);
            double cosine = 0;
            double sine = -weight;
            double constant = 0;
            for (int axle = 0; axle < axles; axle++) {
                if (limit[axle] <= 0) {
                    continue;
                }
                double grip = adhesion * Sinusoid.value(load[axle][0], load[axle][1], 0, middle);
                if (grip < limit[axle]) {
                    cosine += adhesion * load[axle][0];
                    sine += adhesion * load[axle][1];
                } else {
                    constant += limit[axle];
                }
            }
            double negative = Sinusoid.firstNegative(cosine, sine, constant, start, end);
            if (negative < end) {
                failure = negative;
            }
        }
        return new SlopeCapability(failure, limitingFactor(vehicle, facing, failure));
    }

    private static LimitingFactor limitingFactor(RigidVehicle vehicle, Facing facing, double failureRad) {
        double probe = failureRad + PROBE_RAD;
        double theta = facing == Facing.DOWNHILL ? -probe : probe;
        if (failureRad >= vehicle.tipOverAngleRad(facing) || !vehicle.standsOn(theta)) {
            return LimitingFactor.TIP_OVER;
        }
        return brakeTorqueForceN(vehicle) < vehicle.weightN() * Math.sin(probe)
                ? LimitingFactor.BRAKE_TORQUE : LimitingFactor.ADHESION;
    }
}
