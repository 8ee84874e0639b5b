package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.units.Slope;
import org.junit.jupiter.api.Test;

class UnitInvarianceTest {

    @Test
    void capability_doesNotDependOnTheUnitsTheSheetWasWrittenIn() {
        SpecSheetReader reader = new SpecSheetReader();
        ChassisSpec metric = reader.read(TestSpecs.MINIMAL_JSON, "metric.json");
        // The same vehicle in metres, tonnes, centimetres, inches and pound-force feet:
        // 500 mm = 19.685039370078740 in exactly (÷ 25.4); 60 kN·m = 44 253.728 96 lbf·ft (÷ 1.355 817 948 331 4).
        ChassisSpec imperial = reader.read(TestSpecs.MINIMAL_JSON
                .replace("\"5900 mm\"", "\"5.9 m\"").replace("\"7100 kg\"", "\"7.1 t\"")
                .replace("\"500 mm\"", "\"19.68503937007874 in\"").replace("\"3540 mm\"", "\"354 cm\"")
                .replace("\"1300 mm\"", "\"1.3 m\"").replace("\"60 kN·m\"", "\"44253.72896000 lbf·ft\""), "mixed.json");
        for (Requirement requirement : new Requirement[] {ParkingHoldRequirement.of(Slope.ofPercent(18)),
                ParkingHoldRequirement.of(Slope.ofDegrees(20)).atLoad("laden")}) {
            RequirementResult inMetric = RequirementEvaluator.evaluate(metric, requirement, Assumptions.DEFAULTS);
            RequirementResult inMixed = RequirementEvaluator.evaluate(imperial, requirement, Assumptions.DEFAULTS);
            assertEquals(inMetric.capability().value(), inMixed.capability().value(), 1e-9);
            assertEquals(inMetric.limitedBy(), inMixed.limitedBy());
        }
    }
}
