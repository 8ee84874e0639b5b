package io.github.chassisspec.requirements;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.ParkingHold;
import io.github.chassisspec.physics.RigidVehicle;
import io.github.chassisspec.physics.SlopeCapability;
import io.github.chassisspec.physics.Startability;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.Comparison;
import io.github.chassisspec.report.DirectionResult;
import io.github.chassisspec.report.Measure;
import io.github.chassisspec.report.Phrase;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

/** The two headline checks (PHYSICS.md §3–5): parking hold and hill start, with what it would take to pass. */
final class SlopeChecks {

    private static final double LIGHTEST_SHARE = 0.01;
    private static final double HEAVIEST_FACTOR = 100;
    private static final double LOWEST_CENTRE_OF_GRAVITY_M = 0.1;
    private static final double HIGHEST_CENTRE_OF_GRAVITY_M = 5;
    private static final double HIGHEST_ADHESION = 2;
    /** Steps of the height search toward each end: under 8 cm each over the 0.1–5 m range. */
    private static final int HEIGHT_STEPS = 64;
    private static final double LARGEST_FACTOR = 1e4;

    /** Every slope check sets its message before it builds; phrases are immutable, so one placeholder serves all. */
    private static final Phrase NO_MESSAGE_YET = Phrase.verbatim("");

    private static final Map<Facing, Phrase> FACING_PHRASES = new EnumMap<>(Facing.class);

    /** The directions of a parking hold facing both ways, in the order the report lists them. */
    private static final List<Facing> BOTH_WAYS = List.of(Facing.UPHILL, Facing.DOWNHILL);

    /** "gear 1", "gear 2"...: the same phrases in every hill start; gears beyond these are phrased when asked for. */
    private static final Phrase[] PLAIN_GEARS = new Phrase[17];

    static {
        for (Facing facing : Facing.values()) {
            FACING_PHRASES.put(facing, Phrase.of("facing." + facing.sheetName()));
        }
        for (int gear = 1; gear < PLAIN_GEARS.length; gear++) {
            PLAIN_GEARS[gear] = Phrase.of("gear.plain", gear);
        }
    }

    private SlopeChecks() {
    }

