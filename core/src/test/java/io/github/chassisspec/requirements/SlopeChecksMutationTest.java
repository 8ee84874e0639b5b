package io.github.chassisspec.requirements;

import static io.github.chassisspec.units.ChassisUnits.NEWTON_METRE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.Clutch;
import io.github.chassisspec.model.Engine;
import io.github.chassisspec.model.Gearbox;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.Slope;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;

/**
 * The hill start's remedies with their figures on the 16 t bus of PHYSICS.md §8, from hand calculations: W = 16 000 ·
 * 9.80665 = 156 906 N, L = 5.9 m, a = 3.54 m, h = 1.3 m, rear axle driven, r = 0.5 m, η = 0.9, i_0 = 5.1, first gear
 * 8.0, launch torque 800 N·m, clutch 1400 N·m, f_r 0.01.
 */
class SlopeChecksMutationTest {

    /** The bus with another launch torque, first-gear ratio and final drive. */
    private static ChassisSpec bus(double launchTorque, double firstGear, double finalDrive) {
        ChassisSpec bus = TestSpecs.bus();
        Powertrain powertrain = bus.powertrain();
        Engine engine = new Engine(Quantities.getQuantity(Math.max(1000, launchTorque), NEWTON_METRE),
                Quantities.getQuantity(launchTorque, NEWTON_METRE), null, null, List.of());
        return bus.withPowertrain(new Powertrain(engine, null, new Clutch(Quantities.getQuantity(1400, NEWTON_METRE)),
                Gearbox.of(firstGear, 5.0, 3.1, 2.0, 1.35, 1.0), null, finalDrive, powertrain.efficiency()));
    }

    private static Verdict startsOnTwentyFive(ChassisSpec spec) {
        return RequirementEvaluator.evaluate(spec, HillStartRequirement.of(Slope.ofDegrees(25), 1),
                Assumptions.DEFAULTS).verdict();
    }

    @Test
    void engineLimitedStart_remediesWithTheirFigures_eachLandingOnTheSlope() {
        // 25°: W·(sin 25° + 0.01·cos 25°) = 156 906 · 0.431681 = 67 733.6 N. The engine gives 800·8·5.1·0.9/0.5
        // = 58 752 N (21.42°); the traction limit is 25.9°. So T ≥ 67 733.6/73.44 = 922.30 N·m, i_1 ≥ 67 733.6/7344
        // = 9.22298, i_0 ≥ 67 733.6/11 520 = 5.87965, or m ≤ 58 752/(9.80665 · 0.431681) = 13 878.38 kg.
        RequirementResult result = RequirementEvaluator.evaluate(TestSpecs.bus(),
                HillStartRequirement.of(Slope.ofDegrees(25), 1), Assumptions.DEFAULTS);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(LimitingFactor.ENGINE, result.limitedBy());
        assertEquals("the laden vehicle starts facing uphill in gear 1 up to 21.4° (39.2 %); 25° (46.6 %) required",
                result.message());
        assertEquals("800 N·m", String.valueOf(result.details().get("inputTorque")));
        assertEquals("1400 N·m", String.valueOf(result.details().get("clutchCapacity")));
        assertEquals("40.800", String.valueOf(result.details().get("overallRatio")));
        assertEquals("58752 N", String.valueOf(result.details().get("engineForce")));
        assertEquals("67734 N", String.valueOf(result.details().get("requiredForce")));
        assertEquals("powertrain.engine.launchTorque", result.assumptions().get("launchTorqueFrom"));
        List<Change> remedies = result.remedies();
        assertEquals(List.of("launchTorque", "gearRatio", "finalDrive", "mass"),
                remedies.stream().map(Change::parameter).toList());
        Change torque = remedies.get(0);
        assertEquals("powertrain.engine.launchTorque", torque.path());
        assertEquals(922.2980, torque.targetSi(), 1e-3);
        assertEquals("launch torque at least 922.3 N·m (now 800 N·m)", torque.text());
        Change gear = remedies.get(1);
        assertEquals("powertrain.gearbox.ratios[0]", gear.path());
        assertEquals(9.222980, gear.targetSi(), 1e-5);
        assertEquals("ratio of gear 1 at least 9.223 (now 8)", gear.text());
        Change finalDrive = remedies.get(2);
        assertEquals("powertrain.finalDrive", finalDrive.path());
        assertEquals(5.879650, finalDrive.targetSi(), 1e-5);
        assertEquals("final drive ratio at least 5.88 (now 5.1)", finalDrive.text());
        Change mass = remedies.get(3);
        assertEquals(13_878.378, mass.targetSi(), 1e-3);
        assertEquals("mass of the laden load case at most 13878 kg (now 16000 kg)", mass.text());
        // Applied back: each answer starts on 25°, 0.1 % short of it does not.
        assertEquals(Verdict.PASS, startsOnTwentyFive(bus(torque.targetSi(), 8, 5.1)));
        assertEquals(Verdict.FAIL, startsOnTwentyFive(bus(torque.targetSi() * 0.999, 8, 5.1)));
        assertEquals(Verdict.PASS, startsOnTwentyFive(bus(800, gear.targetSi(), 5.1)));
        assertEquals(Verdict.FAIL, startsOnTwentyFive(bus(800, gear.targetSi() * 0.999, 5.1)));
        assertEquals(Verdict.PASS, startsOnTwentyFive(bus(800, 8, finalDrive.targetSi())));
        assertEquals(Verdict.FAIL, startsOnTwentyFive(bus(800, 8, finalDrive.targetSi() * 0.999)));
    }

