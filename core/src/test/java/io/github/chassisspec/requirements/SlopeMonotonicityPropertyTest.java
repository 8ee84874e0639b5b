package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.RandomVehicles;
import io.github.chassisspec.model.RandomVehicles.AxleParameters;
import io.github.chassisspec.model.RandomVehicles.LoadParameters;
import io.github.chassisspec.model.RandomVehicles.Parameters;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.units.Slope;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More of what holds or pulls never lowers a slope capability, and more mass at the same centre of gravity never
 * raises one (PHYSICS.md §3–4), on random vehicles through the whole library: sheet, reader, evaluator.
 *
 * <p>Why they hold: a braked axle gives min(T_i / r_s,i, μ·N_i(θ)), which grows with T_i and μ, so every slope held
 * before is held after, and the first failure can only move up; at a hill start min(F_eng, μ·Σ N_i) grows with
 * T_launch, clutch capacity, i_g, i_0 and μ. With x_G and h fixed, every force divided by W is the same or smaller
 * for a heavier vehicle (T/(r·W) and F_eng/W fall; μ·N_i/W and the tip-over angle do not change), so the capability
 * does not rise; it need not fall either, when grip or tip-over limits. Mass added elsewhere moves the centre of
 * gravity, and then the capability can rise: see {@link #payloadOverTheBrakedAxle_raisesTheHoldCapability()}.
 */
class SlopeMonotonicityPropertyTest {

    /** The capabilities are closed-form roots in double arithmetic: 1e-9° is far above their rounding. */
    private static final double ROUNDING_DEGREES = 1e-9;

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 200).mapToObj(index -> Arguments.of(31_000 + index));
    }

    private static double holdCapability(ChassisSpec spec, Facing facing, double adhesion) {
        return RequirementEvaluator.evaluate(spec, ParkingHoldRequirement.of(Slope.LEVEL).facing(facing),
                Assumptions.DEFAULTS.withAdhesion(adhesion)).capability().value();
    }

    private static RequirementResult start(ChassisSpec spec, double adhesion) {
        return RequirementEvaluator.evaluate(spec, HillStartRequirement.of(Slope.LEVEL, 1),
                Assumptions.DEFAULTS.withAdhesion(adhesion));
    }

    private static void assertNotBelow(double before, double after, String what) {
        assertTrue(after >= before - ROUNDING_DEGREES, what + ": " + before + "° became " + after + "°");
    }

    private static void assertNotAbove(double before, double after, String what) {
        assertTrue(after <= before + ROUNDING_DEGREES, what + ": " + before + "° became " + after + "°");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void holdCapability_neverFalls_whenBrakeTorqueOrAdhesionGrows(long seed) {
        Random random = new Random(seed);
        Parameters vehicle = RandomVehicles.parameters(seed);
        Facing facing = Facing.values()[random.nextInt(3)];
        double adhesion = 0.2 + 1.0 * random.nextDouble();
        double before = holdCapability(RandomVehicles.build(vehicle), facing, adhesion);

        // One axle's brake made stronger, or a brake put on an axle that had none.
        int axle = random.nextInt(vehicle.axles().size());
        List<AxleParameters> axles = new ArrayList<>(vehicle.axles());
        axles.set(axle, axles.get(axle).withBrakeTorque(axles.get(axle).brakeTorqueNm() * (1 + random.nextDouble())
                + 50_000 * random.nextDouble() + 100));
        assertNotBelow(before, holdCapability(RandomVehicles.build(vehicle.withAxles(axles)), facing, adhesion),
                "more brake torque on axle " + axle);

        double higher = Math.min(2, adhesion * (1 + random.nextDouble()));
        assertNotBelow(before, holdCapability(RandomVehicles.build(vehicle), facing, higher), "adhesion " + higher);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void holdCapability_neverRises_whenMassGrowsAtTheSameCentreOfGravity(long seed) {
        Random random = new Random(seed);
        Parameters vehicle = RandomVehicles.parameters(seed);
        Facing facing = Facing.values()[random.nextInt(3)];
        double adhesion = 0.2 + 1.0 * random.nextDouble();
        LoadParameters laden = vehicle.laden();
        Parameters heavier = vehicle.withLaden(new LoadParameters(laden.massKg() * (1 + random.nextDouble()),
                laden.centreOfGravityPositionM(), laden.centreOfGravityHeightM()));
        assertNotAbove(holdCapability(RandomVehicles.build(vehicle), facing, adhesion),
                holdCapability(RandomVehicles.build(heavier), facing, adhesion), "heavier");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void startCapability_neverFalls_whenLaunchTorqueClutchRatiosOrAdhesionGrow(long seed) {
        Random random = new Random(seed);
        Parameters vehicle = RandomVehicles.parameters(seed);
        double adhesion = 0.2 + 1.0 * random.nextDouble();
        double before = start(RandomVehicles.build(vehicle), adhesion).capability().value();
        double launch = vehicle.launchTorqueOrPeakNm();
        double[] ratios = vehicle.gearRatios();

        double moreTorque = launch * (1 + random.nextDouble());
        Parameters stronger = vehicle.withDrive(moreTorque, vehicle.clutchCapacityNm(), ratios, vehicle.finalDrive());
        assertNotBelow(before, start(RandomVehicles.build(stronger), adhesion).capability().value(),
                "launch torque " + moreTorque + " N·m");
        if (!vehicle.electric()) {
            double clutch = vehicle.clutchCapacityNm() * (1 + random.nextDouble());
            assertNotBelow(before, start(RandomVehicles.build(vehicle.withDrive(vehicle.launchTorqueNm(), clutch, ratios,
                    vehicle.finalDrive())), adhesion).capability().value(), "clutch " + clutch + " N·m");
        }
        double[] lowerFirstGear = ratios.clone();
        lowerFirstGear[0] *= 1 + random.nextDouble();
        assertNotBelow(before, start(RandomVehicles.build(vehicle.withDrive(vehicle.launchTorqueNm(),
                vehicle.clutchCapacityNm(), lowerFirstGear, vehicle.finalDrive())), adhesion).capability().value(),
                "first gear " + lowerFirstGear[0]);
        double finalDrive = vehicle.finalDrive() * (1 + random.nextDouble());
        assertNotBelow(before, start(RandomVehicles.build(vehicle.withDrive(vehicle.launchTorqueNm(),
                vehicle.clutchCapacityNm(), ratios, finalDrive)), adhesion).capability().value(),
                "final drive " + finalDrive);
        double higher = Math.min(2, adhesion * (1 + random.nextDouble()));
        assertNotBelow(before, start(RandomVehicles.build(vehicle), higher).capability().value(), "adhesion " + higher);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void startCapability_neverRises_whenMassGrowsAtTheSameCentreOfGravity(long seed) {
        Random random = new Random(seed);
        Parameters vehicle = RandomVehicles.parameters(seed);
        double adhesion = 0.2 + 1.0 * random.nextDouble();
        LoadParameters laden = vehicle.laden();
        Parameters heavier = vehicle.withLaden(new LoadParameters(laden.massKg() * (1 + random.nextDouble()),
                laden.centreOfGravityPositionM(), laden.centreOfGravityHeightM()));
        assertNotAbove(start(RandomVehicles.build(vehicle), adhesion).capability().value(),
                start(RandomVehicles.build(heavier), adhesion).capability().value(), "heavier");
    }

    @Test
    void payloadOverTheBrakedAxle_raisesTheHoldCapability() {
        // Why "the same centre of gravity" above: the §8 bus (rear brake, μ 0.8) facing uphill holds up to
        // atan(0.8·3.54/(5.9 − 0.8·1.3)) = 30.23°. 4 t more right over the rear axle at the same height moves the
        // CoG to (16·3.54 + 4·5.9)/20 = 4.012 m, and the hold to atan(0.8·4.012/(5.9 − 0.8·1.3)) = 33.44°.
        ChassisSpec bus = TestSpecs.bus();
        ChassisSpec loaded = bus.withLoadCase(ChassisSpec.LADEN, TestSpecs.loadCase(20_000, 4012, 1300));
        double before = holdCapability(bus, Facing.UPHILL, 0.8);
        double after = holdCapability(loaded, Facing.UPHILL, 0.8);
        assertEquals(30.23, before, 0.005);
        assertEquals(33.44, after, 0.005);
        RequirementResult result = RequirementEvaluator.evaluate(loaded, ParkingHoldRequirement.of(Slope.LEVEL)
                .facing(Facing.UPHILL), Assumptions.DEFAULTS.withAdhesion(0.8));
        assertEquals(LimitingFactor.ADHESION, result.limitedBy());
    }
}
