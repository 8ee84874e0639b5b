package io.github.chassisspec.requirements;

import static io.github.chassisspec.units.ChassisUnits.KILOGRAM;
import static io.github.chassisspec.units.ChassisUnits.METRE;
import static io.github.chassisspec.units.ChassisUnits.NEWTON_METRE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.AxleGroup;
import io.github.chassisspec.model.CentreOfGravity;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.LoadCase;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;

/**
 * Which remedies and headroom a failing or passing slope check offers on the 16 t bus of PHYSICS.md §8, reasoned from
 * what limits it, and that each one, applied to the spec, lands on the threshold: the answer passes and a value
 * 0.1 % short of it fails. InverseAnswersPropertyTest checks the answers it gets; this one also checks which come.
 */
class RemedyMutationTest {

    /** Bus laden: W = 16 000 · 9.80665 = 156 906 N, L = 5.9 m, a = 3.54 m, b = 2.36 m, h = 1.3 m, rear brake only. */
    private static ChassisSpec busWithRearBrake(double newtonMetres) {
        ChassisSpec bus = TestSpecs.bus();
        Axle rear = bus.axles().get(1);
        return bus.withAxles(List.of(bus.axles().get(0), new Axle(rear.name(), AxleGroup.REAR, rear.position(),
                rear.ratedLoad(), rear.track(), rear.tyres(), rear.steering(), rear.driven(),
                Quantities.getQuantity(newtonMetres, NEWTON_METRE))));
    }

    private static List<String> parameters(List<Change> changes) {
        return changes.stream().map(Change::parameter).toList();
    }

    @Test
    void parkingHold_brakeTorqueLimited_offersMoreTorqueOrLessMass() {
        // 20 kN·m at r = 0.5 m hold 40 kN: sin θ = 40 000 / 156 906, θ = 14.8° < 30 % (16.7°). The adhesion limit
        // facing uphill (tan θ = 0.7 · 3.54 / (5.9 − 0.7 · 1.3) = 0.497, 26.4°) is far: neither μ nor the height helps.
        ChassisSpec spec = busWithRearBrake(20_000);
        ParkingHoldRequirement requirement = ParkingHoldRequirement.of(Slope.ofPercent(30)).facing(Facing.UPHILL);
        assertChangesLandOnTheThreshold(spec, requirement, Verdict.FAIL, List.of("parkingBrakeTorque", "mass"));
    }

    @Test
    void parkingHold_adhesionLimited_offersMoreAdhesionOrALowerCentreOfGravity() {
        // Facing downhill the braked rear axle carries N_R = W (3.54 cos θ − 1.3 sin θ) / 5.9; μ N_R = W sin θ gives
        // tan θ = 0.7 · 3.54 / (5.9 + 0.7 · 1.3) = 0.364, 20.0°, short of 22° (tan 0.404), while 60 kN·m hold 50°.
        // A lower centre of gravity helps: 0.7 (3.54 − 0.404 h) / 5.9 ≥ 0.404 holds for h ≤ 0.33 m, inside the
        // searched 0.1 m; mass cancels out, and the torque is spare.
        ChassisSpec spec = busWithRearBrake(60_000);
        ParkingHoldRequirement requirement = ParkingHoldRequirement.of(Slope.ofDegrees(22)).facing(Facing.DOWNHILL);
        assertChangesLandOnTheThreshold(spec, requirement, Verdict.FAIL, List.of("adhesion", "centreOfGravityHeight"));
    }

    @Test
    void parkingHold_passingOnlyInAWindowOfHeights_offersTheNearEdgeOfTheWindow() {
        // Facing uphill the braked rear axle carries N_R = W (3.54 cos θ + h sin θ) / 5.9; μ N_R ≥ W sin θ at 30°, μ 0.7
        // needs h ≥ (5.9 − 0.7 · 3.54 / tan 30°) / 0.7 = (5.9 − 4.2920219) / 0.7 = 2.2971116 m. Above
        // h = 2.36 / tan 30° = 4.0877 m the vehicle tips over its rear wheels, so 5 m, the top of the search, fails too.
        ChassisSpec spec = busWithRearBrake(60_000);
        ParkingHoldRequirement requirement = ParkingHoldRequirement.of(Slope.ofDegrees(30)).facing(Facing.UPHILL);
        RequirementResult result = assertChangesLandOnTheThreshold(spec, requirement, Verdict.FAIL,
                List.of("adhesion", "centreOfGravityHeight"));
        Change height = result.remedies().get(1);
        double tangent = Math.tan(Math.toRadians(30));
        assertEquals((5.9 - 0.7 * 3.54 / tangent) / 0.7, height.targetSi(), 1e-9);
        assertEquals("2298 mm", height.target().text());
        assertEquals(Verdict.FAIL, evaluate(spec, requirement, "centreOfGravityHeight", 5.0));
    }