    @Test
    void tractionLimitedStart_offersAdhesionOrAHigherCentreOfGravity() {
        // μ 0.4: traction holds to tan θ = (0.4·3.54 − 0.01·5.9)/(5.9 − 0.4·1.3) = 0.25223, 14.16° < 15°; the engine
        // (21.4°) is spare, and mass cancels out. Facing uphill the rear carries W(a cos θ + h sin θ)/L, so with
        // t = tan 15° = 0.267949: μ ≥ 5.9·(t + 0.01)/(3.54 + 1.3·t) = 0.421749, or
        // h ≥ (5.9·(t + 0.01) − 0.4·3.54)/(0.4·t) = 2.089018 m, shown 2090 mm (ceiling) (a lower centre of gravity only makes it worse).
        HillStartRequirement requirement = HillStartRequirement.of(Slope.ofDegrees(15), 1).withAdhesion(0.4);
        RequirementResult result = RequirementEvaluator.evaluate(TestSpecs.bus(), requirement, Assumptions.DEFAULTS);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(LimitingFactor.TRACTION, result.limitedBy());
        assertEquals(List.of("adhesion", "centreOfGravityHeight"),
                result.remedies().stream().map(Change::parameter).toList());
        Change adhesion = result.remedies().get(0);
        assertEquals("assumptions.adhesion", adhesion.path());
        assertEquals(0.421749, adhesion.targetSi(), 1e-6);
        assertEquals("adhesion μ at least 0.43 (assumed 0.4)", adhesion.text());
        Change height = result.remedies().get(1);
        assertEquals("loadCases.laden.centreOfGravity.height", height.path());
        assertEquals(2.089018, height.targetSi(), 1e-6);
        assertEquals("centre of gravity height of the laden load case at least 2090 mm (now 1300 mm)", height.text());
        ChassisSpec higher = TestSpecs.bus().withLoadCase(ChassisSpec.LADEN, TestSpecs.loadCase(16_000, 3540,
                height.targetSi() * 1000));
        assertEquals(Verdict.PASS, RequirementEvaluator.evaluate(higher, requirement, Assumptions.DEFAULTS).verdict());
        ChassisSpec short1 = TestSpecs.bus().withLoadCase(ChassisSpec.LADEN, TestSpecs.loadCase(16_000, 3540,
                height.targetSi() * 999));
        assertEquals(Verdict.FAIL, RequirementEvaluator.evaluate(short1, requirement, Assumptions.DEFAULTS).verdict());
        assertEquals(Verdict.PASS, RequirementEvaluator.evaluate(TestSpecs.bus(), requirement.withAdhesion(
                adhesion.targetSi()), Assumptions.DEFAULTS).verdict());
        assertEquals(Verdict.FAIL, RequirementEvaluator.evaluate(TestSpecs.bus(), requirement.withAdhesion(
                adhesion.targetSi() * 0.999), Assumptions.DEFAULTS).verdict());
    }

