package io.github.chassisspec.examples.cli;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.AxleGroup;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.DriverSide;
import io.github.chassisspec.model.LoadCase;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.Tyres;
import io.github.chassisspec.report.TextTable;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.measure.Quantity;

/** The text form of a consistency check: a readable summary of the spec, then its violations. */
final class SpecSummary {

    private static final String NONE = "–";

    private SpecSummary() {
    }

    static String render(SpecCheck check) {
        ChassisSpec spec = check.sheet().spec();
        StringBuilder text = new StringBuilder();
        text.append(spec.id());
        if (spec.name() != null) {
            text.append(" — ").append(spec.name());
        }
        text.append('\n');
        text.append("  ").append(spec.category() == null ? "category not given" : "category " + spec.category())
                .append(", ").append(spec.driverSide() == DriverSide.LEFT ? "left-hand drive" : "right-hand drive")
                .append(", read from ").append(check.source()).append("\n\n");
        text.append(axleTable(spec.axles()));
        if (check.isConsistent()) {
            text.append('\n').append("  front group centre ").append(millimetres(spec.groupCentre(AxleGroup.FRONT)))
                    .append(", rear group centre ").append(millimetres(spec.groupCentre(AxleGroup.REAR)))
                    .append(", effective wheelbase ").append(millimetres(spec.effectiveWheelbase())).append('\n');
            text.append('\n').append(loadCaseTable(spec));
        }
        if (spec.powertrain() != null) {
            text.append('\n').append("  powertrain  ").append(describe(spec.powertrain())).append('\n');
        }
        text.append('\n');
        if (check.violations().isEmpty()) {
            text.append("  consistency  OK: no spec-sheet rule is broken\n");
        } else {
            int count = check.violations().size();
            text.append("  consistency  ").append(count).append(count == 1 ? " rule broken:\n" : " rules broken:\n");
            check.violations().forEach(violation -> text.append("    ").append(check.locate(violation)).append('\n'));
        }
        return text.toString();
    }

    private static String axleTable(List<Axle> axles) {
        TextTable table = new TextTable()
                .row("axle", "group", "position", "rated load", "track", "tyres", "rolling radius", "driven", "parking brake");
        for (int index = 0; index < axles.size(); index++) {
            Axle axle = axles.get(index);
            table.row(axle.name() == null ? "axle " + (index + 1) : axle.name(),
                    axle.group().sheetName(),
                    millimetres(axle.position()),
                    rounded(axle.ratedLoad(), "kg", 0),
                    axle.track() == null ? NONE : millimetres(axle.track()),
                    tyres(axle.tyres()),
                    millimetres(axle.tyres().rollingRadius()),
                    axle.driven() ? "yes" : "no",
                    axle.hasParkingBrake() ? torque(axle.parkingBrakeTorque()) : NONE);
        }
        return table.render("  ");
    }

    private static String loadCaseTable(ChassisSpec spec) {
        TextTable table = new TextTable()
                .row("load case", "mass", "CoG height", "CoG behind first axle", "CoG behind front group");
        for (Map.Entry<String, LoadCase> entry : spec.loadCases().entrySet()) {
            LoadCase loadCase = entry.getValue();
            String position = millimetres(spec.centreOfGravityPosition(entry.getKey()))
                    + (loadCase.hasAxleLoads() ? " (from axle loads)" : "");
            table.row(entry.getKey(), rounded(loadCase.mass(), "kg", 0),
                    millimetres(loadCase.centreOfGravity().height()), position,
                    millimetres(spec.centreOfGravityBehindFrontGroup(entry.getKey())));
        }
        return table.render("  ");
    }

    private static String tyres(Tyres tyres) {
        String size = tyres.size() == null ? "size not given" : tyres.size();
        return tyres.count() == null ? size : tyres.count() + " × " + size;
    }

    private static String describe(Powertrain powertrain) {
        StringBuilder text = new StringBuilder();
        if (powertrain.isElectric()) {
            text.append("electric motor ").append(torque(powertrain.motor().peakTorque())).append(" from standstill");
            if (powertrain.motor().maxPower() != null) {
                text.append(", ").append(rounded(powertrain.motor().maxPower(), "kW", 1));
            }
            text.append(", no clutch");
        } else {
            text.append("engine ").append(torque(powertrain.engine().peakTorque())).append(" peak, ")
                    .append(powertrain.hasLaunchTorque() ? torque(powertrain.engine().launchTorque()) + " at launch"
                            : "launch torque not given");
            if (powertrain.engine().maxPower() != null) {
                text.append(", ").append(rounded(powertrain.engine().maxPower(), "kW", 1));
            }
            text.append(powertrain.clutch() == null ? ", clutch not given"
                    : ", clutch " + torque(powertrain.clutch().torqueCapacity()));
        }
        List<Double> ratios = powertrain.gearbox().ratios();
        text.append("; ").append(ratios.size() == 1 ? "single reduction " + number(ratios.get(0))
                : ratios.size() + " gears " + number(ratios.get(0)) + " to " + number(ratios.get(ratios.size() - 1)));
        if (powertrain.transferCase() != null) {
            text.append("; transfer case high ").append(number(powertrain.transferCase().high()))
                    .append(", low ").append(number(powertrain.transferCase().low()));
        }
        text.append("; final drive ").append(number(powertrain.finalDrive()))
                .append("; efficiency ").append(number(powertrain.efficiency()));
        return text.toString();
    }

    private static String millimetres(Quantity<?> length) {
        return rounded(length, "mm", 0);
    }

    /** Brake torques read best in kN·m, engine torques in N·m. */
    private static String torque(Quantity<?> torque) {
        double newtonMetres = SiValues.of(torque);
        return newtonMetres >= 10_000 ? rounded(torque, "kN·m", 1) : rounded(torque, "N·m", 0);
    }

    private static String rounded(Quantity<?> quantity, String unitSymbol, int decimals) {
        QuantityKind kind = SiValues.kindOf(quantity);
        return QuantityFormat.formatRounded(SiValues.of(quantity), kind, unitSymbol, decimals);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
