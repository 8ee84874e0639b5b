package io.github.chassisspec.physics;

import static io.github.chassisspec.physics.PhysicsFixtures.EXACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.physics.PhysicsFixtures.Selection;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StartabilityTest {

    private static final RigidVehicle BUS = PhysicsFixtures.bus(60_000);

    /** Section 8: 800 N·m at launch, clutch 1400 N·m, gear ratio, final drive 5.1, η = 0.90, r_d = 0.50 m. */
    private static Launch busLaunch(double gearRatio) {
        return new Launch(800, 1400, false, gearRatio * 5.1, 0.90, 0.50);
    }

    @Test
    void secondGearOnThirtyDegrees_matchesSection8() {
        // F_req = W·(sin30° + 0.010·cos30°) = 79 812 N; F_eng = 800·5.0·5.1·0.90/0.50 = 36 720 N.
        double theta = Math.toRadians(30);
        assertEquals(79_812.0, Startability.requiredForceN(BUS, theta, 0.010, 0), 0.1);
        assertEquals(36_720.0, busLaunch(5.0).wheelForceN(), 1e-9);
        assertFalse(Startability.starts(BUS, busLaunch(5.0), theta, 0.8, 0.010, 0));
        // c = 36 720 / 156 906.4; θ = asin(c/√(1 + 0.01²)) − atan(0.01) = 12.96° (23.0 %).
        SlopeCapability capability = Startability.capability(BUS, busLaunch(5.0), 0.8, 0.010, 0);
        assertEquals(12.9605, capability.degrees(), 0.0001);
        assertEquals(LimitingFactor.ENGINE, capability.limitedBy());
        assertEquals(23.01, 100 * Math.tan(capability.radians()), 0.01);
    }

    @Test
    void tractionLimit_rearDrive_matchesSection8() {
        // tan θ = (μa − f_r·L)/(L − μh) = (2.832 − 0.059)/4.86 → 29.71°, with an engine that never limits.
        Launch strong = new Launch(800, 1e9, false, 500, 0.90, 0.50);
        SlopeCapability capability = Startability.capability(BUS, strong, 0.8, 0.010, 0);
        assertEquals(29.708, capability.degrees(), 0.001);
        assertEquals(LimitingFactor.TRACTION, capability.limitedBy());
    }

    @Test
    void firstGear_startsOnThirtyPercent() {
        // F_eng = 800·8.0·5.1·0.9/0.5 = 58 752 N: θ = asin(0.374 44/√1.0001) − atan(0.01) = 21.42° > 16.70° (30 %).
        assertEquals(21.416, Startability.capability(BUS, busLaunch(8.0), 0.8, 0.010, 0).degrees(), 0.001);
        assertTrue(Startability.starts(BUS, busLaunch(8.0), Math.atan(0.30), 0.8, 0.010, 0));
    }

    @Test
    void clutchSmallerThanLaunchTorque_isTheLimit() {
        // Clutch 600 N·m < 800 N·m: T_in = 600, F_eng = 600·5·5.1·0.9/0.5 = 27 540 N.
        Launch launch = new Launch(800, 600, false, 5.0 * 5.1, 0.90, 0.50);
        assertEquals(27_540.0, launch.wheelForceN(), 1e-9);
        SlopeCapability capability = Startability.capability(BUS, launch, 0.8, 0.010, 0);
        double c = 27_540.0 / BUS.weightN();
        assertEquals(Math.asin(c / Math.sqrt(1 + 0.0001)) - Math.atan(0.01), capability.radians(), EXACT);
        assertEquals(LimitingFactor.CLUTCH, capability.limitedBy());
    }

    @Test
    void electricMotor_isCalledMotor() {
        Launch motor = new Launch(800, Double.POSITIVE_INFINITY, true, 5.0 * 5.1, 0.90, 0.50);
        assertEquals(LimitingFactor.MOTOR, Startability.capability(BUS, motor, 0.8, 0.010, 0).limitedBy());
    }

    @Test
    void reserveAcceleration_lowersTheCapability() {
        // a_res = 0.5 m/s² costs m·a_res = 8000 N: c = (36 720 − 8000)/W.
        SlopeCapability capability = Startability.capability(BUS, busLaunch(5.0), 0.8, 0.010, 0.5);
        double c = (36_720.0 - 8000) / BUS.weightN();
        assertEquals(Math.asin(c / Math.sqrt(1.0001)) - Math.atan(0.01), capability.radians(), EXACT);
    }

    @Test
    void tooWeakToStartOnTheLevel_hasCapabilityZero() {
        // F_eng = 1·5.1·0.9/0.5 = 9.18 N against W·f_r = 1569 N on level ground.
        SlopeCapability capability = Startability.capability(BUS, new Launch(1, 1400, false, 5.1, 0.9, 0.5), 0.8,
                0.010, 0);
        assertEquals(0.0, capability.radians());
        assertEquals(LimitingFactor.ENGINE, capability.limitedBy());
    }

    static Stream<Object[]> randomVehicles() {
        Random random = new Random(4242L);
        return IntStream.range(0, 150).mapToObj(index -> new Object[] {
                Selection.values()[index % 3], 0.3 + 0.9 * random.nextDouble(), 0.005 + 0.02 * random.nextDouble(),
                random.nextLong()});
    }

    @ParameterizedTest(name = "seed 4242 #{index}: {0} driven, μ = {1}, f_r = {2}")
    @MethodSource("randomVehicles")
    void tractionCapability_equalsTheClosedForm(Selection driven, double mu, double rollingResistance, long seed) {
        RigidVehicle vehicle = PhysicsFixtures.random(new Random(seed), driven, 0);
        Launch strong = new Launch(1e6, Double.POSITIVE_INFINITY, false, 100, 1, 0.5);
        double length = vehicle.wheelbaseM();
        double a = vehicle.centreOfGravityBehindFrontGroupM();
        double b = vehicle.centreOfGravityAheadOfRearGroupM();
        double h = vehicle.centreOfGravityHeightM();
        double tangent = switch (driven) {
            case REAR_GROUP -> (mu * a - rollingResistance * length) / (length - mu * h);
            case FRONT_GROUP -> (mu * b - rollingResistance * length) / (length + mu * h);
            case ALL -> mu - rollingResistance;
        };
        double tip = vehicle.tipOverAngleRad(Facing.UPHILL);
        boolean denominatorPositive = driven != Selection.REAR_GROUP || length - mu * h > 0;
        double expected = !denominatorPositive ? tip : Math.min(tip, Math.max(0, Math.atan(tangent)));
        SlopeCapability capability = Startability.capability(vehicle, strong, mu, rollingResistance, 0);
        assertEquals(expected, capability.radians(), EXACT);
        assertEquals(expected >= tip ? LimitingFactor.TIP_OVER : LimitingFactor.TRACTION, capability.limitedBy());
    }

    @ParameterizedTest(name = "seed 4242 #{index}: {0} driven, μ = {1}, f_r = {2}")
    @MethodSource("randomVehicles")
    void engineCapability_equalsTheClosedForm(Selection driven, double mu, double rollingResistance, long seed) {
        Random random = new Random(seed);
        RigidVehicle vehicle = PhysicsFixtures.random(random, driven, 0);
        // An engine force between level-road resistance and 40 % of the weight.
        double force = vehicle.weightN() * (rollingResistance + 0.4 * random.nextDouble());
        Launch launch = new Launch(force, Double.POSITIVE_INFINITY, false, 1, 1, 1);
        double c = force / vehicle.weightN();
        double closedForm = Math.asin(c / Math.sqrt(1 + rollingResistance * rollingResistance))
                - Math.atan(rollingResistance);
        SlopeCapability capability = Startability.capability(vehicle, launch, 10, rollingResistance, 0);
        assertEquals(Math.min(closedForm, vehicle.tipOverAngleRad(Facing.UPHILL)), capability.radians(), EXACT);
    }

    @ParameterizedTest(name = "seed 4242 #{index}: {0} driven, μ = {1}, f_r = {2}")
    @MethodSource("randomVehicles")
    void capability_agreesWithAScanOfTheDefinition(Selection driven, double mu, double rollingResistance, long seed) {
        Random random = new Random(seed);
        RigidVehicle vehicle = PhysicsFixtures.random(random, driven, 0);
        Launch launch = new Launch(vehicle.weightN() * 0.3 * random.nextDouble(), Double.POSITIVE_INFINITY, false, 1,
                1, 1);
        double solved = Startability.capability(vehicle, launch, mu, rollingResistance, 0.1).radians();
        double step = Math.toRadians(0.002);
        double scanned = 0;
        if (Startability.starts(vehicle, launch, 0, mu, rollingResistance, 0.1)) {
            while (Startability.starts(vehicle, launch, scanned + step, mu, rollingResistance, 0.1)) {
                scanned += step;
            }
            assertEquals(scanned, solved, step + 1e-9);
        } else {
            assertEquals(0.0, solved);
        }
    }
}
