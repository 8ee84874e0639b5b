package io.github.chassisspec.physics;

import static io.github.chassisspec.physics.PhysicsFixtures.EXACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.physics.PhysicsFixtures.Selection;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The higher the centre of gravity, the smaller every tip-over angle: longitudinally tan θ = b/h facing uphill and
 * a/h facing downhill (PHYSICS.md §2), sideways tan θ = t/(2h) (§6), and the slope capabilities that tip-over
 * bounds. Strictly: b, a and t are positive and the height grows by at least 1 %, which moves the angles far more
 * than rounding.
 */
class TipOverPropertyTest {

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 400).mapToObj(index -> Arguments.of(88_000 + index));
    }

    /**
     * {@code vehicle} with another CoG height and nothing else changed. Only the group centres enter the statics
     * (loads are shared inside a group by rating), so every front-group axle stands at 0 and every rear one at L,
     * each with its group share as its rating.
     */
    private static RigidVehicle rebuiltWithHeight(RigidVehicle vehicle, double heightM) {
        RigidVehicle.Builder builder = RigidVehicle.builder().massKg(vehicle.massKg())
                .centreOfGravity(vehicle.centreOfGravityBehindFrontGroupM(), heightM);
        for (int axle = 0; axle < vehicle.axleCount(); axle++) {
            builder.axle(vehicle.isRearGroup(axle) ? vehicle.wheelbaseM() : 0, vehicle.isRearGroup(axle),
                    vehicle.groupShare(axle), vehicle.staticRadiusM(axle), vehicle.rollingRadiusM(axle),
                    vehicle.isDriven(axle), vehicle.brakeTorqueNm(axle));
        }
        return builder.build();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void tipOverAngles_fallAsTheCentreOfGravityRises(long seed) {
        Random random = new Random(seed);
        RigidVehicle vehicle = PhysicsFixtures.random(new Random(seed), Selection.ALL, 1e9);
        double low = vehicle.centreOfGravityHeightM();
        double high = low * (1.01 + random.nextDouble());
        RigidVehicle lower = rebuiltWithHeight(vehicle, low);
        RigidVehicle higher = rebuiltWithHeight(vehicle, high);
        for (Facing facing : new Facing[] {Facing.UPHILL, Facing.DOWNHILL}) {
            double arm = facing == Facing.UPHILL ? vehicle.centreOfGravityAheadOfRearGroupM()
                    : vehicle.centreOfGravityBehindFrontGroupM();
            assertEquals(Math.atan(arm / low), lower.tipOverAngleRad(facing), EXACT, facing.toString());
            assertEquals(Math.atan(arm / high), higher.tipOverAngleRad(facing), EXACT, facing.toString());
            assertTrue(higher.tipOverAngleRad(facing) < lower.tipOverAngleRad(facing), facing.toString());
            // Every wheel braked with ample torque and μ = 100 (tan θ = μ, 89.4°): only tipping over limits the hold.
            SlopeCapability before = ParkingHold.capability(lower, facing, 100);
            SlopeCapability after = ParkingHold.capability(higher, facing, 100);
            assertEquals(LimitingFactor.TIP_OVER, after.limitedBy(), facing.toString());
            assertEquals(higher.tipOverAngleRad(facing), after.radians(), EXACT, facing.toString());
            assertTrue(after.radians() < before.radians(), facing.toString());
        }
        // A hill start with every axle driven, a drive force of 10·W and μ = 100 also ends where it tips.
        Launch strong = new Launch(1e9, Double.POSITIVE_INFINITY, false, 1, 1, 1e9 / (10 * vehicle.weightN()));
        SlopeCapability start = Startability.capability(higher, strong, 100, 0.01, 0);
        assertEquals(LimitingFactor.TIP_OVER, start.limitedBy());
        assertTrue(start.radians() < Startability.capability(lower, strong, 100, 0.01, 0).radians());
        // Sideways: tan θ = t/(2h) on a tilt table.
        double track = 1.6 + 0.6 * random.nextDouble();
        assertEquals(Math.atan(track / (2 * high)), LateralStability.tiltAngleRad(track, high), EXACT);
        assertTrue(LateralStability.tiltAngleRad(track, high) < LateralStability.tiltAngleRad(track, low));
    }
}
