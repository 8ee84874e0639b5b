package io.github.chassisspec.requirements;

import io.github.chassisspec.model.Aerodynamics;
import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.TorquePoint;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.physics.Driving;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.physics.RigidVehicle;
import io.github.chassisspec.physics.SlopeCapability;
import io.github.chassisspec.physics.TorqueCurve;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.Comparison;
import io.github.chassisspec.report.Measure;
import io.github.chassisspec.report.Phrase;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.SiValues;
import java.math.RoundingMode;
import java.util.List;

/** Driving at a steady speed (PHYSICS.md §6): gradeability at a speed, and top speed. */
final class DrivingChecks {

    /** ρ, the air density at sea level and 15 °C (ISA), kg/m³; printed with every result that uses it. */
    static final double AIR_DENSITY = 1.225;

    private DrivingChecks() {
    }

    /** The drive's data a steady-speed check needs, or the reason it cannot be had. */
    private record Drive(TorqueCurve torque, double governedSpeedHz, double rollingRadiusM, Aerodynamics aerodynamics,
            Phrase missing) {
    }

    private static Drive drive(ChassisSpec spec, RequirementResult.Builder result) {
        Powertrain powertrain = spec.powertrain();
        if (powertrain == null) {
            return missing(Phrase.of("notEvaluated.noPowertrain"));
        }
        List<Axle> driven = Drivelines.drivenAxles(spec);
        if (driven.isEmpty()) {
            return missing(Phrase.of("notEvaluated.noDrivenAxle"));
        }
        if (spec.aerodynamics() == null) {
            return missing(Phrase.of("notEvaluated.noAerodynamics"));
        }
        String part = powertrain.isElectric() ? "powertrain.motor" : "powertrain.engine";
        List<TorquePoint> curve = powertrain.isElectric() ? powertrain.motor().torqueCurve()
                : powertrain.engine().torqueCurve();
        var maxPower = powertrain.isElectric() ? powertrain.motor().maxPower() : powertrain.engine().maxPower();
        var governed = powertrain.isElectric() ? powertrain.motor().maxSpeed() : powertrain.engine().governedSpeed();
        TorqueCurve torque;
        if (curve.size() >= 2) {
            double[] speeds = curve.stream().mapToDouble(point -> SiValues.of(point.speed())).toArray();
            double[] torques = curve.stream().mapToDouble(point -> SiValues.of(point.torque())).toArray();
            torque = TorqueCurve.ofPoints(speeds, torques);
        } else if (maxPower != null) {
            torque = TorqueCurve.ofPeakAndPower(SiValues.of(powertrain.peakTorque()), SiValues.of(maxPower));
            if (!powertrain.isElectric()) {
                result.warning(Phrase.of("warning.noTorqueCurve"));
            }
        } else {
            return missing(Phrase.of("notEvaluated.noTorqueData", part));
        }
        double governedHz = governed != null ? SiValues.of(governed) : torque.highestSpeedHz();
        if (!Double.isFinite(governedHz)) {
            return missing(Phrase.of("notEvaluated.missing", part + (powertrain.isElectric() ? ".maxSpeed"
                    : ".governedSpeed")));
        }
        return new Drive(torque, governedHz, Drivelines.drivenRollingRadius(driven, result), spec.aerodynamics(), null);
    }

    private static Drive missing(Phrase reason) {
        return new Drive(null, 0, 0, null, reason);
    }

    private static double overallRatio(ChassisSpec spec, int gear, TransferRange range) {
        Powertrain powertrain = spec.powertrain();
        return powertrain.gearbox().ratio(gear) * powertrain.finalDrive()
                * (range == null ? 1.0 : powertrain.transferRatio(range));
    }

