package io.github.chassisspec.physics;

/**
 * Driving at a steady speed (PHYSICS.md §6): engine speed, tractive force, air drag, gradeability and top speed.
 * SI doubles; speeds in m/s, shaft speeds in revolutions per second (Hz). Pure functions, thread-safe.
 */
public final class Driving {

    private Driving() {
    }

    /** n = v·i / (2π·r_d): the shaft speed in Hz at road speed v (m/s) through overall ratio i = i_g·i_0·i_tc. */
    public static double shaftSpeedHz(double speedMs, double overallRatio, double rollingRadiusM) {
        return speedMs * overallRatio / (2 * Math.PI * rollingRadiusM);
    }

    /** v = 2π·n·r_d / i: the road speed in m/s at shaft speed n (Hz). */
    public static double roadSpeedMs(double shaftSpeedHz, double overallRatio, double rollingRadiusM) {
        return 2 * Math.PI * shaftSpeedHz * rollingRadiusM / overallRatio;
    }

    /** F_t = T·i·η / r_d, N. */
    public static double tractiveForceN(double torqueNm, double overallRatio, double efficiency, double rollingRadiusM) {
        return torqueNm * overallRatio * efficiency / rollingRadiusM;
    }

    /** F_air = ½·ρ·C_d·A·v², N. */
    public static double airDragN(double airDensityKgM3, double dragCoefficient, double frontalAreaM2, double speedMs) {
        return 0.5 * airDensityKgM3 * dragCoefficient * frontalAreaM2 * speedMs * speedMs;
    }

    /**
     * The steepest grade held at a steady speed: W·(sin θ + f_r·cos θ) = F_t − F_air, also bounded by traction
     * μ·Σ_driven N_i(θ) and tip-over (as {@link Startability#capability(RigidVehicle, double, LimitingFactor, double,
     * double, double)} with F_extra = F_air).
     */
    public static SlopeCapability gradeability(RigidVehicle vehicle, double tractiveForceN, LimitingFactor driveFactor,
            double airDragN, double adhesion, double rollingResistance) {
        return Startability.capability(vehicle, tractiveForceN, driveFactor, adhesion, rollingResistance, airDragN);
    }

    /**
     * The top speed in one gear on a level road (PHYSICS.md §6): the highest speed up to the governed speed at which
     * F_t(v) ≥ W·f_r + F_air(v). A top gear that cannot pull at its lowest engine speed still reaches that speed after
     * shifting up from a lower gear, so the search starts from the top, not from the bottom of the curve.
     *
     * @return the speed in m/s and whether the governor (rather than the resistance) sets it
     */
    public static TopSpeed topSpeed(double massKg, TorqueCurve torque, double governedSpeedHz, double overallRatio,
            double efficiency, double rollingRadiusM, double rollingResistance, double airDensityKgM3,
            double dragCoefficient, double frontalAreaM2) {
        double weight = massKg * RigidVehicle.GRAVITY;
        double lowest = roadSpeedMs(Math.max(torque.lowestSpeedHz(), 1e-6), overallRatio, rollingRadiusM);
        double governed = roadSpeedMs(Math.min(governedSpeedHz, torque.highestSpeedHz()), overallRatio, rollingRadiusM);
        double lowestShaft = torque.lowestSpeedHz();
        double highestShaft = Math.min(governedSpeedHz, torque.highestSpeedHz());
        // Road speed to shaft speed and back loses a last bit; clamp so the curve's own ends stay on the curve.
        java.util.function.DoubleUnaryOperator excess = speed -> tractiveForceN(
                torque.torqueNm(Math.max(lowestShaft, Math.min(highestShaft, shaftSpeedHz(speed, overallRatio,
                        rollingRadiusM)))), overallRatio, efficiency, rollingRadiusM)
                - weight * rollingResistance - airDragN(airDensityKgM3, dragCoefficient, frontalAreaM2, speed);
        if (excess.applyAsDouble(governed) >= 0) {
            return new TopSpeed(governed, true);
        }
        // Walk down in small steps to the highest speed that still pulls, then bisect the step it lies in.
        int steps = 2000;
        double above = governed;
        for (int step = steps - 1; step >= 0; step--) {
            double speed = lowest + (governed - lowest) * step / steps;
            if (excess.applyAsDouble(speed) >= 0) {
                double low = speed;
                double high = above;
                for (int iteration = 0; iteration < 80; iteration++) {
                    double middle = 0.5 * (low + high);
                    if (excess.applyAsDouble(middle) >= 0) {
                        low = middle;
                    } else {
                        high = middle;
                    }
                }
                return new TopSpeed(low, false);
            }
            above = speed;
        }
        return new TopSpeed(0, false);
    }

    /**
     * A top speed.
     *
     * @param speedMs  the speed, m/s
     * @param governed whether the governed (or maximum motor) speed sets it, not the driving resistance
     */
    public record TopSpeed(double speedMs, boolean governed) {
    }
}
