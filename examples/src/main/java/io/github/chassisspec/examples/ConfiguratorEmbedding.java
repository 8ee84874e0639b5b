package io.github.chassisspec.examples;

import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.units.Slope;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * For the engineering tool that embeds the library: a configurator shows how the bus's capabilities move with the
 * final drive and the road's adhesion, building variants in Java and reading the capability of each.
 *
 * <pre>java -cp ... io.github.chassisspec.examples.ConfiguratorEmbedding</pre>
 */
public final class ConfiguratorEmbedding {

    static final double[] FINAL_DRIVES = {4.1, 5.1, 6.2};
    static final double[] ADHESIONS = {0.5, 0.6, 0.7, 0.8, 0.9};

    private ConfiguratorEmbedding() {
    }

    public static void main(String[] arguments) {
        print(new SpecSheetReader().read(Path.of("examples/specs/bus-16t.json")), System.out);
    }

    static void print(ChassisSpec bus, PrintStream out) {
        out.println("Startability of " + bus.id() + " laden, facing uphill, μ = 0.7 (degrees):");
        StringBuilder header = new StringBuilder("final drive");
        for (int gear = 1; gear <= 3; gear++) {
            header.append(String.format(Locale.ROOT, "  %-8s", "gear " + gear));
        }
        out.println(header.toString().stripTrailing());
        Powertrain powertrain = bus.powertrain();
        for (double finalDrive : FINAL_DRIVES) {
            ChassisSpec variant = bus.withPowertrain(new Powertrain(powertrain.engine(), powertrain.motor(),
                    powertrain.clutch(), powertrain.gearbox(), powertrain.transferCase(), finalDrive,
                    powertrain.efficiency()));
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-11s", finalDrive));
            for (int gear = 1; gear <= 3; gear++) {
                // The capability does not depend on the slope asked for; a level road asks for nothing.
                RequirementResult start = RequirementEvaluator.evaluate(variant,
                        HillStartRequirement.of(Slope.LEVEL, gear), Assumptions.DEFAULTS);
                String cell = String.format(Locale.ROOT, "%.1f %s", start.capability().value(),
                        start.limitedBy() == io.github.chassisspec.physics.LimitingFactor.TIP_OVER ? "X"
                                : start.limitedBy().name().substring(0, 1));
                row.append(String.format(Locale.ROOT, "  %-8s", cell));
            }
            out.println(row.toString().stripTrailing());
        }
        out.println("(E engine, C clutch, T traction, X tip-over)");
        out.println();
        out.println("Parking hold of " + bus.id() + " laden by adhesion (degrees):");
        out.println("adhesion  uphill  downhill");
        for (double adhesion : ADHESIONS) {
            RequirementResult hold = RequirementEvaluator.evaluate(bus,
                    ParkingHoldRequirement.of(Slope.LEVEL).facing(Facing.BOTH), Assumptions.DEFAULTS.withAdhesion(adhesion));
            out.println(String.format(Locale.ROOT, "%-8s  %-6.1f  %.1f", adhesion,
                    hold.directions().get(0).capabilityDegrees(), hold.directions().get(1).capabilityDegrees()));
        }
    }
}
