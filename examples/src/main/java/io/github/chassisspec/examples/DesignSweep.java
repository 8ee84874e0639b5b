package io.github.chassisspec.examples;

import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.requirements.Sweep;
import io.github.chassisspec.requirements.SweepSummary;
import io.github.chassisspec.units.Slope;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * For the optimiser that sweeps a design space: the bundled bus over payload × final drive × gear against "park
 * on 18 % both ways, start on 30 % uphill", all cores, every variant streamed to a CSV file, and the frontier
 * printed: the largest payload that still passes, per final drive and gear.
 *
 * <pre>java -cp examples/target/chassis-check.jar io.github.chassisspec.examples.DesignSweep [CSV [PAYLOAD_STEPS]]</pre>
 *
 * With {@code PAYLOAD_STEPS} 8333 the grid holds 100,002 variants; they run in a constant heap, since points are
 * computed as they are written, never collected ({@code -Xmx16m} is plenty; 1,000,008 variants run in it too).
 */
public final class DesignSweep {

    static final double[] FINAL_DRIVES = {4.1, 4.6, 5.1, 5.6, 6.1, 6.5};
    static final int[] GEARS = {1, 2};

    private DesignSweep() {
    }

    public static void main(String[] arguments) throws IOException {
        Path csv = Path.of(arguments.length > 0 ? arguments[0] : "examples/target/design-sweep.csv");
        int payloadSteps = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 20;
        run(new SpecSheetReader().read(Path.of("examples/specs/bus-16t.json")), csv, payloadSteps, System.out);
    }

    static SweepSummary run(ChassisSpec bus, Path csv, int payloadSteps, PrintStream out) throws IOException {
        RequirementProfile tender = RequirementProfile.named("hill-country operator").adhesion(0.8)
                .require(ParkingHoldRequirement.of(Slope.parse("18 %")).facing(Facing.BOTH))
                .require(HillStartRequirement.of(Slope.parse("30 %"), 1))
                .build();
        Sweep sweep = Sweep.of(bus, tender).payloadSteps(payloadSteps).finalDrives(FINAL_DRIVES).gears(GEARS).build();
        if (csv.getParent() != null) {
            Files.createDirectories(csv.getParent());
        }
        try (BufferedWriter writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            sweep.writeCsv(writer);
        }
        SweepSummary summary = sweep.summarise();
        out.printf(Locale.ROOT, "%s: %d variants, %d pass; every variant in %s%n", bus.id(), summary.variants(),
                summary.passed(), csv);
        out.println("Largest payload that still passes (park 18 % both ways, start 30 % uphill, μ 0.8):");
        out.println("final drive  gear  payload share  mass");
        for (SweepSummary.Frontier point : summary.frontier()) {
            out.printf(Locale.ROOT, "%-11s  %-4d  %-13s  %s%n", point.finalDrive(), point.gear(),
                    point.anyPasses() ? String.format(Locale.ROOT, "%.2f", point.largestPayloadShare()) : "none",
                    point.anyPasses() ? String.format(Locale.ROOT, "%.0f kg", point.largestMassKg()) : "–");
        }
        return summary;
    }
}
