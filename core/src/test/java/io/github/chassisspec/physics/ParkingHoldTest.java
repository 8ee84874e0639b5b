package io.github.chassisspec.physics;

import static io.github.chassisspec.physics.PhysicsFixtures.EXACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.physics.PhysicsFixtures.Selection;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ParkingHoldTest {

    private static final RigidVehicle BUS = PhysicsFixtures.bus(60_000);

    @Test
    void axleLoads_onFortyFiveDegreesFacingUphill_matchSection8() {
        // W = 16000 · 9.80665 = 156 906.4 N; N_F = W·(2.36·cos45° − 1.30·sin45°)/5.90 = 19 933 N;
        // N_R = W·(3.54·cos45° + 1.30·sin45°)/5.90 = 91 016 N.
        double theta = Math.toRadians(45);
        assertEquals(156_906.4, BUS.weightN(), 1e-6);
        assertEquals(19_933.3, BUS.frontGroupLoadN(theta), 0.1);
        assertEquals(91_016.3, BUS.rearGroupLoadN(theta), 0.1);
        assertEquals(BUS.weightN() * Math.cos(theta), BUS.frontGroupLoadN(theta) + BUS.rearGroupLoadN(theta), 1e-6);
        // Needed braking force W·sin45° = 110 950 N; on r = 0.5 m that is 55 475 N·m; μ needed = 110 950 / 91 016 = 1.219.
        assertEquals(110_949.6, BUS.weightN() * Math.sin(theta), 0.1);
        assertEquals(1.219, ParkingHold.adhesionNeeded(BUS, theta), 0.001);
    }

    @Test
    void tipOverAngles_matchSection8() {
        // tan θ = b/h = 2.36/1.30 → 61.15°; tan θ = a/h = 3.54/1.30 → 69.84°.
        assertEquals(61.15, Math.toDegrees(BUS.tipOverAngleRad(Facing.UPHILL)), 0.01);
        assertEquals(69.84, Math.toDegrees(BUS.tipOverAngleRad(Facing.DOWNHILL)), 0.01);
    }

    @Test
    void adhesionCapability_rearBrake_matchesSection8() {
        // Uphill tan θ = μa/(L − μh) = 2.832/4.86 → 30.23°; downhill 2.832/6.94 → 22.20°.
        SlopeCapability uphill = ParkingHold.capability(BUS, Facing.UPHILL, 0.8);
        SlopeCapability downhill = ParkingHold.capability(BUS, Facing.DOWNHILL, 0.8);
        assertEquals(30.230, uphill.degrees(), 0.001);
        assertEquals(22.199, downhill.degrees(), 0.001);
        assertEquals(LimitingFactor.ADHESION, uphill.limitedBy());
        assertEquals(LimitingFactor.ADHESION, downhill.limitedBy());
    }

    @Test
    void adhesionNeeded_atFortyFivePercent_matchesSection8() {
        // 45 % = 24.23°: μ needed 0.64 facing uphill, 0.90 facing downhill.
        double theta = Math.atan(0.45);
        assertEquals(0.644, ParkingHold.adhesionNeeded(BUS, theta), 0.001);
        assertEquals(0.898, ParkingHold.adhesionNeeded(BUS, -theta), 0.001);
    }

    @Test
    void weakBrake_isLimitedByBrakeTorqueInBothDirections() {
        // 20 kN·m on r = 0.5 m gives 40 000 N: sin θ = 40 000 / 156 906.4 → 14.77°, below both adhesion limits.
        RigidVehicle weak = PhysicsFixtures.bus(20_000);
        for (Facing facing : new Facing[] {Facing.UPHILL, Facing.DOWNHILL}) {
            SlopeCapability capability = ParkingHold.capability(weak, facing, 0.8);
            assertEquals(Math.toDegrees(Math.asin(40_000 / 156_906.4)), capability.degrees(), 1e-6);
            assertEquals(LimitingFactor.BRAKE_TORQUE, capability.limitedBy());
        }
    }

    @Test
    void noParkingBrake_holdsOnlyOnTheLevel() {
        SlopeCapability capability = ParkingHold.capability(PhysicsFixtures.bus(0), Facing.UPHILL, 0.8);
        assertEquals(0.0, capability.radians());
        assertEquals(LimitingFactor.BRAKE_TORQUE, capability.limitedBy());
        assertTrue(ParkingHold.holds(PhysicsFixtures.bus(0), 0, 0.8));
        assertFalse(ParkingHold.holds(PhysicsFixtures.bus(0), 0.01, 0.8));
    }

    @Test
    void highAdhesionRearBrake_tipsOverBeforeSliding() {
        // Uphill, rear brake: L − μh ≤ 0 when μ ≥ 5.9/1.3 = 4.54, so with μ = 5 adhesion never limits.
        SlopeCapability capability = ParkingHold.capability(PhysicsFixtures.bus(1e7), Facing.UPHILL, 5);
        assertEquals(Math.atan2(2.36, 1.30), capability.radians(), EXACT);
        assertEquals(LimitingFactor.TIP_OVER, capability.limitedBy());
    }

    @Test
    void capabilityForBoth_isRefusedAsAPhysicsQuestion() {
        assertEquals("capability is per direction: give UPHILL or DOWNHILL", assertThrows(
                IllegalArgumentException.class, () -> ParkingHold.capability(BUS, Facing.BOTH, 0.8)).getMessage());
    }

    static Stream<Object[]> randomVehicles() {
        Random random = new Random(1313L);
        return IntStream.range(0, 150).mapToObj(index -> new Object[] {
                Selection.values()[index % 3], 0.2 + 1.0 * random.nextDouble(), random.nextLong()});
    }

    /** Closed forms of PHYSICS.md §3 for one braked group (or all wheels) with ample torque. */
    private static double closedForm(RigidVehicle vehicle, Selection braked, Facing facing, double mu) {
        double length = vehicle.wheelbaseM();
        double a = vehicle.centreOfGravityBehindFrontGroupM();
        double b = vehicle.centreOfGravityAheadOfRearGroupM();
        double h = vehicle.centreOfGravityHeightM();
        double sign = facing == Facing.UPHILL ? 1 : -1;
        double numerator;
        double denominator;
        switch (braked) {
            case REAR_GROUP -> {
                numerator = mu * a;
                denominator = length - sign * mu * h;
            }
            case FRONT_GROUP -> {
                numerator = mu * b;
                denominator = length + sign * mu * h;
            }
            default -> {
                numerator = mu;
                denominator = 1;
            }
        }
        double tip = vehicle.tipOverAngleRad(facing);
        return denominator <= 0 ? tip : Math.min(tip, Math.atan(numerator / denominator));
    }

    @ParameterizedTest(name = "seed 1313 #{index}: {0} braked, μ = {1}")
    @MethodSource("randomVehicles")
    void capability_withAmpleTorque_equalsTheClosedForm(Selection braked, double mu, long seed) {
        RigidVehicle vehicle = PhysicsFixtures.random(new Random(seed), braked, 1e9);
        for (Facing facing : new Facing[] {Facing.UPHILL, Facing.DOWNHILL}) {
            double expected = closedForm(vehicle, braked, facing, mu);
            SlopeCapability capability = ParkingHold.capability(vehicle, facing, mu);
            assertEquals(expected, capability.radians(), EXACT, facing.toString());
            LimitingFactor factor = expected >= vehicle.tipOverAngleRad(facing) ? LimitingFactor.TIP_OVER
                    : LimitingFactor.ADHESION;
            assertEquals(factor, capability.limitedBy(), facing.toString());
        }
    }

    @ParameterizedTest(name = "seed 1313 #{index}: {0} braked, μ = {1}")
    @MethodSource("randomVehicles")
    void capability_withSmallTorque_isSinThetaEqualsTorqueOverWeight(Selection braked, double mu, long seed) {
        // Torque small enough that it binds before grip: sin θ = Σ(T_i / r_s,i) / W.
        RigidVehicle vehicle = PhysicsFixtures.random(new Random(seed), braked, 1);
        double torqueForce = ParkingHold.brakeTorqueForceN(vehicle);
        SlopeCapability capability = ParkingHold.capability(vehicle, Facing.DOWNHILL, mu);
        assertEquals(Math.asin(torqueForce / vehicle.weightN()), capability.radians(), EXACT);
        assertEquals(LimitingFactor.BRAKE_TORQUE, capability.limitedBy());
    }

    @ParameterizedTest(name = "seed 1313 #{index}: {0} braked, μ = {1}")
    @MethodSource("randomVehicles")
    void capability_withAnyTorque_agreesWithAScanOfTheDefinition(Selection braked, double mu, long seed) {
        Random random = new Random(seed);
        RigidVehicle shape = PhysicsFixtures.random(random, braked, 1);
        // A torque that binds somewhere between 0 and the adhesion limit, so both regimes appear.
        double torque = shape.weightN() * 0.5 * random.nextDouble() * 0.5 / shape.axleCount();
        RigidVehicle vehicle = PhysicsFixtures.random(new Random(seed), braked, torque);
        for (Facing facing : new Facing[] {Facing.UPHILL, Facing.DOWNHILL}) {
            double solved = ParkingHold.capability(vehicle, facing, mu).radians();
            double sign = facing == Facing.UPHILL ? 1 : -1;
            // Independent: walk the definition "holds on every slope from 0" in steps of 0.002°.
            double step = Math.toRadians(0.002);
            double scanned = 0;
            while (scanned < Math.PI / 2 && ParkingHold.holds(vehicle, sign * (scanned + step), mu)) {
                scanned += step;
            }
            assertEquals(scanned, solved, step + 1e-9, facing.toString());
        }
    }

    @ParameterizedTest(name = "seed 1313 #{index}: {0} braked, μ = {1}")
    @MethodSource("randomVehicles")
    void mirroredVehicle_swapsUphillAndDownhill(Selection braked, double mu, long seed) {
        RigidVehicle vehicle = PhysicsFixtures.random(new Random(seed), braked, 1e9);
        // Mirror front to back: the rear group becomes the front one, a and b swap.
        RigidVehicle.Builder mirrored = RigidVehicle.builder().massKg(vehicle.massKg())
                .centreOfGravity(vehicle.centreOfGravityAheadOfRearGroupM(), vehicle.centreOfGravityHeightM());
        for (int axle = vehicle.axleCount() - 1; axle >= 0; axle--) {
            mirrored.axle(vehicle.isRearGroup(axle) ? 0 : vehicle.wheelbaseM(), !vehicle.isRearGroup(axle),
                    vehicle.groupShare(axle), vehicle.staticRadiusM(axle), vehicle.rollingRadiusM(axle),
                    vehicle.isDriven(axle), vehicle.brakeTorqueNm(axle));
        }
        RigidVehicle mirror = mirrored.build();
        assertEquals(ParkingHold.capability(vehicle, Facing.UPHILL, mu).radians(),
                ParkingHold.capability(mirror, Facing.DOWNHILL, mu).radians(), EXACT);
        assertEquals(ParkingHold.capability(vehicle, Facing.DOWNHILL, mu).radians(),
                ParkingHold.capability(mirror, Facing.UPHILL, mu).radians(), EXACT);
    }
}
