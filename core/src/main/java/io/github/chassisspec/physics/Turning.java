package io.github.chassisspec.physics;

/**
 * Low-speed turning with Ackermann steering and a non-steered rear group (PHYSICS.md §6): the turn centre lies on
 * the rear group's centre line. Symbols: L the effective wheelbase, δ_i the inner wheel's lock, j the kingpin
 * spacing, B the overall width, OH_F the front overhang; lengths in m, angles in rad. Pure functions, thread-safe.
 *
 * @param centreLineRadiusM R_c = L / tan δ_i + j/2, the radius of the vehicle's centre line at the rear group
 * @param outerLockRad      δ_o with cot δ_o = cot δ_i + j / L
 * @param kerbToKerbM       L / sin δ_o, the outer front wheel's radius
 * @param wallToWallM       √((R_c + B/2)² + (L + OH_F)²), the radius swept by the outer front corner
 * @param innerSweptM       R_c − B/2, the radius of the inner side at the rear group
 */
public record Turning(double centreLineRadiusM, double outerLockRad, double kerbToKerbM, double wallToWallM,
        double innerSweptM) {

    /** The turning geometry at inner lock δ_i. */
    public static Turning at(double wheelbaseM, double innerLockRad, double kingpinSpacingM, double widthM,
            double frontOverhangM) {
        double centreLine = wheelbaseM / Math.tan(innerLockRad) + kingpinSpacingM / 2;
        double outerLock = Math.atan(1 / (1 / Math.tan(innerLockRad) + kingpinSpacingM / wheelbaseM));
        double kerb = wheelbaseM / Math.sin(outerLock);
        double wall = Math.hypot(centreLine + widthM / 2, wheelbaseM + frontOverhangM);
        return new Turning(centreLine, outerLock, kerb, wall, centreLine - widthM / 2);
    }

    /**
     * The inner lock at which the wall-to-wall radius equals {@code wallToWallM}, found by bisection between 0 and
     * {@code maxInnerLockRad} (the wall-to-wall radius falls as the lock grows); NaN when full lock cannot reach it.
     */
    public static double lockForWallToWall(double wallToWallM, double wheelbaseM, double maxInnerLockRad,
            double kingpinSpacingM, double widthM, double frontOverhangM) {
        if (at(wheelbaseM, maxInnerLockRad, kingpinSpacingM, widthM, frontOverhangM).wallToWallM() > wallToWallM) {
            return Double.NaN;
        }
        double low = 1e-6;
        double high = maxInnerLockRad;
        for (int iteration = 0; iteration < 100; iteration++) {
            double middle = 0.5 * (low + high);
            if (at(wheelbaseM, middle, kingpinSpacingM, widthM, frontOverhangM).wallToWallM() > wallToWallM) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return high;
    }
}
