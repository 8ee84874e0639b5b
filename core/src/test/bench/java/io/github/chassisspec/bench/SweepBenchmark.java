package io.github.chassisspec.bench;

import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.LoadCase;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.requirements.Sweep;
import io.github.chassisspec.requirements.SweepSummary;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A sweep of 1,000,000 variants of the bundled bus (100 payload shares × 5 gears × 2000 adhesions) against "park on
 * 18 % both ways, start on 30 % uphill": {@link Sweep#summarise()} against the same grid in raw doubles with the
 * closed forms of {@link RawClosedForms}, both on every core and both giving the pass count and the frontier.
 * Target (DESIGN.md): the library under 2× the raw-double sweep's time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SweepBenchmark {

    static final int PAYLOADS = 100;
    static final int GEARS = 5;
    static final int ADHESIONS = 2000;
    static final double REQUIRED_PARKING_RAD = Math.atan(0.18);
    static final double REQUIRED_START_RAD = Math.atan(0.30);
    static final double ROLLING_RESISTANCE = 0.010;

    private Sweep sweep;
    private double[] adhesion;
    private double[] share;
    private double[] mass;
    private double[] behindFront;
    private double[] height;
    private double[] gearRatio;
    private double wheelbase;
    private double brakeTorque;
    private double staticRadius;
    private double rollingRadius;
    private double launchTorque;
    private double clutchCapacity;
    private double finalDrive;
    private double efficiency;

    @Setup
    public void setUp() {
        ChassisSpec bus = new SpecSheetReader().read(ExampleFiles.specFile("bus-16t.json"));
        RequirementProfile tender = RequirementProfile.named("park 18 %, start 30 %").adhesion(0.8)
                .require(ParkingHoldRequirement.of(Slope.parse("18 %")).facing(Facing.BOTH))
                .require(HillStartRequirement.of(Slope.parse("30 %"), 1))
                .build();
        adhesion = IntStream.range(0, ADHESIONS).mapToDouble(index -> 0.3 + 0.7 * index / (ADHESIONS - 1)).toArray();
        sweep = Sweep.of(bus, tender).payloadSteps(PAYLOADS - 1).gears(IntStream.rangeClosed(1, GEARS).toArray())
                .adhesions(adhesion).build();
        share = IntStream.range(0, PAYLOADS).mapToDouble(index -> (double) index / (PAYLOADS - 1)).toArray();
        // The payload's own centre of gravity, then the mass-weighted mean at each share.
        LoadCase unladen = bus.loadCases().get(ChassisSpec.UNLADEN);
        LoadCase laden = bus.loadCases().get(ChassisSpec.LADEN);
        double unladenMass = SiValues.of(unladen.mass());
        double ladenMass = SiValues.of(laden.mass());
        double payload = ladenMass - unladenMass;
        double unladenPosition = SiValues.of(unladen.centreOfGravity().position());
        double ladenPosition = SiValues.of(laden.centreOfGravity().position());
        double unladenHeight = SiValues.of(unladen.centreOfGravity().height());
        double ladenHeight = SiValues.of(laden.centreOfGravity().height());
        double payloadPosition = (ladenMass * ladenPosition - unladenMass * unladenPosition) / payload;
        double payloadHeight = (ladenMass * ladenHeight - unladenMass * unladenHeight) / payload;
        mass = new double[PAYLOADS];
        behindFront = new double[PAYLOADS];
        height = new double[PAYLOADS];
        for (int index = 0; index < PAYLOADS; index++) {
            mass[index] = unladenMass + share[index] * payload;
            behindFront[index] = (unladenMass * unladenPosition + share[index] * payload * payloadPosition) / mass[index];
            height[index] = (unladenMass * unladenHeight + share[index] * payload * payloadHeight) / mass[index];
        }
        wheelbase = SiValues.of(bus.axles().get(1).position());
        brakeTorque = SiValues.of(bus.axles().get(1).parkingBrakeTorque());
        staticRadius = SiValues.of(bus.axles().get(1).tyres().staticLoadedRadius());
        rollingRadius = SiValues.of(bus.axles().get(1).tyres().rollingRadius());
        launchTorque = SiValues.of(bus.powertrain().launchTorqueOrPeak());
        clutchCapacity = SiValues.of(bus.powertrain().clutch().torqueCapacity());
        finalDrive = bus.powertrain().finalDrive();
        efficiency = bus.powertrain().efficiency();
        gearRatio = IntStream.rangeClosed(1, GEARS).mapToDouble(gear -> bus.powertrain().gearbox().ratio(gear))
                .toArray();
        long library = sweep.summarise().passed();
        long raw = rawDoubles();
        // Both sides must answer the same question, or the ratio means nothing.
        if (Math.abs(library - raw) > sweep.size() / 10_000) {
            throw new IllegalStateException("the library passes " + library + " variants, the raw sweep " + raw);
        }
    }

    @Benchmark
    public SweepSummary library() {
        return sweep.summarise();
    }

    @Benchmark
    public long rawDoubles() {
        double[] largest = new double[GEARS * ADHESIONS];
        long passed = IntStream.range(0, GEARS * ADHESIONS).parallel().mapToLong(group -> {
            int gear = group / ADHESIONS;
            double mu = adhesion[group % ADHESIONS];
            long count = 0;
            double best = Double.NaN;
            for (int payload = 0; payload < PAYLOADS; payload++) {
                double parking = Math.min(
                        RawClosedForms.parkingCapabilityRad(mass[payload], behindFront[payload], wheelbase,
                                height[payload], brakeTorque, staticRadius, mu, true),
                        RawClosedForms.parkingCapabilityRad(mass[payload], behindFront[payload], wheelbase,
                                height[payload], brakeTorque, staticRadius, mu, false));
                double start = RawClosedForms.startCapabilityRad(mass[payload], behindFront[payload], wheelbase,
                        height[payload], launchTorque, clutchCapacity, gearRatio[gear], finalDrive, efficiency,
                        rollingRadius, mu, ROLLING_RESISTANCE);
                if (parking >= REQUIRED_PARKING_RAD && start >= REQUIRED_START_RAD) {
                    count++;
                    best = share[payload];
                }
            }
            largest[group] = best;
            return count;
        }).sum();
        return passed;
    }
}
