package io.github.chassisspec.requirements;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.Launch;
import io.github.chassisspec.physics.ParkingHold;
import io.github.chassisspec.physics.RigidVehicle;
import io.github.chassisspec.physics.SlopeCapability;
import io.github.chassisspec.physics.Startability;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.DirectionResult;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates requirements against a spec: the capability by the statics of PHYSICS.md, the verdict, the margin,
 * what limits, and the assumptions and warnings a reader needs. Thread-safe; all methods are static.
 *
 * <p>The spec should be consistent ({@code SpecValidator} finds no violation); a requirement naming a load case,
 * gear or range the spec lacks raises a {@link RequirementException}; missing data for a check (no powertrain,
 * no driven axle, no clutch data) gives NOT_EVALUATED with the reason; a vehicle without a parking brake FAILs.
 */
public final class RequirementEvaluator {

    private RequirementEvaluator() {
    }

    /**
     * Evaluates every requirement of a profile.
     *
     * @throws RequirementException if a requirement names a load case, gear or range the spec does not have
     */
    public static ComplianceReport evaluate(ChassisSpec spec, RequirementProfile profile) {
        Objects.requireNonNull(spec, "spec");
        List<RequirementResult> results = new ArrayList<>();
        for (int index = 0; index < profile.requirements().size(); index++) {
            try {
                results.add(evaluate(spec, profile.requirements().get(index), profile.assumptions()));
            } catch (RequirementException e) {
                throw e.at(index);
            }
        }
        return new ComplianceReport(spec.id(), spec.name(), profile.name(), results);
    }

    /**
     * Evaluates one requirement with the given assumptions (the requirement's own overrides win).
     *
     * @throws RequirementException if the requirement names a load case, gear or range the spec does not have
     */
    public static RequirementResult evaluate(ChassisSpec spec, Requirement requirement, Assumptions assumptions) {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(assumptions, "assumptions");
        if (!spec.loadCases().containsKey(requirement.load())) {
            throw new RequirementException(-1, "load", "load case \"" + requirement.load() + "\" does not exist; "
                    + spec.id() + " has " + String.join(", ", spec.loadCases().keySet()));
        }
        return withPercentReading(spec, requirement, assumptions, evaluateAsWritten(spec, requirement, assumptions));
    }

    private static RequirementResult evaluateAsWritten(ChassisSpec spec, Requirement requirement,
            Assumptions assumptions) {
        if (requirement instanceof ParkingHoldRequirement parking) {
            return parkingHold(spec, parking, assumptions);
        }
        return hillStart(spec, (HillStartRequirement) requirement, assumptions);
    }

    private static RequirementResult parkingHold(ChassisSpec spec, ParkingHoldRequirement requirement,
            Assumptions assumptions) {
        double adhesion = requirement.adhesion() != null ? requirement.adhesion() : assumptions.adhesion();
        RigidVehicle vehicle = Vehicles.of(spec, requirement.load());
        Slope required = requirement.slope();
        List<DirectionResult> directions = new ArrayList<>();
        List<Facing> facings = requirement.facing() == Facing.BOTH ? List.of(Facing.UPHILL, Facing.DOWNHILL)
                : List.of(requirement.facing());
        DirectionResult governing = null;
        for (Facing facing : facings) {
            SlopeCapability capability = ParkingHold.capability(vehicle, facing, adhesion);
            DirectionResult direction = new DirectionResult(facing, capability.degrees(), capability.limitedBy(),
                    capability.radians() >= required.radians() ? Verdict.PASS : Verdict.FAIL);
            directions.add(direction);
            if (governing == null || direction.capabilityDegrees() < governing.capabilityDegrees()) {
                governing = direction;
            }
        }
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("adhesion", adhesion);
        double theta = governing.facing() == Facing.DOWNHILL ? -required.radians() : required.radians();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("brakingForceNeeded", newtons(vehicle.weightN() * Math.sin(required.radians())));
        details.put("brakingForceAvailable", newtons(ParkingHold.brakingForceN(vehicle, theta, adhesion)));
        details.put("brakingForceTorqueLimit", newtons(ParkingHold.brakeTorqueForceN(vehicle)));
        double needed = ParkingHold.adhesionNeeded(vehicle, theta);
        details.put("adhesionNeeded", Double.isFinite(needed) ? decimals(needed, 2) : "no braked axle carries load");
        List<String> warnings = new ArrayList<>();
        if (spec.axles().stream().noneMatch(Axle::hasParkingBrake)) {
            warnings.add("no axle has a parking brake (axles[].parkingBrakeTorque), so the vehicle holds on level"
                    + " ground only");
        }
        Verdict verdict = governing.verdict();
        String message = "parking brake holds the " + requirement.load() + " vehicle facing "
                + governing.facing().sheetName() + " up to " + display(governing.capabilityDegrees()) + "; "
                + required.displayText() + " required";
        return new RequirementResult(requirement.check(), requirement.label(), requirement.load(), requirement.facing(),
                governing.facing(), null, null, verdict, required, governing.capabilityDegrees(), governing.limitedBy(),
                used, details, facings.size() > 1 ? directions : List.of(), message, warnings, null);
    }