    static RequirementResult gradeability(ChassisSpec spec, GradeabilityRequirement requirement,
            Assumptions assumptions, Depth depth) {
        double adhesion = requirement.adhesion() != null ? requirement.adhesion() : assumptions.adhesion();
        double rollingResistance = requirement.rollingResistance() != null ? requirement.rollingResistance()
                : assumptions.rollingResistance();
        double speed = SiValues.of(requirement.speed());
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(), Verdict.NOT_EVALUATED,
                        Figures.degrees(requirement.slope().degrees()), Phrase.verbatim(""))
                .label(requirement.label()).load(requirement.load()).gear(requirement.gear())
                .comparison(Comparison.AT_LEAST).requiredSlope(requirement.slope())
                .assumption("adhesion", adhesion).assumption("rollingResistance", rollingResistance)
                .assumption("airDensity", Figures.number(AIR_DENSITY) + " kg/m³")
                .assumption("speed", Figures.kilometresPerHour(speed));
        if (spec.powertrain() != null) {
            Drivelines.checkGear(spec, requirement.gear());
        }
        Drive drive = drive(spec, result);
        if (drive.missing() != null) {
            return result.message(drive.missing()).build();
        }
        TransferRange range = Drivelines.range(spec, requirement.range(), result);
        double ratio = overallRatio(spec, requirement.gear(), range);
        double shaftSpeed = Driving.shaftSpeedHz(speed, ratio, drive.rollingRadiusM());
        result.detail("engineSpeed", Measure.fixed(shaftSpeed * 60, "rpm", 0));
        Phrase at = Phrase.of("at.speedInGear", Figures.kilometresPerHour(speed).text(), requirement.gear());
        if (shaftSpeed > drive.governedSpeedHz()) {
            return result.verdict(Verdict.FAIL)
                    .outcome(Figures.degrees(0), Figures.degrees(-requirement.slope().degrees()),
                            LimitingFactor.GOVERNED_SPEED)
                    .message(Phrase.of("message.gradeability.governed", at, Figures.fixed(shaftSpeed * 60, 0),
                            Figures.fixed(drive.governedSpeedHz() * 60, 0), requirement.slope().displayText()))
                    .build();
        }
        double torque = drive.torque().torqueNm(shaftSpeed);
        if (Double.isNaN(torque)) {
            return result.message(Phrase.of("notEvaluated.belowCurve", at, Figures.fixed(shaftSpeed * 60, 0),
                    Figures.fixed(drive.torque().lowestSpeedHz() * 60, 0))).build();
        }
        double tractive = Driving.tractiveForceN(torque, ratio, spec.powertrain().efficiency(), drive.rollingRadiusM());
        double drag = Driving.airDragN(AIR_DENSITY, drive.aerodynamics().dragCoefficient(),
                SiValues.of(drive.aerodynamics().frontalArea()), speed);
        LimitingFactor driveFactor = spec.powertrain().isElectric() ? LimitingFactor.MOTOR : LimitingFactor.ENGINE;
        VehicleCase vehicleCase = VehicleCase.of(spec, requirement.load());
        RigidVehicle vehicle = vehicleCase.vehicle(spec);
        SlopeCapability capability = Driving.gradeability(vehicle, tractive, driveFactor, drag, adhesion,
                rollingResistance);
        boolean passes = capability.radians() >= requirement.slope().radians();
        result.verdict(passes ? Verdict.PASS : Verdict.FAIL)
                .outcome(Figures.degrees(capability.degrees()),
                        Figures.degrees(capability.degrees() - requirement.slope().degrees()), capability.limitedBy())
                .detail("torque", Figures.torque(torque))
                .detail("tractiveForce", Figures.newtons(tractive))
                .detail("airDrag", Figures.newtons(drag))
                .message(Phrase.of("message.gradeability", requirement.load(), Figures.slope(capability.degrees()), at,
                        requirement.slope().displayText()));
        if (!depth.includesChanges()) {
            return result.build();
        }
        java.util.function.DoublePredicate climbs = mass -> Driving.gradeability(vehicleCase.withMass(mass).vehicle(),
                tractive, driveFactor, drag, adhesion, rollingResistance).radians() >= requirement.slope().radians();
        double mass = passes ? Boundary.find(climbs, vehicleCase.massKg(), vehicleCase.massKg() * 100)
                : Boundary.find(climbs, vehicleCase.massKg(), vehicleCase.massKg() * 0.01);
        if (Double.isFinite(mass)) {
            Measure target = Measure.of(mass, "kg", 0, RoundingMode.FLOOR);
            Phrase text = passes
                    ? Phrase.of("headroom.mass.climbs", target.text(), Figures.kilograms(vehicleCase.massKg()).text())
                    : Phrase.of("change.mass", requirement.load(), target.text(),
                            Figures.kilograms(vehicleCase.massKg()).text());
            Change change = new Change("mass", "loadCases." + requirement.load() + ".mass",
                    Figures.kilograms(vehicleCase.massKg()), target, mass, text);
            if (passes) {
                result.headroom(change);
            } else {
                result.remedy(change);
            }
        }
        return result.build();
    }

    static RequirementResult topSpeed(ChassisSpec spec, TopSpeedRequirement requirement, Assumptions assumptions,
            Depth depth) {
        double rollingResistance = requirement.rollingResistance() != null ? requirement.rollingResistance()
                : assumptions.rollingResistance();
        double requiredSpeed = SiValues.of(requirement.speed());
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(), Verdict.NOT_EVALUATED,
                        Figures.kilometresPerHour(requiredSpeed), Phrase.verbatim(""))
                .label(requirement.label()).load(requirement.load()).gear(requirement.gear())
                .comparison(Comparison.AT_LEAST)
                .assumption("rollingResistance", rollingResistance)
                .assumption("airDensity", Figures.number(AIR_DENSITY) + " kg/m³");
        if (spec.powertrain() != null && requirement.gear() != null) {
            Drivelines.checkGear(spec, requirement.gear());
        }
        Drive drive = drive(spec, result);
        if (drive.missing() != null) {
            return result.message(drive.missing()).build();
        }
        TransferRange range = Drivelines.range(spec, requirement.range(), result);
        double mass = SiValues.of(spec.loadCase(requirement.load()).mass());
        Powertrain powertrain = spec.powertrain();
        int first = requirement.gear() == null ? 1 : requirement.gear();
        int last = requirement.gear() == null ? powertrain.gearbox().gearCount() : requirement.gear();
        Driving.TopSpeed best = null;
        int bestGear = first;
        for (int gear = first; gear <= last; gear++) {
            Driving.TopSpeed top = topSpeedInGear(spec, drive, gear, range, mass, rollingResistance,
                    powertrain.finalDrive());
            result.detail("gear " + gear, Phrase.of(top.governed() ? "detail.governed" : "detail.drivingResistance",
                    Figures.kilometresPerHour(top.speedMs()).text()));
            if (best == null || top.speedMs() > best.speedMs()) {
                best = top;
                bestGear = gear;
            }
        }
        boolean passes = best.speedMs() >= requiredSpeed;
        result.verdict(passes ? Verdict.PASS : Verdict.FAIL)
                .outcome(Figures.kilometresPerHour(best.speedMs()), Figures.kilometresPerHour(best.speedMs() - requiredSpeed),
                        best.governed() ? LimitingFactor.GOVERNED_SPEED : LimitingFactor.DRIVING_RESISTANCE)
                .message(Phrase.of(best.governed() ? "message.topSpeed.governed" : "message.topSpeed.resistance",
                        requirement.load(), Figures.kilometresPerHour(best.speedMs()).text(), bestGear,
                        Figures.kilometresPerHour(requiredSpeed).text()));
        if (!passes && depth.includesChanges()) {
            int gears = last;
            int from = first;
            double finalDrive = powertrain.finalDrive();
            double target = Boundary.find(candidate -> {
                for (int gear = from; gear <= gears; gear++) {
                    if (topSpeedInGear(spec, drive, gear, range, mass, rollingResistance, candidate).speedMs()
                            >= requiredSpeed) {
                        return true;
                    }
                }
                return false;
            }, finalDrive, finalDrive * 0.2);
            if (Double.isFinite(target)) {
                Measure measure = Measure.of(target, "", 3, RoundingMode.FLOOR);
                result.remedy(new Change("finalDrive", "powertrain.finalDrive", Figures.ratio(finalDrive), measure, target,
                        Phrase.of("change.finalDrive.lower", measure.text(), Figures.number(finalDrive))));
            }
        }
        return result.build();
    }

    private static Driving.TopSpeed topSpeedInGear(ChassisSpec spec, Drive drive, int gear, TransferRange range,
            double massKg, double rollingResistance, double finalDrive) {
        Powertrain powertrain = spec.powertrain();
        double ratio = powertrain.gearbox().ratio(gear) * finalDrive
                * (range == null ? 1.0 : powertrain.transferRatio(range));
        return Driving.topSpeed(massKg, drive.torque(), drive.governedSpeedHz(), ratio, powertrain.efficiency(),
                drive.rollingRadiusM(), rollingResistance, AIR_DENSITY, drive.aerodynamics().dragCoefficient(),
                SiValues.of(drive.aerodynamics().frontalArea()));
    }
}