    @Test
    void parkingHold_passing_reportsMassAndAdhesionHeadroom() {
        // 20 kN·m hold 14.8° (see above), more than 20 % (11.3°): up to some heavier mass, down to some lower μ.
        ChassisSpec spec = busWithRearBrake(20_000);
        ParkingHoldRequirement requirement = ParkingHoldRequirement.of(Slope.ofPercent(20)).facing(Facing.UPHILL);
        assertChangesLandOnTheThreshold(spec, requirement, Verdict.PASS, List.of("mass", "adhesion"));
    }

    @Test
    void hillStart_engineLimited_offersTorqueRatiosOrLessMass() {
        // Gear 1: F = 800 N·m · 8.0 · 5.1 · 0.90 / 0.5 m = 58 752 N; sin θ + 0.01 cos θ = 58 752 / 156 906 gives 21.4°.
        // Traction on the driven rear axle holds to tan θ = (0.7 · 3.54 − 0.01 · 5.9) / (5.9 − 0.7 · 1.3) = 0.485,
        // 25.9°, so at 25° the engine side limits: more launch torque, a longer gear or final drive, or less mass help;
        // the clutch (1400 N·m) does not bind, and μ and the height do not change the engine force.
        ChassisSpec spec = TestSpecs.bus();
        HillStartRequirement requirement = HillStartRequirement.of(Slope.ofDegrees(25), 1);
        RequirementResult result = RequirementEvaluator.evaluate(spec, requirement, Assumptions.DEFAULTS);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(List.of("launchTorque", "gearRatio", "finalDrive", "mass"), parameters(result.remedies()));
    }

    /**
     * Evaluates the requirement, checks its verdict and the parameters "what would it take" names (remedies for a
     * failure, headroom for a pass), and that each change lands on the threshold.
     */
    private static RequirementResult assertChangesLandOnTheThreshold(ChassisSpec spec, SlopeRequirement requirement,
            Verdict verdict, List<String> parameters) {
        RequirementResult result = RequirementEvaluator.evaluate(spec, requirement, Assumptions.DEFAULTS);
        assertEquals(verdict, result.verdict());
        boolean remedy = verdict == Verdict.FAIL;
        List<Change> changes = remedy ? result.remedies() : result.headroom();
        assertEquals(parameters, parameters(changes));
        for (Change change : changes) {
            assertLandsOnTheThreshold(spec, requirement, change, remedy);
        }
        return result;
    }

    /** Applies the change to the spec (or μ): the answer passes; 0.1 % short of it, on the failing side, fails. */
    private static void assertLandsOnTheThreshold(ChassisSpec spec, SlopeRequirement requirement, Change change,
            boolean remedy) {
        double answer = change.targetSi();
        double current = switch (change.parameter()) {
            case "adhesion" -> Assumptions.DEFAULT_ADHESION;
            case "mass" -> SiValues.of(spec.loadCase("laden").mass());
            case "centreOfGravityHeight" -> SiValues.of(spec.loadCase("laden").centreOfGravity().height());
            case "parkingBrakeTorque" -> SiValues.of(spec.axles().get(1).parkingBrakeTorque());
            default -> throw new AssertionError("no way to apply " + change.parameter());
        };
        // A remedy lies beyond the current value and a headroom limit too; 0.1 % back towards the current value is
        // still inside for a headroom (passes) and still short for a remedy (fails).
        double shortOfIt = answer + (current - answer) * 0.001 / Math.abs((current - answer) / answer);
        assertEquals(Verdict.PASS, evaluate(spec, requirement, change.parameter(), remedy ? answer : shortOfIt),
                change.text());
        assertEquals(Verdict.FAIL, evaluate(spec, requirement, change.parameter(),
                remedy ? shortOfIt : answer + (answer - current) * 0.001 / Math.abs((answer - current) / answer)),
                change.text());
    }

    private static Verdict evaluate(ChassisSpec spec, SlopeRequirement requirement, String parameter, double value) {
        LoadCase laden = spec.loadCase("laden");
        ChassisSpec changed = switch (parameter) {
            case "adhesion" -> spec;
            case "mass" -> spec.withLoadCase("laden", LoadCase.of(Quantities.getQuantity(value, KILOGRAM),
                    laden.centreOfGravity()));
            case "centreOfGravityHeight" -> spec.withLoadCase("laden", LoadCase.of(laden.mass(),
                    CentreOfGravity.at(laden.centreOfGravity().position(), Quantities.getQuantity(value, METRE))));
            case "parkingBrakeTorque" -> busWithRearBrake(value);
            default -> throw new AssertionError("no way to apply " + parameter);
        };
        Assumptions assumptions = parameter.equals("adhesion") ? Assumptions.DEFAULTS.withAdhesion(value)
                : Assumptions.DEFAULTS;
        return RequirementEvaluator.evaluate(changed, requirement, assumptions).verdict();
    }
}