    static RequirementResult parkingHold(ChassisSpec spec, ParkingHoldRequirement requirement, Assumptions assumptions,
            Depth depth) {
        double adhesion = requirement.adhesion() != null ? requirement.adhesion() : assumptions.adhesion();
        VehicleCase vehicleCase = VehicleCase.of(spec, requirement.load());
        RigidVehicle vehicle = vehicleCase.vehicle(spec);
        Slope required = requirement.slope();
        List<Facing> facings = requirement.facing() == Facing.BOTH ? BOTH_WAYS : List.of(requirement.facing());
        // By index into an array: the directions are one or two, and an iterator and a growing list cost more.
        DirectionResult[] directions = new DirectionResult[facings.size()];
        DirectionResult governing = null;
        for (int index = 0; index < directions.length; index++) {
            Facing facing = facings.get(index);
            SlopeCapability capability = ParkingHold.capability(vehicle, facing, adhesion);
            DirectionResult direction = new DirectionResult(facing, capability.degrees(), capability.limitedBy(),
                    capability.radians() >= required.radians() ? Verdict.PASS : Verdict.FAIL);
            directions[index] = direction;
            if (governing == null || direction.capabilityDegrees() < governing.capabilityDegrees()) {
                governing = direction;
            }
        }
        double theta = governing.facing() == Facing.DOWNHILL ? -required.radians() : required.radians();
        String load = requirement.load();
        RequirementResult.Builder result = slopeResult(requirement.check(), governing.verdict(), required,
                governing.capabilityDegrees())
                .label(requirement.label())
                .load(load)
                .facing(requirement.facing(), governing.facing())
                .outcome(Figures.degrees(governing.capabilityDegrees()),
                        Figures.degrees(governing.capabilityDegrees() - required.degrees()), governing.limitedBy())
                .assumption("adhesion", adhesion)
                .detailsWhenRead(details -> {
                    details.put("brakingForceNeeded", Figures.newtons(vehicle.weightN()
                            * Math.sin(required.radians())));
                    details.put("brakingForceAvailable", Figures.newtons(ParkingHold.brakingForceN(vehicle, theta,
                            adhesion)));
                    details.put("brakingForceTorqueLimit", Figures.newtons(ParkingHold.brakeTorqueForceN(vehicle)));
                    double needed = ParkingHold.adhesionNeeded(vehicle, theta);
                    details.put("adhesionNeeded", Double.isFinite(needed) ? Figures.fixedFigure(needed, 2)
                            : Phrase.of("detail.noBrakedLoad"));
                })
                .directions(directions.length == 2 ? List.of(directions[0], directions[1]) : List.of())
                .message(Phrase.of("message.parkingHold", load, facing(governing.facing()),
                        Figures.slope(governing.capabilityDegrees()), required.displayText()));
        if (vehicleCase.totalBrakeTorqueNm() == 0) {
            result.warning(Phrase.of("warning.noParkingBrake"));
        }
        if (!depth.includesChanges()) {
            return result.build();
        }
        ParkingQuestion question = (candidate, mu) -> {
            RigidVehicle changed = candidate.vehicle();
            for (Facing facing : facings) {
                if (ParkingHold.capability(changed, facing, mu).radians() < required.radians()) {
                    return false;
                }
            }
            return true;
        };
        if (governing.verdict() == Verdict.FAIL) {
            parkingRemedies(spec, load, vehicleCase, adhesion, question, result);
        } else {
            massAndAdhesionHeadroom(load, vehicleCase, adhesion, question::holds, result, "holds");
        }
        return result.build();
    }

    /** Whether a varied vehicle at a varied adhesion still meets the requirement. */
    private interface ParkingQuestion {
        boolean holds(VehicleCase candidate, double adhesion);
    }

    private static void parkingRemedies(ChassisSpec spec, String load, VehicleCase vehicleCase, double adhesion,
            ParkingQuestion question, RequirementResult.Builder result) {
        double totalTorque = vehicleCase.totalBrakeTorqueNm();
        if (totalTorque > 0) {
            double factor = Boundary.find(scale -> question.holds(vehicleCase.withBrakeTorquesScaled(scale), adhesion), 1,
                    LARGEST_FACTOR);
            if (Double.isFinite(factor)) {
                int only = vehicleCase.onlyBrakedAxle();
                String where = only >= 0 ? "axles[" + only + "].parkingBrakeTorque" : "axles[].parkingBrakeTorque";
                Measure current = Figures.torque(totalTorque);
                Measure target = torqueTarget(totalTorque * factor);
                Phrase text = only >= 0
                        ? Phrase.of("change.parkingBrakeTorque.one", axleName(spec, only), target.text(), current.text())
                        : Phrase.of("change.parkingBrakeTorque.several", target.text(), current.text());
                result.remedy(new Change("parkingBrakeTorque", where, current, target, totalTorque * factor, text));
            }
        }
        double mu = Boundary.find(candidate -> question.holds(vehicleCase, candidate), adhesion, HIGHEST_ADHESION);
        if (Double.isFinite(mu)) {
            result.remedy(adhesionChange(adhesion, mu));
        }
        massRemedy(load, vehicleCase, mass -> question.holds(vehicleCase.withMass(mass), adhesion), result);
        heightRemedy(load, vehicleCase, height -> question.holds(vehicleCase.withCentreOfGravityHeight(height),
                adhesion), result);
    }