    @Test
    void clutchLimitedStart_offersTheClutchCapacityAndRatios_notTheLaunchTorque() {
        // Launch torque 1600 N·m through the 1400 N·m clutch: 1400·73.44 = 102 816 N, asin(0.655270/√1.0001) − atan 0.01
        // = 40.36°. With μ 1.5 traction holds to atan((1.5·3.54 − 0.059)/(5.9 − 1.95)) = 53.0° and tip-over to
        // atan(2.36/1.3) = 61.2°: the clutch binds. 42° needs 156 906·(sin 42° + 0.01·cos 42°) = 106 156.9 N: a clutch
        // of 106 156.9/73.44 = 1445.49 N·m, i_1 ≥ 106 156.9/(1400·9.18) = 8.25995, i_0 ≥ 106 156.9/20 160 = 5.26572,
        // or m ≤ 102 816/(9.80665·0.676562) = 15 496.46 kg; more launch torque, μ or height do nothing.
        HillStartRequirement requirement = HillStartRequirement.of(Slope.ofDegrees(42), 1).withAdhesion(1.5);
        RequirementResult result = RequirementEvaluator.evaluate(bus(1600, 8, 5.1), requirement, Assumptions.DEFAULTS);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(LimitingFactor.CLUTCH, result.limitedBy());
        assertEquals("1400 N·m", String.valueOf(result.details().get("inputTorque")));
        assertEquals(List.of("clutchCapacity", "gearRatio", "finalDrive", "mass"),
                result.remedies().stream().map(Change::parameter).toList());
        Change clutch = result.remedies().get(0);
        assertEquals("powertrain.clutch.torqueCapacity", clutch.path());
        assertEquals(1445.4918, clutch.targetSi(), 1e-3);
        assertEquals("clutch capacity at least 1445.5 N·m (now 1400 N·m)", clutch.text());
        assertEquals("ratio of gear 1 at least 8.26 (now 8)", result.remedies().get(1).text());
        assertEquals(8.259953, result.remedies().get(1).targetSi(), 1e-5);
        assertEquals("final drive ratio at least 5.266 (now 5.1)", result.remedies().get(2).text());
        assertEquals("mass of the laden load case at most 15496 kg (now 16000 kg)", result.remedies().get(3).text());
    }

    @Test
    void downhillParking_adhesionLimited_offersAdhesionOrALowerCentreOfGravity_withTheirFigures() {
        // Facing downhill only the rear is braked: μ·W(a cos θ − h sin θ)/L = W sin θ, so tan θ = μa/(L + μh)
        // = 2.478/6.81 = 0.36388, 19.995° < 22°. With t = tan 22° = 0.404026: μ ≥ L·t/(a − h·t) = 0.790693, or
        // h ≤ (μa − L·t)/(μ·t) = (2.478 − 2.383754)/0.282818 = 0.333236 m (shown 333 mm, floor).
        ParkingHoldRequirement requirement = ParkingHoldRequirement.of(Slope.ofDegrees(22))
                .facing(io.github.chassisspec.physics.Facing.DOWNHILL);
        RequirementResult result = RequirementEvaluator.evaluate(TestSpecs.bus(), requirement, Assumptions.DEFAULTS);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(19.9953, result.capability().value(), 1e-4);
        assertEquals("parking brake holds the laden vehicle facing downhill up to 20.0° (36.4 %); 22° (40.4 %) required",
                result.message());
        Change adhesion = result.remedies().get(0);
        assertEquals(0.790693, adhesion.targetSi(), 1e-6);
        assertEquals("adhesion μ at least 0.8 (assumed 0.7)", adhesion.text());
        Change height = result.remedies().get(1);
        assertEquals(0.333236, height.targetSi(), 1e-6);
        assertEquals("centre of gravity height of the laden load case at most 333 mm (now 1300 mm)", height.text());
    }