    private static RequirementResult hillStart(ChassisSpec spec, HillStartRequirement requirement,
            Assumptions assumptions) {
        double adhesion = requirement.adhesion() != null ? requirement.adhesion() : assumptions.adhesion();
        double rollingResistance = requirement.rollingResistance() != null ? requirement.rollingResistance()
                : assumptions.rollingResistance();
        var reserve = requirement.reserveAcceleration() != null ? requirement.reserveAcceleration()
                : assumptions.reserveAcceleration();
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("adhesion", adhesion);
        used.put("rollingResistance", rollingResistance);
        used.put("reserveAcceleration", QuantityFormat.format(reserve));
        Powertrain powertrain = spec.powertrain();
        if (powertrain == null) {
            return notEvaluated(requirement, used, "the spec gives no powertrain");
        }
        int gearCount = powertrain.gearbox().gearCount();
        if (requirement.gear() > gearCount) {
            throw new RequirementException(-1, "gear", "gear " + requirement.gear() + " does not exist; " + spec.id()
                    + " has " + (gearCount == 1 ? "gear 1 only" : "gears 1 to " + gearCount));
        }
        TransferRange range = requirement.range();
        if (range != null && powertrain.transferCase() == null) {
            throw new RequirementException(-1, "range", "range \"" + range.sheetName()
                    + "\" needs a transfer case, but " + spec.id() + " has none");
        }
        if (range == null && powertrain.transferCase() != null) {
            range = TransferRange.HIGH;
        }
        if (range != null) {
            used.put("transferRange", range.sheetName());
        }
        List<Axle> driven = spec.axles().stream().filter(Axle::driven).toList();
        if (driven.isEmpty()) {
            return notEvaluated(requirement, used, "no axle is driven (axles[].driven)");
        }
        if (!powertrain.isElectric() && powertrain.clutch() == null) {
            return notEvaluated(requirement, used,
                    "powertrain.clutch is not given, and the clutch's capacity may limit the launch torque");
        }
        List<String> warnings = new ArrayList<>();
        double launchTorque = SiValues.of(powertrain.launchTorqueOrPeak());
        used.put("launchTorque", QuantityFormat.formatRounded(launchTorque, QuantityKind.TORQUE, "N·m", 1));
        if (powertrain.isElectric()) {
            used.put("launchTorqueFrom", "motor peak torque, available from standstill");
        } else if (powertrain.hasLaunchTorque()) {
            used.put("launchTorqueFrom", "powertrain.engine.launchTorque");
        } else {
            used.put("launchTorqueFrom", "powertrain.engine.peakTorque (no launch torque given)");
            warnings.add("no launch torque given: evaluated at the peak torque "
                    + QuantityFormat.formatRounded(launchTorque, QuantityKind.TORQUE, "N·m", 0)
                    + ", which is optimistic because an engine gives less while the clutch engages");
        }
        double rollingRadius = driven.stream().mapToDouble(axle -> SiValues.of(axle.tyres().rollingRadius()))
                .average().orElseThrow();
        double smallest = driven.stream().mapToDouble(axle -> SiValues.of(axle.tyres().rollingRadius())).min()
                .orElseThrow();
        if (rollingRadius - smallest > 0.01 * rollingRadius) {
            warnings.add("the driven axles' rolling radii differ; their mean "
                    + QuantityFormat.formatRounded(rollingRadius, QuantityKind.LENGTH, "mm", 0) + " is used");
        }
        double ratio = powertrain.gearbox().ratio(requirement.gear()) * powertrain.finalDrive()
                * (range == null ? 1.0 : powertrain.transferRatio(range));
        double clutch = powertrain.isElectric() ? Double.POSITIVE_INFINITY
                : SiValues.of(powertrain.clutch().torqueCapacity());
        Launch launch = new Launch(launchTorque, clutch, powertrain.isElectric(), ratio, powertrain.efficiency(),
                rollingRadius);
        RigidVehicle vehicle = Vehicles.of(spec, requirement.load());
        double reserveMs2 = SiValues.of(reserve);
        SlopeCapability capability = Startability.capability(vehicle, launch, adhesion, rollingResistance, reserveMs2);
        Slope required = requirement.slope();
        double theta = required.radians();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("inputTorque", QuantityFormat.formatRounded(launch.inputTorqueNm(), QuantityKind.TORQUE, "N·m", 1));
        if (!powertrain.isElectric()) {
            details.put("clutchCapacity", QuantityFormat.formatRounded(clutch, QuantityKind.TORQUE, "N·m", 1));
        }
        details.put("overallRatio", decimals(ratio, 3));
        details.put("engineForce", newtons(launch.wheelForceN()));
        details.put("tractionForce", newtons(Startability.tractionForceN(vehicle, theta, adhesion)));
        details.put("requiredForce", newtons(Startability.requiredForceN(vehicle, theta, rollingResistance, reserveMs2)));
        Verdict verdict = capability.radians() >= theta ? Verdict.PASS : Verdict.FAIL;
        String gearText = "in gear " + requirement.gear() + (range == null ? "" : ", " + range.sheetName() + " range");
        String message = "the " + requirement.load() + " vehicle starts facing uphill " + gearText + " up to "
                + display(capability.degrees()) + "; " + required.displayText() + " required";
        return new RequirementResult(requirement.check(), requirement.label(), requirement.load(), Facing.UPHILL,
                Facing.UPHILL, requirement.gear(), range == null ? null : range.sheetName(), verdict, required,
                capability.degrees(), capability.limitedBy(), used, details, List.of(), message, warnings, null);
    }