    static RequirementResult hillStart(ChassisSpec spec, HillStartRequirement requirement, Assumptions assumptions,
            Depth depth) {
        double adhesion = requirement.adhesion() != null ? requirement.adhesion() : assumptions.adhesion();
        double rollingResistance = requirement.rollingResistance() != null ? requirement.rollingResistance()
                : assumptions.rollingResistance();
        var reserve = requirement.reserveAcceleration() != null ? requirement.reserveAcceleration()
                : assumptions.reserveAcceleration();
        Slope required = requirement.slope();
        RequirementResult.Builder result = slopeResult(requirement.check(), Verdict.NOT_EVALUATED, required, Double.NaN)
                .label(requirement.label())
                .load(requirement.load())
                .facing(Facing.UPHILL, null)
                .gear(requirement.gear())
                .assumption("adhesion", adhesion)
                .assumption("rollingResistance", rollingResistance)
                // As the profile writes it; m/s², the unit sheets write accelerations in, is the SI unit.
                .assumption("reserveAcceleration", Measure.shortest(SiValues.of(reserve),
                        QuantityKind.ACCELERATION.canonicalSymbol()));
        Powertrain powertrain = spec.powertrain();
        if (powertrain == null) {
            return result.message(Phrase.of("notEvaluated.noPowertrain")).build();
        }
        Drivelines.checkGear(spec, requirement.gear());
        TransferRange range = Drivelines.range(spec, requirement.range(), result);
        List<Axle> driven = Drivelines.drivenAxles(spec);
        if (driven.isEmpty()) {
            return result.message(Phrase.of("notEvaluated.noDrivenAxle")).build();
        }
        if (!powertrain.isElectric() && powertrain.clutch() == null) {
            return result.message(Phrase.of("notEvaluated.noClutch")).build();
        }
        double launchTorque = SiValues.of(powertrain.launchTorqueOrPeak());
        result.assumption("launchTorque", Figures.newtonMetres(launchTorque));
        if (powertrain.isElectric()) {
            result.assumption("launchTorqueFrom", Phrase.of("assumption.launchTorqueFrom.motor"));
        } else if (powertrain.hasLaunchTorque()) {
            result.assumption("launchTorqueFrom", "powertrain.engine.launchTorque");
        } else {
            result.assumption("launchTorqueFrom", Phrase.of("assumption.launchTorqueFrom.peak"));
            result.warning(Phrase.of("warning.peakTorqueAtLaunch",
                    QuantityFormat.formatRounded(launchTorque, QuantityKind.TORQUE, "N·m", 0)));
        }
        double rollingRadius = Drivelines.drivenRollingRadius(driven, result);
        DriveCase drive = DriveCase.atLaunch(powertrain, requirement.gear(), range, rollingRadius);
        VehicleCase vehicleCase = VehicleCase.of(spec, requirement.load());
        RigidVehicle vehicle = vehicleCase.vehicle(spec);
        double reserveMs2 = SiValues.of(reserve);
        SlopeCapability capability = Startability.capability(vehicle, drive.launch(), adhesion, rollingResistance,
                reserveMs2);
        double theta = required.radians();
        Verdict verdict = capability.radians() >= theta ? Verdict.PASS : Verdict.FAIL;
        result.verdict(verdict)
                .facing(Facing.UPHILL, Facing.UPHILL)
                .outcome(Figures.degrees(capability.degrees()), Figures.degrees(capability.degrees() - required.degrees()),
                        capability.limitedBy())
                .detailsWhenRead(details -> {
                    details.put("inputTorque", Figures.newtonMetres(drive.launch().inputTorqueNm()));
                    if (!powertrain.isElectric()) {
                        details.put("clutchCapacity", Figures.newtonMetres(drive.clutchCapacityNm()));
                    }
                    details.put("overallRatio", Figures.fixedFigure(drive.launch().overallRatio(), 3));
                    details.put("engineForce", Figures.newtons(drive.launch().wheelForceN()));
                    details.put("tractionForce", Figures.newtons(Startability.tractionForceN(vehicle, theta,
                            adhesion)));
                    details.put("requiredForce", Figures.newtons(Startability.requiredForceN(vehicle, theta,
                            rollingResistance, reserveMs2)));
                });
        result.message(Phrase.of("message.hillStart", requirement.load(), gearPhrase(requirement.gear(), range),
                Figures.slope(capability.degrees()), required.displayText()));
        if (!depth.includesChanges()) {
            return result.build();
        }
        StartQuestion question = (candidateVehicle, candidateDrive, mu) -> Startability.capability(
                candidateVehicle.vehicle(), candidateDrive.launch(), mu, rollingResistance, reserveMs2).radians() >= theta;
        if (verdict == Verdict.FAIL) {
            startRemedies(powertrain, requirement, vehicleCase, drive, adhesion, question, result);
        } else {
            massAndAdhesionHeadroom(requirement.load(), vehicleCase, adhesion,
                    (candidate, mu) -> question.starts(candidate, drive, mu), result, "starts");
        }
        return result.build();
    }

