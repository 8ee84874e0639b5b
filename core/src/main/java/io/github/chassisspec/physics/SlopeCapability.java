package io.github.chassisspec.physics;

/**
 * The steepest slope a vehicle manages from level up, and what stops it just above.
 *
 * @param radians   θ*, the largest angle such that every slope from 0 to θ* is managed
 * @param limitedBy what fails just above θ*
 */
public record SlopeCapability(double radians, LimitingFactor limitedBy) {

    public double degrees() {
        return Math.toDegrees(radians);
    }
}
