package io.github.chassisspec.validation;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.AxleGroup;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.ClearancePoint;
import io.github.chassisspec.model.LoadCase;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.TorquePoint;
import io.github.chassisspec.model.TransferCase;
import io.github.chassisspec.units.DecimalText;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;

/** Checks {@link ConsistentChassis}: every cross-field rule of a spec, each broken one reported at its own path. */
public final class ConsistentChassisValidator implements ConstraintValidator<ConsistentChassis, ChassisSpec> {

    /** The largest plausible drag coefficient C_d. */
    private static final double MAXIMUM_DRAG_COEFFICIENT = 2;

    /** The largest axle position Axle.position's range accepts, m. */
    private static final double MAXIMUM_AXLE_POSITION_M = 30;

    /** The largest rated load Axle.ratedLoad's range accepts, kg. */
    private static final double MAXIMUM_RATED_LOAD_KG = 30_000;

    /** Axle loads may differ from the load case mass by this share: weighbridge rounding, not a different vehicle. */
    static final double AXLE_LOAD_SUM_TOLERANCE = 0.005;

    private static final Pattern CATEGORY = Pattern.compile("[MN][1-3]G?");

    @Override
    public boolean isValid(ChassisSpec spec, ConstraintValidatorContext context) {
        return spec == null || check(spec, new ViolationReporter(context));
    }

    /** Whether {@code spec} breaks no cross-field rule, checked without a Hibernate Validator context. */
    static boolean consistent(ChassisSpec spec) {
        return check(spec, ViolationReporter.counting());
    }

    private static boolean check(ChassisSpec spec, ViolationReporter reporter) {
        if (spec.category() != null && !CATEGORY.matcher(spec.category()).matches()) {
            reporter.report("category", "category", "actual", spec.category());
        }
        boolean axlesConsistent = checkAxles(spec.axles(), reporter);
        checkLoadCases(spec, axlesConsistent, reporter);
        if (spec.powertrain() != null) {
            checkPowertrain(spec.powertrain(), reporter);
        }
        if (spec.body() != null) {
            List<Axle> axles = spec.axles();
            checkOutsideTyre(spec.body().approachPoint(), "body.approachPoint", 0, axles.get(0), reporter);
            checkOutsideTyre(spec.body().departurePoint(), "body.departurePoint", axles.size() - 1,
                    axles.get(axles.size() - 1), reporter);
        }
        if (spec.aerodynamics() != null) {
            double dragCoefficient = spec.aerodynamics().dragCoefficient();
            if (dragCoefficient <= 0) {
                reporter.report("aerodynamics.dragCoefficient", "ratioPositive", "actual", number(dragCoefficient));
            } else if (dragCoefficient > MAXIMUM_DRAG_COEFFICIENT) {
                // A flat plate square to the wind is about 1.2; far above that is a slip, such as C_d·A for C_d.
                reporter.report("aerodynamics.dragCoefficient", "aerodynamics.dragCoefficient",
                        "actual", number(dragCoefficient));
            }
        }
        return reporter.none();
    }

    /** Checks count, positions and groups; true when the group centres can be trusted. */
    private static boolean checkAxles(List<Axle> axles, ViolationReporter reporter) {
        boolean consistent = true;
        if (axles.size() < 2) {
            reporter.report("axles", "axles.tooFew", "count", axles.size());
            consistent = false;
        }
        double firstPosition = SiValues.of(axles.get(0).position());
        if (firstPosition != 0) {
            reporter.report("axles[0].position", "axles.firstPosition", "actual", millimetres(firstPosition));
            consistent = false;
        }
        for (int index = 1; index < axles.size(); index++) {
            double previous = SiValues.of(axles.get(index - 1).position());
            double position = SiValues.of(axles.get(index).position());
            if (position <= previous) {
                reporter.report("axles[" + index + "].position", "axles.positionOrder",
                        "previousIndex", index - 1, "previous", millimetres(previous), "actual", millimetres(position));
                consistent = false;
            }
            if (position > MAXIMUM_AXLE_POSITION_M) {
                // Reported by Axle.position's range; group centres from such a position would overflow.
                consistent = false;
            }
        }
        for (Axle axle : axles) {
            if (SiValues.of(axle.ratedLoad()) > MAXIMUM_RATED_LOAD_KG) {
                // Reported by Axle.ratedLoad's range; the group centres are weighted by the ratings and would overflow.
                consistent = false;
            }
        }
        for (AxleGroup group : AxleGroup.values()) {
            if (axles.stream().noneMatch(axle -> axle.group() == group)) {
                reporter.report("axles", "axles.groupMissing", "group", group.sheetName());
                consistent = false;
            }
        }
        int firstRear = -1;
        for (int index = 0; index < axles.size(); index++) {
            AxleGroup group = axles.get(index).group();
            if (group == AxleGroup.REAR && firstRear < 0) {
                firstRear = index;
            } else if (group == AxleGroup.FRONT && firstRear >= 0) {
                reporter.report("axles[" + index + "].group", "axles.groupOrder", "rearIndex", firstRear);
                consistent = false;
            }
        }
        return consistent;
    }

