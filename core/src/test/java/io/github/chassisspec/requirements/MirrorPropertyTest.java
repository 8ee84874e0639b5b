package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.RandomVehicles;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.report.DirectionResult;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.units.Slope;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A vehicle turned front to back ({@link RandomVehicles.Parameters#mirrored()}: axle positions x_n − x_i in reverse
 * order, the groups swapped, each axle with its own brake, rating and tyres, the centre of gravity at x_n − x_G and
 * the same height) stands on a slope facing uphill exactly as the original stands facing downhill: a and b swap, so
 * N_F'(−θ) = N_R(θ). The parking hold's uphill and downhill answers therefore swap, capability and limiting factor,
 * at every load case, whatever limits (torque, grip or tip-over). ParkingHoldTest checks this on the statics alone
 * with ample torque; this goes through the spec and the evaluator with the random vehicles' own brakes.
 */
class MirrorPropertyTest {

    /**
     * The mirror's group centres come out of x_n − x_i in double arithmetic, so a and b differ from the original's in
     * the last bits (1e-15 m); the capability moves by far less than 1e-9°.
     */
    private static final double ROUNDING_DEGREES = 1e-9;

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 300).mapToObj(index -> Arguments.of(52_000 + index));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void mirroredVehicle_swapsTheUphillAndDownhillHold(long seed) {
        Random random = new Random(seed);
        RandomVehicles.Parameters vehicle = RandomVehicles.parameters(seed);
        ChassisSpec original = RandomVehicles.build(vehicle);
        ChassisSpec mirror = RandomVehicles.build(vehicle.mirrored());
        Assumptions assumptions = Assumptions.DEFAULTS.withAdhesion(0.2 + 1.2 * random.nextDouble());
        for (String load : new String[] {ChassisSpec.LADEN, ChassisSpec.UNLADEN}) {
            ParkingHoldRequirement requirement = ParkingHoldRequirement.of(Slope.ofPercent(40 * random.nextDouble()))
                    .atLoad(load);
            RequirementResult forward = RequirementEvaluator.evaluate(original, requirement, assumptions);
            RequirementResult turned = RequirementEvaluator.evaluate(mirror, requirement, assumptions);
            assertSwapped(forward.directions().get(0), turned.directions().get(1), load);
            assertSwapped(forward.directions().get(1), turned.directions().get(0), load);
            assertEquals(forward.capability().value(), turned.capability().value(), ROUNDING_DEGREES, load);
        }
    }

    private static void assertSwapped(DirectionResult original, DirectionResult mirrored, String load) {
        String what = load + ", original facing " + original.facing().sheetName();
        assertEquals(original.facing() == Facing.UPHILL ? Facing.DOWNHILL : Facing.UPHILL, mirrored.facing(), what);
        assertEquals(original.capabilityDegrees(), mirrored.capabilityDegrees(), ROUNDING_DEGREES, what);
        assertEquals(original.limitedBy(), mirrored.limitedBy(), what);
        assertEquals(original.verdict(), mirrored.verdict(), what);
    }
}