    private static RequirementResult notEvaluated(HillStartRequirement requirement, Map<String, Object> used,
            String reason) {
        return new RequirementResult(requirement.check(), requirement.label(), requirement.load(), Facing.UPHILL, null,
                requirement.gear(), requirement.range() == null ? null : requirement.range().sheetName(),
                Verdict.NOT_EVALUATED, requirement.slope(), Double.NaN, null, used, Map.of(), List.of(),
                "not evaluated: " + reason, List.of(), null);
    }

    /**
     * PHYSICS.md §5: a slope in degrees that no rubber-tyred vehicle meets even in the ideal case (hold: tan θ &gt; μ
     * with every wheel braked; start: tan θ &gt; μ − f_r with every wheel driven) keeps its verdict, and gets a
     * warning with the verdict and capability of the percent reading.
     */
    private static RequirementResult withPercentReading(ChassisSpec spec, Requirement requirement,
            Assumptions assumptions, RequirementResult result) {
        Slope slope = requirement.slope();
        if (slope.notation() != Slope.Notation.DEGREES || !result.isEvaluated()) {
            return result;
        }
        double adhesion = (Double) result.assumptions().get("adhesion");
        double neededAdhesion;
        String ideal;
        if (requirement instanceof HillStartRequirement) {
            neededAdhesion = slope.tangent() + (Double) result.assumptions().get("rollingResistance");
            ideal = "every wheel driven";
        } else {
            neededAdhesion = slope.tangent();
            ideal = "every wheel braked";
        }
        if (neededAdhesion <= adhesion) {
            return result;
        }
        Slope percent = Slope.ofPercent(slope.writtenValue());
        Requirement reread = requirement instanceof ParkingHoldRequirement parking ? parking.onSlope(percent)
                : ((HillStartRequirement) requirement).onSlope(percent);
        RequirementResult alternative = evaluateAsWritten(spec, reread, assumptions);
        String warning = slope.writtenForm() + " needs μ ≥ " + decimals(neededAdhesion, 2) + " with " + ideal
                + ", more than the assumed " + decimals(adhesion, 2) + "; if " + percent.displayText() + " was meant: "
                + alternative.verdict() + ", capability " + display(alternative.capabilityDegrees())
                + (alternative.directions().isEmpty() ? "" : " facing " + alternative.governingFacing().sheetName());
        List<String> warnings = new ArrayList<>(result.warnings());
        warnings.add(0, warning);
        return new RequirementResult(result.check(), result.label(), result.load(), result.facing(),
                result.governingFacing(), result.gear(), result.range(), result.verdict(), result.required(),
                result.capabilityDegrees(), result.limitedBy(), result.assumptions(), result.details(),
                result.directions(), result.message(), warnings, alternative);
    }

    /** A computed slope in degrees as reports show it, always to 0.1: {@code "13.0° (23.0 %)"}. */
    static String display(double degrees) {
        double clamped = Math.max(0, degrees);
        return decimals(clamped, 1) + "° (" + decimals(100 * Math.tan(Math.toRadians(clamped)), 1) + " %)";
    }

    private static String newtons(double force) {
        return QuantityFormat.formatRounded(force, QuantityKind.FORCE, "N", 0);
    }

    private static String decimals(double value, int places) {
        return new BigDecimal(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
