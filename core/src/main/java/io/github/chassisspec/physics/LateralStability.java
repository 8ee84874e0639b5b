package io.github.chassisspec.physics;

/**
 * Sideways tipping of a rigid vehicle on a tilt table (PHYSICS.md §6; UN R107 asks buses to stand 28°).
 * Pure functions, thread-safe.
 */
public final class LateralStability {

    private LateralStability() {
    }

    /**
     * The track at the centre of gravity: t = t_F·b/L + t_R·a/L, interpolated along the wheelbase between the front
     * and rear group tracks t_F and t_R, m.
     */
    public static double trackAtCentreOfGravityM(double frontTrackM, double rearTrackM, double aM, double wheelbaseM) {
        return frontTrackM * (wheelbaseM - aM) / wheelbaseM + rearTrackM * aM / wheelbaseM;
    }

    /** SSF = t / (2h), the static stability factor. */
    public static double staticStabilityFactor(double trackM, double heightM) {
        return trackM / (2 * heightM);
    }

    /** The rigid tilt-table angle atan(SSF) = atan(t / (2h)), rad. */
    public static double tiltAngleRad(double trackM, double heightM) {
        return Math.atan(staticStabilityFactor(trackM, heightM));
    }

    /** The highest CoG that still stands a tilt angle θ: h = t / (2·tan θ), m. */
    public static double highestCentreOfGravityM(double trackM, double tiltAngleRad) {
        return trackM / (2 * Math.tan(tiltAngleRad));
    }
}
