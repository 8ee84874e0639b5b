package io.github.chassisspec.requirements;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.Phrase;
import io.github.chassisspec.report.RequirementResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates requirements against a spec: the capability by the statics of PHYSICS.md, the verdict, the margin, what
 * limits, the assumptions and warnings a reader needs, and (at {@link Depth#FULL}) what it would take to pass. Thread-safe; all methods are
 * static.
 *
 * <p>The spec should be consistent ({@code SpecValidator} finds no violation); a requirement naming a load case,
 * gear or range the spec lacks raises a {@link RequirementException}; missing data for a check gives NOT_EVALUATED
 * with the missing field; a vehicle without a parking brake FAILs.
 */
public final class RequirementEvaluator {

    private RequirementEvaluator() {
    }

    /**
     * Evaluates every requirement of a profile that applies to the spec; the others are listed in the report's notes.
     *
     * @throws RequirementException if a requirement names a load case, gear or range the spec does not have
     */
    public static ComplianceReport evaluate(ChassisSpec spec, RequirementProfile profile) {
        return evaluate(spec, profile, Depth.FULL);
    }

    /**
     * Evaluates every requirement of a profile that applies to the spec, to the given depth.
     *
     * @throws RequirementException if a requirement names a load case, gear or range the spec does not have
     */
    public static ComplianceReport evaluate(ChassisSpec spec, RequirementProfile profile, Depth depth) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(depth, "depth");
        List<RequirementResult> results = new ArrayList<>();
        List<Phrase> notes = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int index = 0; index < profile.entries().size(); index++) {
            ProfileEntry entry = profile.entries().get(index);
            if (!applies(entry, spec)) {
                Phrase what = entry.source() == null ? Phrase.verbatim(entry.requirement().check())
                        : Phrase.of("note.ofPack", entry.requirement().check(), entry.source().pack());
                if (entry.requirement().label() != null) {
                    what = Phrase.of("note.labelled", what, entry.requirement().label());
                }
                notes.add(Phrase.of("note.notApplicable", what, entry.appliesTo().phrase(), spec.id()));
                continue;
            }
            try {
                RequirementResult result = evaluate(spec, entry.requirement(), profile.assumptions(), depth);
                results.add(entry.source() == null ? result : result.toBuilder().source(entry.source()).build());
                indices.add(index);
            } catch (RequirementException e) {
                throw e.at(index);
            }
        }
        return new ComplianceReport(spec.id(), spec.name(), profile.name(), results, notes, indices);
    }

    /** Whether a profile entry applies to the spec: it has no condition, or the spec meets it. */
    static boolean applies(ProfileEntry entry, ChassisSpec spec) {
        return entry.appliesTo() == null || entry.appliesTo().appliesTo(spec);
    }

    /**
     * Evaluates one requirement with the given assumptions (the requirement's own overrides win).
     *
     * @throws RequirementException if the requirement names a load case, gear or range the spec does not have
     */
    public static RequirementResult evaluate(ChassisSpec spec, Requirement requirement, Assumptions assumptions) {
        return evaluate(spec, requirement, assumptions, Depth.FULL);
    }

    /**
     * Evaluates one requirement with the given assumptions, to the given depth.
     *
     * @throws RequirementException if the requirement names a load case, gear or range the spec does not have
     */
    public static RequirementResult evaluate(ChassisSpec spec, Requirement requirement, Assumptions assumptions,
            Depth depth) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(depth, "depth");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(assumptions, "assumptions");
        if (requirement.load() != null && !spec.loadCases().containsKey(requirement.load())) {
            throw new RequirementException(-1, "load", "load case \"" + requirement.load() + "\" does not exist; "
                    + spec.id() + " has " + String.join(", ", spec.loadCases().keySet()));
        }
        if (requirement instanceof ParkingHoldRequirement parking) {
            return SlopeChecks.withPercentReading(spec, parking, assumptions, depth,
                    SlopeChecks.parkingHold(spec, parking, assumptions, depth));
        }
        if (requirement instanceof HillStartRequirement start) {
            return SlopeChecks.withPercentReading(spec, start, assumptions, depth,
                    SlopeChecks.hillStart(spec, start, assumptions, depth));
        }
        if (requirement instanceof AxleLoadsRequirement axleLoads) {
            return LoadChecks.axleLoads(spec, axleLoads, depth);
        }
        if (requirement instanceof SteerAxleShareRequirement share) {
            return LoadChecks.steerAxleShare(spec, share, depth);
        }
        if (requirement instanceof GradeabilityRequirement gradeability) {
            return DrivingChecks.gradeability(spec, gradeability, assumptions, depth);
        }
        if (requirement instanceof TopSpeedRequirement topSpeed) {
            return DrivingChecks.topSpeed(spec, topSpeed, assumptions, depth);
        }
        if (requirement instanceof TiltStabilityRequirement tilt) {
            return GeometryChecks.tiltStability(spec, tilt, depth);
        }
        if (requirement instanceof TurningCircleRequirement turning) {
            return GeometryChecks.turningCircle(spec, turning, depth);
        }
        if (requirement instanceof GroundAnglesRequirement angles) {
            return GeometryChecks.groundAngles(spec, angles, depth);
        }
        if (requirement instanceof FrameStrengthRequirement frame) {
            return SystemChecks.frameStrength(spec, frame, depth);
        }
        if (requirement instanceof ElectricalBalanceRequirement electrical) {
            return SystemChecks.electricalBalance(spec, electrical, depth);
        }
        return SystemChecks.powerToMass(spec, (PowerToMassRequirement) requirement, depth);
    }
}
