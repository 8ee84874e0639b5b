package io.github.chassisspec.physics;

/**
 * Approach, departure and ramp-breakover angles (PHYSICS.md §6). A critical point z high and x ahead of (or behind)
 * the axle, on a tyre of static radius r: the ramp line touching the tyre and the point rises at
 * α = ψ + asin(r / R), with R = √(x² + (z − r)²) the distance from the wheel centre to the point and
 * ψ = atan2(z − r, x). Lengths in m, angles in rad. Pure functions, thread-safe.
 */
public final class GroundAngles {

    private GroundAngles() {
    }

    /** α = ψ + asin(r/R), the exact angle of the ramp tangent to the tyre through the point, rad. */
    public static double tangentAngleRad(double distanceM, double heightM, double tyreRadiusM) {
        double toPoint = Math.hypot(distanceM, heightM - tyreRadiusM);
        if (toPoint <= tyreRadiusM) {
            throw new IllegalArgumentException("the point " + distanceM + " m ahead and " + heightM
                    + " m high lies inside the tyre of radius " + tyreRadiusM + " m");
        }
        return Math.atan2(heightM - tyreRadiusM, distanceM) + Math.asin(tyreRadiusM / toPoint);
    }

    /** atan(z/x), the point-tyre approximation, which ignores the tyre's roundness, rad. */
    public static double pointTyreAngleRad(double distanceM, double heightM) {
        return Math.atan2(heightM, distanceM);
    }

    /** The ramp-breakover angle 2·α with the point at mid-wheelbase x = L/2 and z the ground clearance, rad. */
    public static double rampBreakoverRad(double wheelbaseM, double groundClearanceM, double tyreRadiusM) {
        return 2 * tangentAngleRad(wheelbaseM / 2, groundClearanceM, tyreRadiusM);
    }
}
