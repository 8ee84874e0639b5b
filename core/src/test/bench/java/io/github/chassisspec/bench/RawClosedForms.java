package io.github.chassisspec.bench;

/**
 * The headline checks of PHYSICS.md §3–4 as closed forms in raw SI doubles, written from the formulas and not from
 * the library, for a two-group vehicle whose parking brake and drive are on the rear group only (as the bundled
 * bus). Angles in radians; a limit that never binds below a vertical wall is {@link #NEVER}.
 */
final class RawClosedForms {

    /** g, m/s². */
    static final double GRAVITY = 9.80665;
    /** A limit that never binds: no slope exceeds 90°. */
    static final double NEVER = Math.PI / 2;

    private RawClosedForms() {
    }

    /**
     * Parking-hold capability facing one way with the rear group braked: the smallest of the adhesion limit
     * tan θ = μ·a / (L ∓ μ·h) (− uphill, + downhill), the brake-torque limit sin θ = (T / r_s) / W and the tip-over
     * angle tan θ = b / h uphill, a / h downhill.
     */
    static double parkingCapabilityRad(double massKg, double behindFrontM, double wheelbaseM, double heightM,
            double brakeTorqueNm, double staticRadiusM, double adhesion, boolean uphill) {
        double weightN = massKg * GRAVITY;
        double denominator = uphill ? wheelbaseM - adhesion * heightM : wheelbaseM + adhesion * heightM;
        // A denominator at or below zero means grip grows faster than the slope: adhesion never limits.
        double adhesionLimit = denominator > 0 ? Math.atan(adhesion * behindFrontM / denominator) : NEVER;
        double torqueShare = brakeTorqueNm / staticRadiusM / weightN;
        double torqueLimit = torqueShare < 1 ? Math.asin(torqueShare) : NEVER;
        double tipOver = Math.atan2(uphill ? wheelbaseM - behindFrontM : behindFrontM, heightM);
        return Math.min(tipOver, Math.min(adhesionLimit, torqueLimit));
    }

    /**
     * Hill-start capability facing uphill with the rear group driven and no reserve acceleration: the smallest of
     * the engine limit θ = asin(c / √(1 + f_r²)) − atan f_r with c = F_eng / W and F_eng = min(T_launch, T_clutch)·
     * i_g·i_0·η / r_d, the traction limit tan θ = (μ·a − f_r·L) / (L − μ·h), and the tip-over angle tan θ = b / h;
     * zero when it cannot start on level ground.
     */
    static double startCapabilityRad(double massKg, double behindFrontM, double wheelbaseM, double heightM,
            double launchTorqueNm, double clutchCapacityNm, double gearRatio, double finalDrive, double efficiency,
            double rollingRadiusM, double adhesion, double rollingResistance) {
        double weightN = massKg * GRAVITY;
        double wheelForceN = Math.min(launchTorqueNm, clutchCapacityNm) * gearRatio * finalDrive * efficiency
                / rollingRadiusM;
        double root = Math.sqrt(1 + rollingResistance * rollingResistance);
        double share = wheelForceN / weightN;
        double engineLimit = share >= root ? NEVER : Math.asin(share / root) - Math.atan(rollingResistance);
        double denominator = wheelbaseM - adhesion * heightM;
        double tractionLimit = denominator > 0
                ? Math.atan2(adhesion * behindFrontM - rollingResistance * wheelbaseM, denominator) : NEVER;
        double tipOver = Math.atan2(wheelbaseM - behindFrontM, heightM);
        return Math.max(0, Math.min(tipOver, Math.min(engineLimit, tractionLimit)));
    }
}
