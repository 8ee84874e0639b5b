package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.units.Slope;
import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/**
 * The evaluator reuses the SI numbers of the last spec and load case a thread evaluated; these tests fail if it
 * reused them for another spec or another load case.
 */
class VehicleCaseReuseTest {

    private static final Assumptions ASSUMPTIONS = new Assumptions(0.8, 0.010, null);
    private static final ParkingHoldRequirement LADEN = ParkingHoldRequirement.of(Slope.ofPercent(18));
    private static final ParkingHoldRequirement UNLADEN = LADEN.atLoad(ChassisSpec.UNLADEN);

    private static double capability(ChassisSpec spec, ParkingHoldRequirement requirement) {
        RequirementResult result = RequirementEvaluator.evaluate(spec, requirement, ASSUMPTIONS,
                Depth.VERDICT_AND_CAPABILITY);
        return result.capability().value();
    }

    private static ChassisSpec weakerBrake() {
        return TestSpecs.fullBusWith("\"parkingBrakeTorque\": \"60 kN·m\"", "\"parkingBrakeTorque\": \"6 kN·m\"");
    }

    @Test
    void anotherSpec_withTheSameLoadCaseName_getsItsOwnNumbers() {
        ChassisSpec bus = TestSpecs.fullBus();
        ChassisSpec weakerBrake = weakerBrake();
        double busFirst = capability(bus, LADEN);
        double weakerAfterBus = capability(weakerBrake, LADEN);
        double busAfterWeaker = capability(bus, LADEN);

        // 6 kN·m on a 0.5 m tyre is 12 kN against 157 kN of weight: sin θ ≤ 0.077, θ ≤ 4.4°, far below the bus.
        assertEquals(Math.toDegrees(Math.asin(6000 / 0.5 / (16000 * 9.80665))), weakerAfterBus, 1e-9);
        assertNotEquals(busFirst, weakerAfterBus);
        assertEquals(busFirst, busAfterWeaker);
        assertEquals(capability(weakerBrake(), LADEN), weakerAfterBus);
    }

    @Test
    void theLastSpec_isNotKeptAliveByTheThread() throws InterruptedException {
        // A pooled thread that kept its last spec would keep this library's class loader after a redeployment.
        ChassisSpec bus = weakerBrake();
        capability(bus, LADEN);
        WeakReference<ChassisSpec> evaluated = new WeakReference<>(bus);
        bus = null;
        for (int attempt = 0; attempt < 20 && evaluated.get() != null; attempt++) {
            System.gc();
            Thread.sleep(10);
        }
        assertTrue(evaluated.get() == null, "the thread still holds the last spec it evaluated");
    }

    @Test
    void theSameSpec_atAnotherLoadCase_getsThatLoadCasesNumbers() {
        ChassisSpec bus = TestSpecs.fullBus();
        double ladenFirst = capability(bus, LADEN);
        double unladen = capability(bus, UNLADEN);
        double ladenAgain = capability(bus, LADEN);

        assertNotEquals(ladenFirst, unladen);
        assertEquals(ladenFirst, ladenAgain);
        assertEquals(capability(TestSpecs.fullBus(), UNLADEN), unladen);
    }
}