    private static void checkLoadCases(ChassisSpec spec, boolean axlesConsistent, ViolationReporter reporter) {
        Map<String, LoadCase> loadCases = spec.loadCases();
        LoadCase laden = loadCases.get(ChassisSpec.LADEN);
        if (laden == null) {
            reporter.report("loadCases", "loadCases.ladenMissing", "names", String.join(", ", loadCases.keySet()));
        }
        LoadCase unladen = loadCases.get(ChassisSpec.UNLADEN);
        if (laden != null && unladen != null && SiValues.of(laden.mass()) < SiValues.of(unladen.mass())) {
            reporter.report("loadCases[laden].mass", "loadCases.ladenBelowUnladen",
                    "unladen", QuantityFormat.format(unladen.mass()), "actual", QuantityFormat.format(laden.mass()));
        }
        for (Map.Entry<String, LoadCase> entry : loadCases.entrySet()) {
            LoadCase loadCase = entry.getValue();
            boolean axleLoadsConsistent = true;
            if (loadCase.hasAxleLoads()) {
                axleLoadsConsistent = checkAxleLoads(entry.getKey(), loadCase, spec.axles().size(), reporter);
            }
            if (axlesConsistent && axleLoadsConsistent) {
                checkCentreOfGravity(spec, entry.getKey(), reporter);
            }
        }
    }

    private static boolean checkAxleLoads(String loadCaseName, LoadCase loadCase, int axleCount,
            ViolationReporter reporter) {
        List<Quantity<Mass>> loads = loadCase.axleLoads();
        if (loads.size() != axleCount) {
            reporter.report(loadCasePath(loadCaseName) + ".axleLoads", "loadCases.axleLoadCount",
                    "axleCount", axleCount, "count", loads.size());
            return false;
        }
        double sumKg = loads.stream().mapToDouble(SiValues::of).sum();
        double massKg = SiValues.of(loadCase.mass());
        double difference = Math.abs(sumKg - massKg) / massKg;
        if (difference > AXLE_LOAD_SUM_TOLERANCE) {
            reporter.report(loadCasePath(loadCaseName) + ".axleLoads", "loadCases.axleLoadSum",
                    "sum", QuantityFormat.format(sumKg, QuantityKind.MASS, "kg"),
                    "mass", QuantityFormat.format(loadCase.mass()),
                    "difference", DecimalText.rounded(difference * 100, 2, java.math.RoundingMode.HALF_UP) + " %");
            return false;
        }
        return true;
    }

    private static void checkCentreOfGravity(ChassisSpec spec, String loadCaseName, ViolationReporter reporter) {
        double front = SiValues.of(spec.groupCentre(AxleGroup.FRONT));
        double rear = SiValues.of(spec.groupCentre(AxleGroup.REAR));
        double position = SiValues.of(spec.centreOfGravityPosition(loadCaseName));
        if (position < front || position > rear) {
            boolean given = spec.loadCase(loadCaseName).centreOfGravity().position() != null;
            String path = loadCasePath(loadCaseName);
            reporter.report(given ? path + ".centreOfGravity.position" : path + ".axleLoads",
                    "loadCases.centreOfGravityOutside",
                    "front", millimetres(front), "rear", millimetres(rear), "actual", millimetres(position));
        }
    }

