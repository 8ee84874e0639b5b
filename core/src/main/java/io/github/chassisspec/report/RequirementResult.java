package io.github.chassisspec.report;

import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.units.Slope;
import java.util.List;
import java.util.Map;

/**
 * The answer to one requirement: the verdict, the capability against what is required, the margin, what limits,
 * the assumptions used, a one-line message and warnings. Nothing is hidden: every assumption that decided the
 * number is in {@link #assumptions()}.
 *
 * @param check              the check, as profiles name it: {@code parkingHold}, {@code hillStart}
 * @param label              the requirement's own label, such as a tender clause; null when none
 * @param load               the load case
 * @param facing             the direction asked for ({@code both} for parking), uphill for a hill start
 * @param governingFacing    the direction the verdict and capability come from; null when not evaluated
 * @param gear               the gear of a hill start, null otherwise
 * @param range              the transfer-case range of a hill start ({@code high}/{@code low}), null when none
 * @param verdict            PASS, FAIL or NOT_EVALUATED
 * @param required           the slope required, as written
 * @param capabilityDegrees  the steepest slope managed, in degrees; NaN when not evaluated
 * @param limitedBy          what fails just above the capability; null when not evaluated
 * @param assumptions        the assumptions used, by name: numbers, or text with units
 * @param details            figures behind the answer (forces, torques, adhesion needed), text with units
 * @param directions         per-direction capabilities for a requirement checked facing both ways, else empty
 * @param message            one line saying what was found
 * @param warnings           what the reader must know, such as a slope in degrees that is probably a percent
 * @param ifPercentWasMeant  for a slope in degrees that no tyre can meet: the same requirement read as a percent
 *                           grade; null otherwise
 */
public record RequirementResult(
        String check,
        String label,
        String load,
        Facing facing,
        Facing governingFacing,
        Integer gear,
        String range,
        Verdict verdict,
        Slope required,
        double capabilityDegrees,
        LimitingFactor limitedBy,
        Map<String, Object> assumptions,
        Map<String, String> details,
        List<DirectionResult> directions,
        String message,
        List<String> warnings,
        RequirementResult ifPercentWasMeant) {

    public RequirementResult {
        assumptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assumptions));
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        directions = List.copyOf(directions);
        warnings = List.copyOf(warnings);
    }

    /** Whether a capability was computed. */
    public boolean isEvaluated() {
        return verdict != Verdict.NOT_EVALUATED;
    }

    /** capability − required, in degrees; NaN when not evaluated. */
    public double marginDegrees() {
        return capabilityDegrees - required.degrees();
    }

    /** The capability as a slope in degrees, for display; null when not evaluated. */
    public Slope capability() {
        return isEvaluated() ? Slope.ofRadians(Math.toRadians(capabilityDegrees)).asDegrees() : null;
    }
}
