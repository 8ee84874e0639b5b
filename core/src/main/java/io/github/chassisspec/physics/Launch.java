package io.github.chassisspec.physics;

/**
 * What drives the wheels at a hill start (PHYSICS.md §4): T_in = min(T_launch, clutch capacity) through the
 * overall ratio i_g·i_0·i_tc and efficiency η to the driven tyres' rolling radius r_d.
 *
 * @param launchTorqueNm     T_launch, the torque available during clutch engagement (a motor's peak torque), N·m
 * @param clutchCapacityNm   the clutch's torque capacity; {@code +∞} for an electric motor, which has none, N·m
 * @param electric           whether an electric motor drives, so that its limit is called MOTOR
 * @param overallRatio       i_g·i_0·i_tc
 * @param efficiency         η, in (0, 1]
 * @param rollingRadiusM     r_d of the driven tyres, m
 */
public record Launch(double launchTorqueNm, double clutchCapacityNm, boolean electric, double overallRatio,
        double efficiency, double rollingRadiusM) {

    public Launch {
        if (!(launchTorqueNm > 0) || !(clutchCapacityNm > 0) || !(overallRatio > 0) || !(efficiency > 0)
                || !(efficiency <= 1) || !(rollingRadiusM > 0) || Double.isInfinite(launchTorqueNm)) {
            throw new IllegalArgumentException("launch torque, clutch capacity, ratio and radius must be positive and"
                    + " efficiency in (0, 1], but were " + launchTorqueNm + " N·m, " + clutchCapacityNm + " N·m, "
                    + overallRatio + ", " + rollingRadiusM + " m, " + efficiency);
        }
    }

    /** Whether the clutch, not the engine, bounds the input torque. */
    public boolean clutchBinds() {
        return clutchCapacityNm < launchTorqueNm;
    }

    /** T_in = min(T_launch, clutch capacity), N·m. */
    public double inputTorqueNm() {
        return Math.min(launchTorqueNm, clutchCapacityNm);
    }

    /** F_eng = T_in·i_g·i_0·i_tc·η / r_d, the engine-limited force at the driven wheels, N. */
    public double wheelForceN() {
        return inputTorqueNm() * overallRatio * efficiency / rollingRadiusM;
    }

    /** What limits when the engine side does: CLUTCH if it binds, else MOTOR or ENGINE. */
    public LimitingFactor driveFactor() {
        if (clutchBinds()) {
            return LimitingFactor.CLUTCH;
        }
        return electric ? LimitingFactor.MOTOR : LimitingFactor.ENGINE;
    }
}
