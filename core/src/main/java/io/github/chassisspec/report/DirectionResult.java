package io.github.chassisspec.report;

import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.LimitingFactor;

/**
 * The capability in one direction, for a requirement checked facing both ways.
 *
 * @param facing            uphill or downhill
 * @param capabilityDegrees the steepest slope held, in degrees
 * @param limitedBy         what fails just above it
 * @param verdict           whether this direction meets the requirement
 */
public record DirectionResult(Facing facing, double capabilityDegrees, LimitingFactor limitedBy, Verdict verdict) {
}
