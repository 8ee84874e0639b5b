package io.github.chassisspec.bench;

import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.AxleGroup;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.LoadCase;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.Launch;
import io.github.chassisspec.physics.ParkingHold;
import io.github.chassisspec.physics.RigidVehicle;
import io.github.chassisspec.physics.SlopeCapability;
import io.github.chassisspec.physics.Startability;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.Depth;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import java.util.concurrent.TimeUnit;
import javax.measure.Quantity;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tech.units.indriya.ComparableQuantity;
import tech.units.indriya.unit.Units;

/**
 * The two headline checks on one built model — parking hold on 18 % facing both ways and a hill start on 12 % in
 * first gear, laden, μ 0.8, f_r 0.010 — for the bus of {@code examples/specs/bus-16t.json}.
 *
 * <p>Measured against each other in one run:
 * <ul>
 *   <li>{@link #libraryEvaluate}: {@code RequirementEvaluator.evaluate(spec, requirement, assumptions)} for both,
 *       the full result with its figures, assumptions and "what would it take" headroom;</li>
 *   <li>{@link #libraryVerdictAndCapability}: the same at {@link Depth#VERDICT_AND_CAPABILITY}: verdict, capability,
 *       margin, limiting factor, assumptions, details and message, without "what would it take";</li>
 *   <li>{@link #libraryPhysics}: the physics the evaluation rests on, {@code ParkingHold.capability} uphill and
 *       downhill and {@code Startability.capability}, on a {@code RigidVehicle} and {@code Launch} built once;</li>
 *   <li>{@link #rawDoubles}: baseline 1, the closed forms in raw doubles ({@link RawClosedForms});</li>
 *   <li>{@link #indriyaQuantities}: baseline 2, the same closed forms in Indriya arithmetic on the model's
 *       quantities ({@link IndriyaClosedForms}).</li>
 * </ul>
 * Targets (DESIGN.md, Quality bar): the library within 10× of raw doubles, and at least 25× faster than Indriya.
 * The setup checks that all four agree on the capabilities and verdicts before anything is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HeadlineChecksBenchmark {

    /** Capabilities of the four paths must agree to this, rad (the report's 0.01° is 1.7e-4 rad). */
    private static final double AGREEMENT_RAD = 1e-9;

    private static final double ADHESION = 0.8;
    private static final double ROLLING_RESISTANCE = 0.010;
    private static final int GEAR = 1;

    // Inputs of the library's full evaluation.
    private ChassisSpec spec;
    private ParkingHoldRequirement parkingRequirement;
    private HillStartRequirement startRequirement;
    private Assumptions assumptions;

    // Inputs of the library's physics: the built model.
    private RigidVehicle vehicle;
    private Launch launch;

    // Inputs of the raw-double baseline, SI.
    private double massKg;
    private double behindFrontM;
    private double wheelbaseM;
    private double heightM;
    private double brakeTorqueNm;
    private double staticRadiusM;
    private double launchTorqueNm;
    private double clutchCapacityNm;
    private double gearRatio;
    private double finalDrive;
    private double efficiency;
    private double rollingRadiusM;
    private double adhesion;
    private double rollingResistance;
    private double parkingRequiredRad;
    private double startRequiredRad;

    // Inputs of the Indriya baseline: the model's own quantities.
    private Quantity<Mass> mass;
    private Quantity<Length> frontPosition;
    private Quantity<Length> rearPosition;
    private Quantity<Length> centreOfGravityPosition;
    private Quantity<Length> height;
    private Quantity<?> brakeTorque;
    private Quantity<Length> staticRadius;
    private Quantity<?> launchTorque;
    private Quantity<?> clutchCapacity;
    private Quantity<Length> rollingRadius;
    private ComparableQuantity<Angle> parkingRequired;
    private ComparableQuantity<Angle> startRequired;

    @Setup
    public void setUp() {
        spec = new SpecSheetReader().read(ExampleFiles.specFile("bus-16t.json"));
        parkingRequirement = ParkingHoldRequirement.of(Slope.parse("18 %"));
        startRequirement = HillStartRequirement.of(Slope.parse("12 %"), GEAR);
        assumptions = new Assumptions(ADHESION, ROLLING_RESISTANCE, null);
        adhesion = ADHESION;
        rollingResistance = ROLLING_RESISTANCE;

        // The baselines' closed forms hold for two axles, front then rear, rear braked and driven: check the bus is that.
        Axle front = spec.axles().get(0);
        Axle rear = spec.axles().get(spec.axles().size() - 1);
        if (spec.axles().size() != 2 || front.group() != AxleGroup.FRONT || rear.group() != AxleGroup.REAR
                || front.hasParkingBrake() || front.driven() || !rear.hasParkingBrake() || !rear.driven()) {
            throw new IllegalStateException("the closed-form baselines need two axles with brake and drive on the rear");
        }
        LoadCase laden = spec.loadCase(ChassisSpec.LADEN);
        Powertrain powertrain = spec.powertrain();

        mass = laden.mass();
        frontPosition = front.position();
        rearPosition = rear.position();
        centreOfGravityPosition = spec.centreOfGravityPosition(ChassisSpec.LADEN);
        height = laden.centreOfGravity().height();
        brakeTorque = rear.parkingBrakeTorque();
        staticRadius = rear.tyres().staticLoadedRadius();
        launchTorque = powertrain.launchTorqueOrPeak();
        clutchCapacity = powertrain.clutch().torqueCapacity();
        rollingRadius = rear.tyres().rollingRadius();
        parkingRequired = IndriyaClosedForms.radians(parkingRequirement.slope().radians());
        startRequired = IndriyaClosedForms.radians(startRequirement.slope().radians());

        massKg = mass.to(Units.KILOGRAM).getValue().doubleValue();
        double frontM = metres(frontPosition);
        wheelbaseM = metres(rearPosition) - frontM;
        behindFrontM = metres(centreOfGravityPosition) - frontM;
        heightM = metres(height);
        brakeTorqueNm = SiValues.of(brakeTorque);
        staticRadiusM = metres(staticRadius);
        launchTorqueNm = SiValues.of(launchTorque);
        clutchCapacityNm = SiValues.of(clutchCapacity);
        gearRatio = powertrain.gearbox().ratio(GEAR);
        finalDrive = powertrain.finalDrive();
        efficiency = powertrain.efficiency();
        rollingRadiusM = metres(rollingRadius);
        parkingRequiredRad = parkingRequirement.slope().radians();
        startRequiredRad = startRequirement.slope().radians();

        vehicle = RigidVehicle.builder().massKg(massKg).centreOfGravity(metres(centreOfGravityPosition), heightM)
                .axle(frontM, false, SiValues.of(front.ratedLoad()), metres(front.tyres().staticLoadedRadius()),
                        metres(front.tyres().rollingRadius()), false, 0)
                .axle(metres(rearPosition), true, SiValues.of(rear.ratedLoad()), staticRadiusM, rollingRadiusM, true,
                        brakeTorqueNm)
                .build();
        launch = new Launch(launchTorqueNm, clutchCapacityNm, false, gearRatio * finalDrive, efficiency, rollingRadiusM);

        checkAgreement();
    }

    private static double metres(Quantity<Length> length) {
        return length.to(Units.METRE).getValue().doubleValue();
    }

    /** Refuses to time paths that disagree: a fast wrong answer is no baseline. */
    private void checkAgreement() {
        double rawParking = rawParkingRad();
        double rawStart = rawStartRad();
        double physicsParking = Math.min(ParkingHold.capability(vehicle, Facing.UPHILL, adhesion).radians(),
                ParkingHold.capability(vehicle, Facing.DOWNHILL, adhesion).radians());
        double physicsStart = Startability.capability(vehicle, launch, adhesion, rollingResistance, 0).radians();
        double indriyaParking = radians(indriyaParking());
        double indriyaStart = radians(indriyaStart());
        RequirementResult parkingResult = RequirementEvaluator.evaluate(spec, parkingRequirement, assumptions);
        RequirementResult startResult = RequirementEvaluator.evaluate(spec, startRequirement, assumptions);
        agree("parking hold", rawParking, physicsParking, indriyaParking,
                Math.toRadians(parkingResult.capability().value()));
        agree("hill start", rawStart, physicsStart, indriyaStart, Math.toRadians(startResult.capability().value()));
        if ((parkingResult.verdict() == Verdict.PASS) != (rawParking >= parkingRequiredRad)
                || (startResult.verdict() == Verdict.PASS) != (rawStart >= startRequiredRad)) {
            throw new IllegalStateException("library and raw closed forms disagree on a verdict");
        }
    }

    private static void agree(String check, double raw, double physics, double indriya, double evaluated) {
        if (Math.abs(raw - physics) > AGREEMENT_RAD || Math.abs(raw - indriya) > AGREEMENT_RAD
                || Math.abs(raw - evaluated) > AGREEMENT_RAD) {
            throw new IllegalStateException(check + " capabilities disagree, degrees: raw " + Math.toDegrees(raw)
                    + ", physics " + Math.toDegrees(physics) + ", Indriya " + Math.toDegrees(indriya) + ", evaluate "
                    + Math.toDegrees(evaluated));
        }
    }

    private static double radians(Quantity<Angle> angle) {
        return angle.to(Units.RADIAN).getValue().doubleValue();
    }

    private double rawParkingRad() {
        double uphill = RawClosedForms.parkingCapabilityRad(massKg, behindFrontM, wheelbaseM, heightM, brakeTorqueNm,
                staticRadiusM, adhesion, true);
        double downhill = RawClosedForms.parkingCapabilityRad(massKg, behindFrontM, wheelbaseM, heightM,
                brakeTorqueNm, staticRadiusM, adhesion, false);
        return Math.min(uphill, downhill);
    }

    private double rawStartRad() {
        return RawClosedForms.startCapabilityRad(massKg, behindFrontM, wheelbaseM, heightM, launchTorqueNm,
                clutchCapacityNm, gearRatio, finalDrive, efficiency, rollingRadiusM, adhesion, rollingResistance);
    }

    private ComparableQuantity<Angle> indriyaParking() {
        ComparableQuantity<Angle> uphill = IndriyaClosedForms.parkingCapability(mass, frontPosition, rearPosition,
                centreOfGravityPosition, height, brakeTorque, staticRadius, adhesion, true);
        ComparableQuantity<Angle> downhill = IndriyaClosedForms.parkingCapability(mass, frontPosition, rearPosition,
                centreOfGravityPosition, height, brakeTorque, staticRadius, adhesion, false);
        return downhill.isLessThan(uphill) ? downhill : uphill;
    }

    private ComparableQuantity<Angle> indriyaStart() {
        return IndriyaClosedForms.startCapability(mass, frontPosition, rearPosition, centreOfGravityPosition, height,
                launchTorque, clutchCapacity, gearRatio, finalDrive, efficiency, rollingRadius, adhesion,
                rollingResistance);
    }

    /** The library as users call it: both checks, full results. */
    @Benchmark
    public void libraryEvaluate(Blackhole blackhole) {
        blackhole.consume(RequirementEvaluator.evaluate(spec, parkingRequirement, assumptions));
        blackhole.consume(RequirementEvaluator.evaluate(spec, startRequirement, assumptions));
    }

    /** The library's physics on the built model: capability per direction, start capability, verdicts. */
    @Benchmark
    public void libraryVerdictAndCapability(Blackhole blackhole) {
        blackhole.consume(RequirementEvaluator.evaluate(spec, parkingRequirement, assumptions,
                Depth.VERDICT_AND_CAPABILITY));
        blackhole.consume(RequirementEvaluator.evaluate(spec, startRequirement, assumptions,
                Depth.VERDICT_AND_CAPABILITY));
    }

    @Benchmark
    public void libraryPhysics(Blackhole blackhole) {
        SlopeCapability uphill = ParkingHold.capability(vehicle, Facing.UPHILL, adhesion);
        SlopeCapability downhill = ParkingHold.capability(vehicle, Facing.DOWNHILL, adhesion);
        SlopeCapability parking = downhill.radians() < uphill.radians() ? downhill : uphill;
        SlopeCapability start = Startability.capability(vehicle, launch, adhesion, rollingResistance, 0);
        blackhole.consume(parking);
        blackhole.consume(parking.radians() >= parkingRequiredRad);
        blackhole.consume(start);
        blackhole.consume(start.radians() >= startRequiredRad);
    }

    /** Baseline 1: the closed forms in raw doubles, capabilities and verdicts. */
    @Benchmark
    public void rawDoubles(Blackhole blackhole) {
        double parking = rawParkingRad();
        double start = rawStartRad();
        blackhole.consume(parking);
        blackhole.consume(parking >= parkingRequiredRad);
        blackhole.consume(start);
        blackhole.consume(start >= startRequiredRad);
    }

    /** Baseline 2: the closed forms in Indriya arithmetic, capabilities and verdicts. */
    @Benchmark
    public void indriyaQuantities(Blackhole blackhole) {
        ComparableQuantity<Angle> parking = indriyaParking();
        ComparableQuantity<Angle> start = indriyaStart();
        blackhole.consume(parking);
        blackhole.consume(parking.isGreaterThanOrEqualTo(parkingRequired));
        blackhole.consume(start);
        blackhole.consume(start.isGreaterThanOrEqualTo(startRequired));
    }
}