    /** "in gear 2", or "in gear 2, low range" with a transfer case; a requirement's gear is at least 1. */
    private static Phrase gearPhrase(int gear, TransferRange range) {
        if (range != null) {
            return Phrase.of("gear.range", gear, Phrase.of("range." + range.sheetName()));
        }
        return gear < PLAIN_GEARS.length ? PLAIN_GEARS[gear] : Phrase.of("gear.plain", gear);
    }

    private interface StartQuestion {
        boolean starts(VehicleCase vehicle, DriveCase drive, double adhesion);
    }

    private static void startRemedies(Powertrain powertrain, HillStartRequirement requirement, VehicleCase vehicleCase,
            DriveCase drive, double adhesion, StartQuestion question, RequirementResult.Builder result) {
        double launch = Boundary.find(torque -> question.starts(vehicleCase, drive.withLaunchTorque(torque), adhesion),
                drive.launchTorqueNm(), drive.launchTorqueNm() * HEAVIEST_FACTOR);
        if (Double.isFinite(launch)) {
            String path = powertrain.isElectric() ? "powertrain.motor.peakTorque" : "powertrain.engine.launchTorque";
            result.remedy(atLeast("launchTorque", path, powertrain.isElectric() ? "change.motorPeakTorque"
                    : "change.launchTorque", Figures.torque(drive.launchTorqueNm()), torqueTarget(launch), launch));
        }
        if (!powertrain.isElectric()) {
            double clutch = Boundary.find(torque -> question.starts(vehicleCase, drive.withClutchCapacity(torque),
                    adhesion), drive.clutchCapacityNm(), drive.clutchCapacityNm() * HEAVIEST_FACTOR);
            if (Double.isFinite(clutch)) {
                result.remedy(atLeast("clutchCapacity", "powertrain.clutch.torqueCapacity", "change.clutchCapacity",
                        Figures.torque(drive.clutchCapacityNm()), torqueTarget(clutch), clutch));
            }
        }
        double gear = Boundary.find(ratio -> question.starts(vehicleCase, drive.withGearRatio(ratio), adhesion),
                drive.gearRatio(), drive.gearRatio() * HEAVIEST_FACTOR);
        if (Double.isFinite(gear)) {
            Measure target = Measure.of(gear, "", 3, RoundingMode.CEILING);
            result.remedy(new Change("gearRatio", "powertrain.gearbox.ratios[" + (requirement.gear() - 1) + "]",
                    Figures.ratio(drive.gearRatio()), target, gear, Phrase.of("change.gearRatio", requirement.gear(),
                    target.text(), Figures.ratio(drive.gearRatio()).text())));
        }
        double finalDrive = Boundary.find(ratio -> question.starts(vehicleCase, drive.withFinalDrive(ratio), adhesion),
                drive.finalDrive(), drive.finalDrive() * HEAVIEST_FACTOR);
        if (Double.isFinite(finalDrive)) {
            result.remedy(atLeast("finalDrive", "powertrain.finalDrive", "change.finalDrive",
                    Figures.ratio(drive.finalDrive()), Measure.of(finalDrive, "", 3, RoundingMode.CEILING), finalDrive));
        }
        double mu = Boundary.find(candidate -> question.starts(vehicleCase, drive, candidate), adhesion, HIGHEST_ADHESION);
        if (Double.isFinite(mu)) {
            result.remedy(adhesionChange(adhesion, mu));
        }
        String load = requirement.load();
        massRemedy(load, vehicleCase, mass -> question.starts(vehicleCase.withMass(mass), drive, adhesion), result);
        heightRemedy(load, vehicleCase, height -> question.starts(vehicleCase.withCentreOfGravityHeight(height), drive,
                adhesion), result);
    }

