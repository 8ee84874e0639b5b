package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SheetFormat;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Depth#VERDICT_AND_CAPABILITY} gives the same answer as {@link Depth#FULL} for every check, passing and
 * failing, and leaves only "what would it take" out.
 */
class DepthTest {

    private static final ChassisSpec BUS = TestSpecs.fullBus();

    // Each check with a threshold the bus meets and one it misses; 45 ° brings the percent reading (and no single
    // change reaches it: downhill on μ 2, tan θ = 2·3.54/(5.90 + 2·1.30) = 0.83, 39.8°), 30 ° a failing hold with remedies.
    private static final String PROFILE = """
            { "format": "chassis-requirements/1", "name": "every check, met and missed",
              "assumptions": { "adhesion": 0.8, "rollingResistance": 0.010 },
              "requirements": [
                { "check": "parkingHold", "slope": "12 %", "facing": "both" },
                { "check": "parkingHold", "slope": "45 °", "facing": "both" },
                { "check": "parkingHold", "slope": "30 °", "facing": "both" },
                { "check": "hillStart", "slope": "5 %", "gear": 1 },
                { "check": "hillStart", "slope": "20 °", "gear": 2 },
                { "check": "axleLoads" },
                { "check": "axleLoads", "maxAxleLoad": "6 t" },
                { "check": "steerAxleShare", "minimumShare": 0.2 },
                { "check": "steerAxleShare", "minimumShare": 0.42 },
                { "check": "gradeability", "slope": "2 %", "speed": "20 km/h", "gear": 3 },
                { "check": "gradeability", "slope": "40 %", "speed": "20 km/h", "gear": 3 },
                { "check": "topSpeed", "speed": "60 km/h" },
                { "check": "topSpeed", "speed": "95 km/h" },
                { "check": "tiltStability", "angle": "20 °" },
                { "check": "tiltStability", "angle": "60 °" },
                { "check": "turningCircle", "maxOuterRadius": "30 m" },
                { "check": "turningCircle", "maxOuterRadius": "10 m" },
                { "check": "groundAngles", "approach": "3 °", "minGroundClearance": "100 mm" },
                { "check": "groundAngles", "approach": "40 °" },
                { "check": "frameStrength", "dynamicFactor": 1.0, "safetyFactor": 1.0 },
                { "check": "frameStrength", "dynamicFactor": 5.0, "safetyFactor": 5.0 },
                { "check": "electricalBalance", "reserve": 0.05 },
                { "check": "electricalBalance", "reserve": 0.9 },
                { "check": "powerToMass", "minimum": "5 kW/t" },
                { "check": "powerToMass", "minimum": "50 kW/t" }
              ] }
            """;

    private static final RequirementProfile EVERY_CHECK = new RequirementProfileReader()
            .readSheet(PROFILE, "every-check.json", SheetFormat.JSON).profile();

    @Test
    void verdictAndCapability_equalsTheFullAnswer_withoutWhatItWouldTake() {
        ComplianceReport full = RequirementEvaluator.evaluate(BUS, EVERY_CHECK, Depth.FULL);
        ComplianceReport quick = RequirementEvaluator.evaluate(BUS, EVERY_CHECK, Depth.VERDICT_AND_CAPABILITY);
        assertEquals(EVERY_CHECK.entries().size(), full.results().size());
        for (int index = 0; index < full.results().size(); index++) {
            assertEquals(withoutChanges(full.results().get(index)), quick.results().get(index), "requirement " + index);
            assertTrue(quick.results().get(index).remedies().isEmpty());
            assertTrue(quick.results().get(index).headroom().isEmpty());
        }
    }

    @Test
    void theProfile_coversEveryCheck_passingAndFailing_andTheFullAnswerSaysWhatItWouldTake() {
        // Guards the test above: it only means something if each check both passes and fails and has changes.
        List<RequirementResult> results = RequirementEvaluator.evaluate(BUS, EVERY_CHECK, Depth.FULL).results();
        Set<String> passing = checks(results, Verdict.PASS);
        Set<String> failing = checks(results, Verdict.FAIL);
        assertEquals(Set.copyOf(RequirementProfileReader.checks()), passing);
        assertEquals(Set.copyOf(RequirementProfileReader.checks()), failing);
        Set<String> withRemedies = results.stream().filter(result -> !result.remedies().isEmpty())
                .map(RequirementResult::check).collect(Collectors.toSet());
        Set<String> withHeadroom = results.stream().filter(result -> !result.headroom().isEmpty())
                .map(RequirementResult::check).collect(Collectors.toSet());
        assertEquals(failing, withRemedies);
        // Turning circle and ground angles say how far a passing figure may go only through their margins.
        assertEquals(Set.of("parkingHold", "hillStart", "axleLoads", "gradeability", "tiltStability", "frameStrength",
                "electricalBalance", "powerToMass"), withHeadroom);
        assertTrue(results.get(1).ifPercentWasMeant() != null, "45 ° is read as a percent too");
    }

    @Test
    void theDefault_isTheFullAnswer() {
        assertEquals(RequirementEvaluator.evaluate(BUS, EVERY_CHECK, Depth.FULL), RequirementEvaluator.evaluate(BUS,
                EVERY_CHECK));
    }

    private static Set<String> checks(List<RequirementResult> results, Verdict verdict) {
        return results.stream().filter(result -> result.verdict() == verdict).map(RequirementResult::check)
                .collect(Collectors.toSet());
    }

    private static RequirementResult withoutChanges(RequirementResult result) {
        return new RequirementResult(result.check(), result.label(), result.source(), result.load(), result.facing(),
                result.governingFacing(), result.gear(), result.range(), result.verdict(), result.comparison(),
                result.required(), result.requiredSlope(), result.capability(), result.margin(), result.limitedBy(),
                result.assumptions(), result.details(), result.directions(), result.messagePhrase(),
                result.warningPhrases(), result.ifPercentWasMeant() == null ? null
                : withoutChanges(result.ifPercentWasMeant()), List.of(), List.of());
    }
}