    /** The bus with parking brakes of these torques on the front and rear axles (0 for none). */
    private static ChassisSpec busWithBrakes(double frontNewtonMetres, double rearNewtonMetres) {
        ChassisSpec bus = TestSpecs.bus();
        java.util.List<io.github.chassisspec.model.Axle> axles = new java.util.ArrayList<>();
        double[] torques = {frontNewtonMetres, rearNewtonMetres};
        for (int index = 0; index < 2; index++) {
            io.github.chassisspec.model.Axle axle = bus.axles().get(index);
            axles.add(new io.github.chassisspec.model.Axle(axle.name(), axle.group(), axle.position(), axle.ratedLoad(),
                    axle.track(), axle.tyres(), axle.steering(), axle.driven(), torques[index] == 0 ? null
                    : Quantities.getQuantity(torques[index], NEWTON_METRE)));
        }
        return bus.withAxles(axles);
    }

    @Test
    void uphillParking_brakeLimited_namesTheOneBrakedAxle_withItsTorque() {
        // 20 kN·m at r = 0.5 m hold 40 kN; 30 %: W·sin(atan 0.3) = 156 906·0.287348 = 45 086.7 N, a torque of
        // 22 543.4 N·m (shown 22.55 kN·m, ceiling), or m ≤ 40 000/(9.80665·0.287348) = 14 194.87 kg. μ needed with the
        // rear alone braked: tan θ·L/(a + h·tan θ) = 1.77/3.93 = 0.45.
        ParkingHoldRequirement requirement = ParkingHoldRequirement.of(Slope.ofPercent(30));
        RequirementResult result = RequirementEvaluator.evaluate(busWithBrakes(0, 20_000), requirement,
                Assumptions.DEFAULTS);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals("45087 N", String.valueOf(result.details().get("brakingForceNeeded")));
        assertEquals("40000 N", String.valueOf(result.details().get("brakingForceTorqueLimit")));
        assertEquals("0.45", String.valueOf(result.details().get("adhesionNeeded")));
        Change torque = result.remedies().get(0);
        assertEquals("axles[1].parkingBrakeTorque", torque.path());
        assertEquals(22_543.36, torque.targetSi(), 0.01);
        assertEquals("parking brake torque of axles[1] (rear) at least 22.55 kN·m (now 20 kN·m)", torque.text());
        Change mass = result.remedies().get(1);
        assertEquals(14_194.87, mass.targetSi(), 0.01);
        assertEquals("mass of the laden load case at most 14194 kg (now 16000 kg)", mass.text());
    }

    @Test
    void parkingWithSeveralBrakes_raisesThemInProportion() {
        // 20 kN·m on each axle; 60 %: 156 906·sin(atan 0.6) = 80 727.7 N. Facing uphill the front carries
        // W(2.36·cos θ − 1.3·sin θ)/5.9, where μ 0.7 lets it brake only 25 221.7 N, so the rear must give 55 506.0 N:
        // a factor 55 506.0/40 000 = 1.38765 on both torques, in total 55 505.98 N·m (shown 55.51 kN·m). Facing
        // downhill both axles stay below their adhesion at the factor 80 727.7/80 000.
        RequirementResult result = RequirementEvaluator.evaluate(busWithBrakes(20_000, 20_000),
                ParkingHoldRequirement.of(Slope.ofPercent(60)), Assumptions.DEFAULTS);
        assertEquals(Verdict.FAIL, result.verdict());
        Change torque = result.remedies().get(0);
        assertEquals("axles[].parkingBrakeTorque", torque.path());
        assertEquals(55_505.98, torque.targetSi(), 0.01);
        assertEquals("parking brake torques, raised in proportion, in total at least 55.51 kN·m (now 40 kN·m)",
                torque.text());
    }

    @Test
    void parkingWithoutAnyBrake_warns_andNeedsNoAdhesionFigure() {
        RequirementResult result = RequirementEvaluator.evaluate(busWithBrakes(0, 0),
                ParkingHoldRequirement.of(Slope.ofPercent(10)), Assumptions.DEFAULTS);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals("no axle has a parking brake (axles[].parkingBrakeTorque), so the vehicle holds on level ground only",
                result.warnings().get(0));
        assertEquals("no braked axle carries load", String.valueOf(result.details().get("adhesionNeeded")));
    }
}