    private static void massRemedy(String load, VehicleCase vehicleCase, DoublePredicate passes,
            RequirementResult.Builder result) {
        double mass = Boundary.find(passes, vehicleCase.massKg(), vehicleCase.massKg() * LIGHTEST_SHARE);
        if (Double.isFinite(mass)) {
            Measure target = Measure.of(mass, "kg", 0, RoundingMode.FLOOR);
            result.remedy(new Change("mass", "loadCases." + load + ".mass", Figures.kilograms(vehicleCase.massKg()),
                    target, mass, Phrase.of("change.mass", load, target.text(),
                    Figures.kilograms(vehicleCase.massKg()).text())));
        }
    }

    /** A lower centre of gravity helps facing downhill and a higher one facing uphill; the nearer answer wins. */
    private static void heightRemedy(String load, VehicleCase vehicleCase, DoublePredicate passes,
            RequirementResult.Builder result) {
        double current = vehicleCase.centreOfGravityHeightM();
        double lower = Boundary.findFirstPassing(passes, current, LOWEST_CENTRE_OF_GRAVITY_M, HEIGHT_STEPS);
        double higher = Boundary.findFirstPassing(passes, current, HIGHEST_CENTRE_OF_GRAVITY_M, HEIGHT_STEPS);
        boolean useLower = Double.isFinite(lower) && (!Double.isFinite(higher) || current - lower <= higher - current);
        double height = useLower ? lower : higher;
        if (Double.isFinite(height)) {
            Measure target = Measure.of(height * 1000, "mm", 0, useLower ? RoundingMode.FLOOR : RoundingMode.CEILING);
            result.remedy(new Change("centreOfGravityHeight", "loadCases." + load + ".centreOfGravity.height",
                    Figures.millimetres(current), target, height, Phrase.of(useLower
                    ? "change.centreOfGravityHeight.lower" : "change.centreOfGravityHeight.higher", load, target.text(),
                    Figures.millimetres(current).text())));
        }
    }

    private static void massAndAdhesionHeadroom(String load, VehicleCase vehicleCase, double adhesion,
            ParkingQuestion passes, RequirementResult.Builder result, String verb) {
        double mass = Boundary.find(candidate -> passes.holds(vehicleCase.withMass(candidate), adhesion),
                vehicleCase.massKg(), vehicleCase.massKg() * HEAVIEST_FACTOR);
        if (Double.isFinite(mass)) {
            Measure target = Measure.of(mass, "kg", 0, RoundingMode.FLOOR);
            result.headroom(new Change("mass", "loadCases." + load + ".mass", Figures.kilograms(vehicleCase.massKg()),
                    target, mass, Phrase.of("headroom.mass." + verb, target.text(),
                    Figures.kilograms(vehicleCase.massKg()).text())));
        }
        double mu = Boundary.find(candidate -> passes.holds(vehicleCase, candidate), adhesion, LIGHTEST_SHARE);
        if (Double.isFinite(mu)) {
            Measure target = Measure.of(mu, "", 2, RoundingMode.CEILING);
            result.headroom(new Change("adhesion", "assumptions.adhesion", Measure.of(adhesion, "", 2), target, mu,
                    Phrase.of("headroom.adhesion." + verb, target.text(), Figures.number(adhesion))));
        }
    }

