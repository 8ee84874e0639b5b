package io.github.chassisspec.requirements;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.AxleGroup;
import io.github.chassisspec.model.Body;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.ClearancePoint;
import io.github.chassisspec.physics.GroundAngles;
import io.github.chassisspec.physics.LateralStability;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.physics.Turning;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.Comparison;
import io.github.chassisspec.report.Measure;
import io.github.chassisspec.report.Phrase;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.SiValues;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

/** Checks of the vehicle's geometry (PHYSICS.md §6): tilt stability, turning circle, ground angles. */
final class GeometryChecks {

    private static final double FULLEST_LOCK_RAD = Math.toRadians(70);

    private GeometryChecks() {
    }

    static RequirementResult tiltStability(ChassisSpec spec, TiltStabilityRequirement requirement, Depth depth) {
        double requiredRad = SiValues.of(requirement.angle());
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(), Verdict.NOT_EVALUATED,
                Figures.degrees(Math.toDegrees(requiredRad)), Phrase.verbatim("")).label(requirement.label())
                .load(requirement.load())
                .comparison(Comparison.AT_LEAST);
        for (int index = 0; index < spec.axles().size(); index++) {
            if (spec.axles().get(index).track() == null) {
                return result.message(Phrase.of("notEvaluated.missing", "axles[" + index + "].track")).build();
            }
        }
        VehicleCase vehicleCase = VehicleCase.of(spec, requirement.load());
        double wheelbase = SiValues.of(spec.effectiveWheelbase());
        double a = SiValues.of(spec.centreOfGravityBehindFrontGroup(requirement.load()));
        double track = LateralStability.trackAtCentreOfGravityM(groupTrack(spec, AxleGroup.FRONT),
                groupTrack(spec, AxleGroup.REAR), a, wheelbase);
        double height = vehicleCase.centreOfGravityHeightM();
        double angle = LateralStability.tiltAngleRad(track, height);
        boolean passes = angle >= requiredRad;
        result.verdict(passes ? Verdict.PASS : Verdict.FAIL)
                .outcome(Figures.degrees(Math.toDegrees(angle)), Figures.degrees(Math.toDegrees(angle - requiredRad)),
                        LimitingFactor.ROLLOVER)
                .detail("trackAtCentreOfGravity", Figures.millimetres(track))
                .detail("staticStabilityFactor", Figures.fixedFigure(LateralStability.staticStabilityFactor(track, height), 3))
                .message(Phrase.of("message.tilt", requirement.load(), Figures.fixed(Math.toDegrees(angle), 1),
                        Figures.fixed(LateralStability.staticStabilityFactor(track, height), 3),
                        Figures.fixed(Math.toDegrees(requiredRad), 1)));
        if (!depth.includesChanges()) {
            return result.build();
        }
        double highest = LateralStability.highestCentreOfGravityM(track, requiredRad);
        Measure target = Measure.of(highest * 1000, "mm", 0, RoundingMode.FLOOR);
        Change change = new Change("centreOfGravityHeight", "loadCases." + requirement.load()
                + ".centreOfGravity.height", Figures.millimetres(height), target, highest, Phrase.of(passes
                ? "headroom.centreOfGravityHeight" : "change.centreOfGravityHeight", target.text(),
                Figures.millimetres(height).text()));
        return (passes ? result.headroom(change) : result.remedy(change)).build();
    }

    /** A group's track: the rated-load-weighted mean of its axles' tracks, m. */
    private static double groupTrack(ChassisSpec spec, AxleGroup group) {
        double weighted = 0;
        double total = 0;
        for (Axle axle : spec.axlesIn(group)) {
            double rating = SiValues.of(axle.ratedLoad());
            weighted += rating * SiValues.of(axle.track());
            total += rating;
        }
        return weighted / total;
    }

    /** One limit of a geometric check against what the vehicle has. */
    private record Limit(Phrase name, Comparison comparison, double requiredSi, double actualSi, LimitingFactor factor,
            java.util.function.DoubleFunction<Measure> measure) {
        double margin() {
            return comparison == Comparison.AT_LEAST ? actualSi - requiredSi : requiredSi - actualSi;
        }

        boolean passes() {
            return margin() >= 0;
        }

        double relativeMargin() {
            return margin() / Math.abs(requiredSi);
        }
    }

    static RequirementResult turningCircle(ChassisSpec spec, TurningCircleRequirement requirement, Depth depth) {
        Measure firstRequired = Figures.metres(SiValues.of(requirement.maxOuterRadius() != null
                ? requirement.maxOuterRadius() : requirement.minInnerRadius() != null ? requirement.minInnerRadius()
                : requirement.maxKerbRadius()));
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(), Verdict.NOT_EVALUATED,
                firstRequired, Phrase.verbatim("")).label(requirement.label());
        int steered = -1;
        for (int index = 0; index < spec.axles().size(); index++) {
            Axle axle = spec.axles().get(index);
            if (axle.isSteered() && axle.group() == AxleGroup.FRONT && steered < 0) {
                steered = index;
            }
            if (axle.isSteered() && axle.group() == AxleGroup.REAR) {
                result.warning(Phrase.of("warning.rearSteer", index));
            }
        }
        if (steered < 0) {
            return result.message(Phrase.of("notEvaluated.noFrontSteering")).build();
        }
        Body body = spec.body();
        boolean needsBody = requirement.maxOuterRadius() != null || requirement.minInnerRadius() != null;
        if (needsBody && (body == null || body.overallWidth() == null)) {
            return result.message(Phrase.of("notEvaluated.missing", "body.overallWidth")).build();
        }
        if (needsBody && body.frontOverhang() == null) {
            return result.message(Phrase.of("notEvaluated.missing", "body.frontOverhang")).build();
        }
        double wheelbase = SiValues.of(spec.effectiveWheelbase());
        double lock = SiValues.of(spec.axles().get(steered).steering().maxInnerAngle());
        double kingpins = SiValues.of(spec.axles().get(steered).steering().kingpinSpacing());
        double width = needsBody ? SiValues.of(body.overallWidth()) : 0;
        double overhang = needsBody ? SiValues.of(body.frontOverhang()) : 0;
        Turning fullLock = Turning.at(wheelbase, lock, kingpins, width, overhang);
        result.detail("centreLineRadius", Figures.metres(fullLock.centreLineRadiusM()))
                .detail("kerbToKerbRadius", Figures.metres(fullLock.kerbToKerbM()));
        if (needsBody) {
            result.detail("wallToWallRadius", Figures.metres(fullLock.wallToWallM()))
                    .detail("innerSweptRadiusAtFullLock", Figures.metres(fullLock.innerSweptM()));
        }
        List<Limit> limits = new ArrayList<>();
        if (requirement.maxOuterRadius() != null) {
            limits.add(new Limit(Phrase.of("limit.wallToWall"), Comparison.AT_MOST, SiValues.of(requirement.maxOuterRadius()),
                    fullLock.wallToWallM(), LimitingFactor.OUTER_RADIUS, Figures::metres));
        }
        if (requirement.minInnerRadius() != null) {
            double inner = fullLock.innerSweptM();
            if (requirement.maxOuterRadius() != null) {
                double ringLock = Turning.lockForWallToWall(SiValues.of(requirement.maxOuterRadius()), wheelbase, lock,
                        kingpins, width, overhang);
                if (Double.isFinite(ringLock)) {
                    inner = Turning.at(wheelbase, ringLock, kingpins, width, overhang).innerSweptM();
                    result.detail("innerSweptRadiusOnTheRing", Figures.metres(inner));
                }
            }
            limits.add(new Limit(Phrase.of("limit.innerSwept"), Comparison.AT_LEAST, SiValues.of(requirement.minInnerRadius()),
                    inner, LimitingFactor.INNER_RADIUS, Figures::metres));
        }
        if (requirement.maxKerbRadius() != null) {
            limits.add(new Limit(Phrase.of("limit.kerbToKerb"), Comparison.AT_MOST, SiValues.of(requirement.maxKerbRadius()),
                    fullLock.kerbToKerbM(), LimitingFactor.KERB_RADIUS, Figures::metres));
        }
        Limit binding = binding(limits, result);
        if (!binding.passes() && binding.factor() != LimitingFactor.INNER_RADIUS && depth.includesChanges()) {
            int axle = steered;
            double needed = Boundary.find(candidate -> {
                Turning turning = Turning.at(wheelbase, candidate, kingpins, width, overhang);
                return (requirement.maxOuterRadius() == null
                        || turning.wallToWallM() <= SiValues.of(requirement.maxOuterRadius()))
                        && (requirement.maxKerbRadius() == null
                        || turning.kerbToKerbM() <= SiValues.of(requirement.maxKerbRadius()));
            }, lock, FULLEST_LOCK_RAD);
            if (Double.isFinite(needed)) {
                Measure target = Measure.of(Math.toDegrees(needed), "°", 1, RoundingMode.CEILING);
                result.remedy(new Change("maxInnerAngle", "axles[" + axle + "].steering.maxInnerAngle",
                        Measure.of(Math.toDegrees(lock), "°", 1), target, needed, Phrase.of("change.maxInnerAngle", axle,
                        target.text(), Figures.fixed(Math.toDegrees(lock), 1) + " °")));
            }
        }
        return result.build();
    }

    private static Phrase comparisonWords(Comparison comparison) {
        return Phrase.of(comparison == Comparison.AT_LEAST ? "words.atLeast" : "words.atMost");
    }

    /** Reports the limit with the least relative margin as the result's outcome and verdict. */
    private static Limit binding(List<Limit> limits, RequirementResult.Builder result) {
        Limit binding = limits.get(0);
        for (Limit limit : limits) {
            result.detail(limit.name().key().replace("limit.", ""), Phrase.of("detail.limit",
                    limit.measure().apply(limit.actualSi()).text(), comparisonWords(limit.comparison()),
                    limit.measure().apply(limit.requiredSi()).text()));
            if (limit.relativeMargin() < binding.relativeMargin()) {
                binding = limit;
            }
        }
        boolean allPass = limits.stream().allMatch(Limit::passes);
        Limit shown = binding;
        result.verdict(allPass ? Verdict.PASS : Verdict.FAIL)
                .comparison(shown.comparison())
                .outcome(shown.measure().apply(shown.actualSi()), shown.measure().apply(shown.margin()), shown.factor())
                .message(Phrase.of(limits.size() > 1 && allPass ? "message.limit.allMet" : "message.limit", shown.name(),
                        shown.measure().apply(shown.actualSi()).text(), comparisonWords(shown.comparison()),
                        shown.measure().apply(shown.requiredSi()).text()));
        result.required(shown.measure().apply(shown.requiredSi()));
        return binding;
    }

    static RequirementResult groundAngles(ChassisSpec spec, GroundAnglesRequirement requirement, Depth depth) {
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(), Verdict.NOT_EVALUATED,
                Figures.degrees(0), Phrase.verbatim("")).label(requirement.label());
        Body body = spec.body();
        List<Axle> axles = spec.axles();
        double frontRadius = SiValues.of(axles.get(0).tyres().staticLoadedRadius());
        double rearRadius = SiValues.of(axles.get(axles.size() - 1).tyres().staticLoadedRadius());
        List<Limit> limits = new ArrayList<>();
        if (requirement.approach() != null) {
            ClearancePoint point = body == null ? null : body.approachPoint();
            if (point == null) {
                return result.message(Phrase.of("notEvaluated.missing", "body.approachPoint")).build();
            }
            limits.add(angleLimit("limit.approach", requirement.approach(), GroundAngles.tangentAngleRad(
                    SiValues.of(point.distance()), SiValues.of(point.height()), frontRadius), LimitingFactor.APPROACH_ANGLE));
        }
        if (requirement.departure() != null) {
            ClearancePoint point = body == null ? null : body.departurePoint();
            if (point == null) {
                return result.message(Phrase.of("notEvaluated.missing", "body.departurePoint")).build();
            }
            limits.add(angleLimit("limit.departure", requirement.departure(), GroundAngles.tangentAngleRad(
                    SiValues.of(point.distance()), SiValues.of(point.height()), rearRadius),
                    LimitingFactor.DEPARTURE_ANGLE));
        }
        if (requirement.rampBreakover() != null || requirement.minGroundClearance() != null) {
            if (body == null || body.groundClearance() == null) {
                return result.message(Phrase.of("notEvaluated.missing", "body.groundClearance")).build();
            }
        }
        if (requirement.rampBreakover() != null) {
            double ramp = GroundAngles.rampBreakoverRad(SiValues.of(spec.effectiveWheelbase()),
                    SiValues.of(body.groundClearance()), (frontRadius + rearRadius) / 2);
            limits.add(angleLimit("limit.rampBreakover", requirement.rampBreakover(), ramp,
                    LimitingFactor.RAMP_BREAKOVER_ANGLE));
        }
        if (requirement.minGroundClearance() != null) {
            limits.add(new Limit(Phrase.of("limit.groundClearance"), Comparison.AT_LEAST, SiValues.of(requirement.minGroundClearance()),
                    SiValues.of(body.groundClearance()), LimitingFactor.GROUND_CLEARANCE, Figures::millimetres));
        }
        Limit binding = binding(limits, result);
        if (!depth.includesChanges()) {
            return result.build();
        }
        if (!binding.passes() && binding.factor() == LimitingFactor.APPROACH_ANGLE) {
            pointHeightRemedy("approachPoint", body.approachPoint(), frontRadius, binding.requiredSi(), result);
        } else if (!binding.passes() && binding.factor() == LimitingFactor.DEPARTURE_ANGLE) {
            pointHeightRemedy("departurePoint", body.departurePoint(), rearRadius, binding.requiredSi(), result);
        } else if (!binding.passes() && binding.factor() == LimitingFactor.GROUND_CLEARANCE) {
            Measure target = Figures.millimetres(binding.requiredSi());
            result.remedy(new Change("groundClearance", "body.groundClearance", Figures.millimetres(binding.actualSi()),
                    target, binding.requiredSi(), Phrase.of("change.groundClearance", target.text())));
        }
        return result.build();
    }

    private static Limit angleLimit(String nameKey, javax.measure.Quantity<javax.measure.quantity.Angle> required,
            double actualRad, LimitingFactor factor) {
        return new Limit(Phrase.of(nameKey), Comparison.AT_LEAST, SiValues.of(required), actualRad, factor,
                radians -> Figures.degrees(Math.toDegrees(radians)));
    }

    /** How high the critical point must sit for the angle, the tangent to the tyre kept exact. */
    private static void pointHeightRemedy(String name, ClearancePoint point, double tyreRadius, double requiredRad,
            RequirementResult.Builder result) {
        double distance = SiValues.of(point.distance());
        DoublePredicate enough = height -> Math.hypot(distance, height - tyreRadius) > tyreRadius
                && GroundAngles.tangentAngleRad(distance, height, tyreRadius) >= requiredRad;
        double height = Boundary.find(enough, SiValues.of(point.height()), distance * 10 + tyreRadius);
        if (Double.isFinite(height)) {
            Measure target = Measure.of(height * 1000, "mm", 0, RoundingMode.CEILING);
            result.remedy(new Change(name + "Height", "body." + name + ".height",
                    Figures.millimetres(SiValues.of(point.height())), target, height, Phrase.of("change.pointHeight",
                    name, target.text(), Figures.millimetres(SiValues.of(point.height())).text())));
        }
    }
}
