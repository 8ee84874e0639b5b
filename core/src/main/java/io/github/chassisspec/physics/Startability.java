package io.github.chassisspec.physics;

/**
 * Whether a vehicle starts facing uphill on a slope in a given gear, and up to which slope (PHYSICS.md §4).
 *
 * <p>Required: F_req(θ) = W·(sin θ + f_r·cos θ) + m·a_res. Engine-limited: F_eng = T_in·i_g·i_0·i_tc·η / r_d
 * ({@link Launch}). Traction-limited: F_tr(θ) = μ·Σ_driven N_i(θ). The vehicle starts on θ when no group load
 * is negative and min(F_eng, F_tr(θ)) ≥ F_req(θ). Quasi-static, rigid vehicle, g = 9.80665 m/s². Pure
 * functions, thread-safe.
 */
public final class Startability {

    private Startability() {
    }

    /** F_req(θ) = W·(sin θ + f_r·cos θ) + m·a_res, N. */
    public static double requiredForceN(RigidVehicle vehicle, double thetaRad, double rollingResistance,
            double reserveAccelerationMs2) {
        return vehicle.weightN() * (Math.sin(thetaRad) + rollingResistance * Math.cos(thetaRad))
                + vehicle.massKg() * reserveAccelerationMs2;
    }

    /** F_tr(θ) = μ·Σ_driven N_i(θ), N. */
    public static double tractionForceN(RigidVehicle vehicle, double thetaRad, double adhesion) {
        double load = 0;
        for (int axle = 0; axle < vehicle.axleCount(); axle++) {
            if (vehicle.isDriven(axle)) {
                load += vehicle.axleLoadN(axle, thetaRad);
            }
        }
        return adhesion * load;
    }

    /** Whether the vehicle starts facing uphill on slope θ ≥ 0. */
    public static boolean starts(RigidVehicle vehicle, Launch launch, double thetaRad, double adhesion,
            double rollingResistance, double reserveAccelerationMs2) {
        double required = requiredForceN(vehicle, thetaRad, rollingResistance, reserveAccelerationMs2);
        return vehicle.standsOn(thetaRad) && launch.wheelForceN() >= required
                && tractionForceN(vehicle, thetaRad, adhesion) >= required;
    }

    /**
     * The capability facing uphill: the largest θ* with a start possible on every slope from 0 to θ*, and what
     * fails just above it: TIP_OVER, CLUTCH, ENGINE or MOTOR ({@link Launch#driveFactor()}), or TRACTION. Each
     * condition is A·cos φ + B·sin φ + C ≥ 0, so θ* is the smallest of their closed-form first failures.
     * A vehicle that cannot start even on level ground has capability 0.
     *
     * @param adhesion               μ
     * @param rollingResistance      f_r
     * @param reserveAccelerationMs2 a_res, the acceleration still required at the start, m/s²
     */
    public static SlopeCapability capability(RigidVehicle vehicle, Launch launch, double adhesion,
            double rollingResistance, double reserveAccelerationMs2) {
        return capability(vehicle, launch.wheelForceN(), launch.driveFactor(), adhesion, rollingResistance,
                vehicle.massKg() * reserveAccelerationMs2);
    }

    /**
     * The steepest slope climbed facing uphill with a drive force at the wheels against weight, rolling resistance
     * and an extra resistance (an acceleration reserve m·a_res, or air drag ½·ρ·C_d·A·v² at a steady speed): the
     * largest θ* such that min(F_drive, μ·Σ_driven N_i(θ)) ≥ W·(sin θ + f_r·cos θ) + F_extra on every slope from 0.
     * With F_extra = 0 and c = F_drive / W, the drive limit is θ = asin(c / √(1 + f_r²)) − atan f_r.
     *
     * @param driveForceN    F_drive, N
     * @param driveFactor    what limits when the drive force does: ENGINE, MOTOR or CLUTCH
     * @param extraResistanceN F_extra, N
     */
    public static SlopeCapability capability(RigidVehicle vehicle, double driveForceN, LimitingFactor driveFactor,
            double adhesion, double rollingResistance, double extraResistanceN) {
        double weight = vehicle.weightN();
        double reserveN = extraResistanceN;
        double tip = vehicle.tipOverAngleRad(Facing.UPHILL);
        // F_drive − W·(sin φ + f_r·cos φ) − F_extra ≥ 0.
        double engine = Sinusoid.firstNegative(-weight * rollingResistance, -weight, driveForceN - reserveN, 0, tip);
        // μ·Σ_driven N_i(φ) − W·(sin φ + f_r·cos φ) − m·a_res ≥ 0.
        double cosine = -weight * rollingResistance;
        double sine = -weight;
        for (int axle = 0; axle < vehicle.axleCount(); axle++) {
            if (vehicle.isDriven(axle)) {
                double[] load = vehicle.axleLoadCoefficients(axle, Facing.UPHILL);
                cosine += adhesion * load[0];
                sine += adhesion * load[1];
            }
        }
        double traction = Sinusoid.firstNegative(cosine, sine, -reserveN, 0, tip);
        double capability = Math.min(tip, Math.min(engine, traction));
        LimitingFactor factor;
        if (capability >= tip) {
            factor = LimitingFactor.TIP_OVER;
        } else if (engine <= traction) {
            factor = driveFactor;
        } else {
            factor = LimitingFactor.TRACTION;
        }
        return new SlopeCapability(capability, factor);
    }
}