    private static RequirementResult.Builder slopeResult(String check, Verdict verdict, Slope required,
            double capabilityDegrees) {
        return RequirementResult.builder(check, verdict, Figures.degrees(required.degrees()), NO_MESSAGE_YET)
                .comparison(Comparison.AT_LEAST)
                .requiredSlope(required);
    }

    private static Measure torqueTarget(double newtonMetres) {
        return newtonMetres >= 10_000 ? Measure.of(newtonMetres / 1000, "kN·m", 2, RoundingMode.CEILING)
                : Measure.of(newtonMetres, "N·m", 1, RoundingMode.CEILING);
    }

    /** A change whose phrase reads "<what> at least <target> (now <current>)". */
    private static Change atLeast(String parameter, String path, String phraseKey, Measure current, Measure target,
            double targetSi) {
        return new Change(parameter, path, current, target, targetSi, Phrase.of(phraseKey, target.text(),
                current.text()));
    }

    private static Change adhesionChange(double adhesion, double needed) {
        Measure target = Measure.of(needed, "", 2, RoundingMode.CEILING);
        return new Change("adhesion", "assumptions.adhesion", Measure.of(adhesion, "", 2), target, needed,
                Phrase.of("change.adhesion", target.text(), Figures.number(adhesion)));
    }

    static Phrase facing(Facing facing) {
        return FACING_PHRASES.get(facing);
    }

    static String axleName(ChassisSpec spec, int index) {
        String name = spec.axles().get(index).name();
        return "axles[" + index + "]" + (name == null ? "" : " (" + name + ")");
    }

    /**
     * PHYSICS.md §5: a slope in degrees that no rubber-tyred vehicle meets even in the ideal case (hold: tan θ &gt; μ
     * with every wheel braked; start: tan θ &gt; μ − f_r with every wheel driven) keeps its verdict, and gets a
     * warning with the verdict and capability of the percent reading.
     */
    static RequirementResult withPercentReading(ChassisSpec spec, SlopeRequirement requirement, Assumptions assumptions,
            Depth depth, RequirementResult result) {
        Slope slope = requirement.slope();
        if (slope.notation() != Slope.Notation.DEGREES || !result.isEvaluated()) {
            return result;
        }
        double adhesion = (Double) result.assumptions().get("adhesion");
        double neededAdhesion;
        Phrase ideal;
        if (requirement instanceof HillStartRequirement) {
            neededAdhesion = slope.tangent() + (Double) result.assumptions().get("rollingResistance");
            ideal = Phrase.of("ideal.driven");
        } else {
            neededAdhesion = slope.tangent();
            ideal = Phrase.of("ideal.braked");
        }
        if (neededAdhesion <= adhesion) {
            return result;
        }
        Slope percent = Slope.ofPercent(slope.writtenValue());
        SlopeRequirement reread = requirement.onSlope(percent);
        RequirementResult alternative = reread instanceof ParkingHoldRequirement parking
                ? parkingHold(spec, parking, assumptions, depth)
                : hillStart(spec, (HillStartRequirement) reread, assumptions, depth);
        Phrase warning = alternative.directions().isEmpty()
                ? Phrase.of("warning.degreesOrPercent", slope.writtenForm(), Figures.fixed(neededAdhesion, 2), ideal,
                        Figures.fixed(adhesion, 2), percent.displayText(), Phrase.of("verdict." + alternative.verdict().name()),
                        Figures.slope(alternative.capability().value()))
                : Phrase.of("warning.degreesOrPercent.facing", slope.writtenForm(), Figures.fixed(neededAdhesion, 2),
                        ideal, Figures.fixed(adhesion, 2), percent.displayText(), Phrase.of("verdict." + alternative.verdict().name()),
                        Figures.slope(alternative.capability().value()), facing(alternative.governingFacing()));
        return result.toBuilder().firstWarning(warning).ifPercentWasMeant(alternative).build();
    }
}