    private static void checkPowertrain(Powertrain powertrain, ViolationReporter reporter) {
        List<Double> ratios = powertrain.gearbox().ratios();
        for (int index = 0; index < ratios.size(); index++) {
            double ratio = ratios.get(index);
            if (ratio <= 0) {
                reporter.report(gearPath(index), "ratioPositive", "actual", number(ratio));
            } else if (index > 0 && ratios.get(index - 1) > 0 && ratio >= ratios.get(index - 1)) {
                reporter.report(gearPath(index), "powertrain.gearRatioOrder",
                        "previousGear", index, "previous", number(ratios.get(index - 1)), "actual", number(ratio));
            }
        }
        if (powertrain.finalDrive() <= 0) {
            reporter.report("powertrain.finalDrive", "ratioPositive", "actual", number(powertrain.finalDrive()));
        }
        if (!(powertrain.efficiency() > 0 && powertrain.efficiency() <= 1)) {
            reporter.report("powertrain.efficiency", "powertrain.efficiency", "actual", number(powertrain.efficiency()));
        }
        TransferCase transferCase = powertrain.transferCase();
        if (transferCase != null) {
            if (transferCase.high() <= 0) {
                reporter.report("powertrain.transferCase.high", "ratioPositive", "actual", number(transferCase.high()));
            }
            if (transferCase.low() <= 0) {
                reporter.report("powertrain.transferCase.low", "ratioPositive", "actual", number(transferCase.low()));
            } else if (transferCase.high() > 0 && transferCase.low() <= transferCase.high()) {
                reporter.report("powertrain.transferCase.low", "powertrain.transferLowBelowHigh",
                        "high", number(transferCase.high()), "actual", number(transferCase.low()));
            }
        }
        if (powertrain.isElectric()) {
            if (powertrain.clutch() != null) {
                reporter.report("powertrain.clutch", "powertrain.clutchOnMotor");
            }
            checkTorqueCurve("powertrain.motor", powertrain.motor().peakTorque(), powertrain.motor().torqueCurve(),
                    reporter);
        } else {
            var engine = powertrain.engine();
            if (engine.launchTorque() != null && SiValues.of(engine.launchTorque()) > SiValues.of(engine.peakTorque())) {
                reporter.report("powertrain.engine.launchTorque", "powertrain.launchAbovePeak",
                        "peak", QuantityFormat.format(engine.peakTorque()),
                        "actual", QuantityFormat.format(engine.launchTorque()));
            }
            checkTorqueCurve("powertrain.engine", engine.peakTorque(), engine.torqueCurve(), reporter);
        }
    }

    private static void checkTorqueCurve(String path, Quantity<io.github.chassisspec.units.Torque> peakTorque,
            List<TorquePoint> curve, ViolationReporter reporter) {
        double highest = 0;
        for (int index = 0; index < curve.size(); index++) {
            TorquePoint point = curve.get(index);
            highest = Math.max(highest, SiValues.of(point.torque()));
            if (index > 0) {
                double previous = SiValues.of(curve.get(index - 1).speed());
                double speed = SiValues.of(point.speed());
                if (speed <= previous) {
                    reporter.report(path + ".torqueCurve[" + index + "].speed", "powertrain.torqueCurveOrder",
                            "previous", QuantityFormat.format(curve.get(index - 1).speed()),
                            "actual", QuantityFormat.format(point.speed()));
                }
            }
        }
        // A curve read off a datasheet may round; only a clear excess means the peak torque is wrong.
        if (highest > SiValues.of(peakTorque) * 1.01) {
            reporter.report(path + ".peakTorque", "powertrain.peakBelowCurve",
                    "curveMaximum", QuantityFormat.format(highest, QuantityKind.TORQUE, "N·m"),
                    "actual", QuantityFormat.format(peakTorque));
        }
    }

    /** A ramp can touch a tyre and an overhang point only when the point lies outside the tyre (PHYSICS.md §6). */
    private static void checkOutsideTyre(ClearancePoint point, String path, int axleIndex, Axle axle,
            ViolationReporter reporter) {
        if (point == null) {
            return;
        }
        double radius = SiValues.of(axle.tyres().staticLoadedRadius());
        double fromWheelCentre = Math.hypot(SiValues.of(point.distance()), SiValues.of(point.height()) - radius);
        if (fromWheelCentre <= radius) {
            reporter.report(path, "body.pointInsideTyre", "axle", axleIndex, "radius", millimetres(radius),
                    "actual", QuantityFormat.formatRounded(fromWheelCentre, QuantityKind.LENGTH, "mm", 0));
        }
    }

    // Paths are written only for a violation: the plain check of a valid spec builds no strings.
    private static String loadCasePath(String loadCaseName) {
        return "loadCases[" + loadCaseName + "]";
    }

    private static String gearPath(int index) {
        return "powertrain.gearbox.ratios[" + index + "]";
    }

    private static String millimetres(double metres) {
        return QuantityFormat.format(metres, QuantityKind.LENGTH, "mm");
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
