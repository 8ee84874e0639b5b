package io.github.chassisspec.requirements;

import static io.github.chassisspec.units.ChassisUnits.KILOGRAM;
import static io.github.chassisspec.units.ChassisUnits.METRE;
import static io.github.chassisspec.units.ChassisUnits.NEWTON_METRE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.AxleGroup;
import io.github.chassisspec.model.CentreOfGravity;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.Clutch;
import io.github.chassisspec.model.Engine;
import io.github.chassisspec.model.Gearbox;
import io.github.chassisspec.model.LoadCase;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.Tyres;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.units.indriya.quantity.Quantities;

/**
 * "What would it take" and headroom answers, applied to the spec itself (not to the evaluator's internals) and
 * evaluated again, must land on the threshold: the capability equals the requirement within 1e-6°.
 */
class InverseAnswersPropertyTest {

    private static final double ON_THE_THRESHOLD_DEGREES = 1e-6;

    /** A random two- to four-axle vehicle with brakes and drive on random axles. */
    static ChassisSpec randomSpec(Random random) {
        int frontAxles = 1 + random.nextInt(2);
        int rearAxles = 1 + random.nextInt(2);
        List<Axle> axles = new ArrayList<>();
        double position = 0;
        boolean anyBrake = false;
        boolean anyDriven = false;
        for (int index = 0; index < frontAxles + rearAxles; index++) {
            boolean rear = index >= frontAxles;
            if (index > 0) {
                position += rear && index == frontAxles ? 3 + 3 * random.nextDouble() : 1.3 + 0.2 * random.nextDouble();
            }
            boolean brake = random.nextDouble() < 0.6 || index == frontAxles + rearAxles - 1 && !anyBrake;
            boolean driven = rear && (random.nextBoolean() || !anyDriven && index == frontAxles + rearAxles - 1);
            anyBrake |= brake;
            anyDriven |= driven;
            double radius = 0.4 + 0.15 * random.nextDouble();
            axles.add(new Axle(null, rear ? AxleGroup.REAR : AxleGroup.FRONT, Quantities.getQuantity(position, METRE),
                    Quantities.getQuantity(5000 + 6000 * random.nextDouble(), KILOGRAM), null,
                    new Tyres(null, null, null, Quantities.getQuantity(radius, METRE)), null, driven,
                    brake ? Quantities.getQuantity(5000 + 40_000 * random.nextDouble(), NEWTON_METRE) : null));
        }
        double frontEnd = frontAxles == 1 ? 0 : axles.get(1).position().getValue().doubleValue() / 2;
        double rearStart = SiValues.of(axles.get(frontAxles).position());
        double xG = frontEnd + (rearStart - frontEnd) * (0.3 + 0.5 * random.nextDouble());
        Engine engine = new Engine(Quantities.getQuantity(2000, NEWTON_METRE),
                Quantities.getQuantity(400 + 1200 * random.nextDouble(), NEWTON_METRE), null, null, null);
        Powertrain powertrain = new Powertrain(engine, null, new Clutch(Quantities.getQuantity(
                500 + 1500 * random.nextDouble(), NEWTON_METRE)), Gearbox.of(6 + 4 * random.nextDouble(), 4.0), null,
                3 + 3 * random.nextDouble(), 0.85 + 0.1 * random.nextDouble());
        return ChassisSpec.builder().id("RANDOM").axles(axles)
                .loadCase("laden", LoadCase.of(Quantities.getQuantity(8000 + 20_000 * random.nextDouble(), KILOGRAM),
                        CentreOfGravity.at(Quantities.getQuantity(xG, METRE),
                                Quantities.getQuantity(0.8 + 1.2 * random.nextDouble(), METRE))))
                .powertrain(powertrain).build();
    }

    static Stream<Arguments> cases() {
        Random random = new Random(9_1_2026L);
        return IntStream.range(0, 120).mapToObj(index -> Arguments.of(index % 2 == 0 ? "parkingHold" : "hillStart",
                random.nextBoolean(), random.nextLong()));
    }

    @ParameterizedTest(name = "seed 912026 #{index}: {0}, failing {1}")
    @MethodSource("cases")
    void everyAnswer_fedBackIntoTheSpec_landsOnTheThreshold(String check, boolean failing, long seed) {
        Random random = new Random(seed);
        ChassisSpec spec = randomSpec(random);
        double adhesion = 0.4 + 0.5 * random.nextDouble();
        Assumptions assumptions = Assumptions.DEFAULTS.withAdhesion(adhesion);
        SlopeRequirement probe = check.equals("parkingHold")
                ? ParkingHoldRequirement.of(Slope.LEVEL).facing(Facing.values()[random.nextInt(3)])
                : HillStartRequirement.of(Slope.LEVEL, 1 + random.nextInt(2));
        double capability = RequirementEvaluator.evaluate(spec, probe, assumptions).capability().value();
        double requiredDegrees = Math.max(0.5, failing ? capability + 0.5 + 5 * random.nextDouble()
                : capability - 0.5 - 5 * random.nextDouble());
        if (requiredDegrees >= 89) {
            return;
        }
        SlopeRequirement requirement = probe.onSlope(Slope.ofDegrees(requiredDegrees));
        RequirementResult result = RequirementEvaluator.evaluate(spec, requirement, assumptions);
        List<Change> answers = result.verdict() == Verdict.FAIL ? result.remedies() : result.headroom();
        for (Change change : answers) {
            ChassisSpec changedSpec = apply(spec, change);
            Assumptions changedAssumptions = change.parameter().equals("adhesion")
                    ? assumptions.withAdhesion(change.targetSi()) : assumptions;
            RequirementResult again = RequirementEvaluator.evaluate(changedSpec, requirement, changedAssumptions);
            assertEquals(requiredDegrees, again.capability().value(), ON_THE_THRESHOLD_DEGREES, change.text());
            if (result.verdict() == Verdict.FAIL) {
                assertEquals(Verdict.PASS, again.verdict(), change.text());
            }
        }
        if (result.verdict() == Verdict.FAIL) {
            assertTrue(result.remedies().stream().noneMatch(change -> change.parameter().equals("parkingBrakeTorque"))
                    || spec.axles().stream().anyMatch(Axle::hasParkingBrake));
        }
    }

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 200).mapToObj(index -> Arguments.of(96_000 + index));
    }

    /**
     * The answers as a reader sees them: the reported target, rounded to the safe side (a torque or ratio up, a mass
     * down, a height away from the threshold), passes when applied; a change 0.1 % short of the unrounded target, or
     * for headroom 0.1 % beyond it, fails. Together: the answer is the threshold, not merely some value that passes.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void roundedAnswer_passes_andASlightlySmallerChangeFails(long seed) {
        Random random = new Random(seed);
        ChassisSpec spec = randomSpec(random);
        Assumptions assumptions = Assumptions.DEFAULTS.withAdhesion(0.4 + 0.5 * random.nextDouble());
        boolean failing = random.nextBoolean();
        SlopeRequirement probe = random.nextBoolean()
                ? ParkingHoldRequirement.of(Slope.LEVEL).facing(Facing.values()[random.nextInt(3)])
                : HillStartRequirement.of(Slope.LEVEL, 1 + random.nextInt(2));
        double capability = RequirementEvaluator.evaluate(spec, probe, assumptions).capability().value();
        double requiredDegrees = Math.max(0.5, failing ? capability + 0.5 + 5 * random.nextDouble()
                : capability - 0.5 - 5 * random.nextDouble());
        if (requiredDegrees >= 89) {
            return;
        }
        SlopeRequirement requirement = probe.onSlope(Slope.ofDegrees(requiredDegrees));
        RequirementResult result = RequirementEvaluator.evaluate(spec, requirement, assumptions);
        boolean remedies = result.verdict() == Verdict.FAIL;
        for (Change change : remedies ? result.remedies() : result.headroom()) {
            // A torque reads in N·m below 10 kN·m and in kN·m above, so now and target may differ in unit.
            double current = change.current().value() * siFactor(change.current().unit());
            double shown = new BigDecimal(change.target().text().split(" ")[0]).doubleValue()
                    * siFactor(change.target().unit());
            double nearly = current + (change.targetSi() - current) * (remedies ? 0.999 : 1.001);
            assertEquals(Verdict.PASS, verdictWith(spec, requirement, assumptions, change, shown),
                    change.text() + ": the target as shown");
            assertEquals(Verdict.FAIL, verdictWith(spec, requirement, assumptions, change, nearly),
                    change.text() + ": " + (remedies ? "0.1 % short of" : "0.1 % beyond") + " the target, " + nearly);
        }
    }

    /** The SI value of one unit a target is shown in. */
    private static double siFactor(String unit) {
        return switch (unit) {
            case "kN·m" -> 1000;
            case "mm" -> 0.001;
            case "N·m", "kg", "" -> 1;
            default -> throw new AssertionError("a target in " + unit);
        };
    }

    private static Verdict verdictWith(ChassisSpec spec, SlopeRequirement requirement, Assumptions assumptions,
            Change change, double valueSi) {
        Assumptions changed = change.parameter().equals("adhesion") ? assumptions.withAdhesion(valueSi) : assumptions;
        return RequirementEvaluator.evaluate(apply(spec, change, valueSi), requirement, changed).verdict();
    }

    /** The spec with one parameter set to the answer's value, done with the public model API. */
    private static ChassisSpec apply(ChassisSpec spec, Change change) {
        return apply(spec, change, change.targetSi());
    }

    /** The spec with the answer's parameter set to {@code valueSi}. */
    private static ChassisSpec apply(ChassisSpec spec, Change change, double valueSi) {
        LoadCase laden = spec.loadCase("laden");
        Powertrain powertrain = spec.powertrain();
        Engine engine = powertrain.engine();
        return switch (change.parameter()) {
            case "adhesion" -> spec;
            case "mass" -> spec.withLoadCase("laden", LoadCase.of(Quantities.getQuantity(valueSi, KILOGRAM),
                    laden.centreOfGravity()));
            case "centreOfGravityHeight" -> spec.withLoadCase("laden", LoadCase.of(laden.mass(),
                    CentreOfGravity.at(laden.centreOfGravity().position(), Quantities.getQuantity(valueSi,
                            METRE))));
            case "parkingBrakeTorque" -> {
                double factor = valueSi / spec.axles().stream().filter(Axle::hasParkingBrake)
                        .mapToDouble(axle -> SiValues.of(axle.parkingBrakeTorque())).sum();
                yield spec.withAxles(spec.axles().stream().map(axle -> axle.hasParkingBrake() ? new Axle(axle.name(),
                        axle.group(), axle.position(), axle.ratedLoad(), axle.track(), axle.tyres(), axle.steering(),
                        axle.driven(), Quantities.getQuantity(SiValues.of(axle.parkingBrakeTorque()) * factor,
                        NEWTON_METRE)) : axle).toList());
            }
            case "launchTorque" -> spec.withPowertrain(new Powertrain(new Engine(engine.peakTorque(),
                    Quantities.getQuantity(valueSi, NEWTON_METRE), null, null, null), null, powertrain.clutch(),
                    powertrain.gearbox(), null, powertrain.finalDrive(), powertrain.efficiency()));
            case "clutchCapacity" -> spec.withPowertrain(new Powertrain(engine, null, new Clutch(
                    Quantities.getQuantity(valueSi, NEWTON_METRE)), powertrain.gearbox(), null,
                    powertrain.finalDrive(), powertrain.efficiency()));
            case "gearRatio" -> {
                int index = Integer.parseInt(change.path().replaceAll("\\D", ""));
                List<Double> ratios = new ArrayList<>(powertrain.gearbox().ratios());
                ratios.set(index, valueSi);
                yield spec.withPowertrain(new Powertrain(engine, null, powertrain.clutch(), new Gearbox(ratios), null,
                        powertrain.finalDrive(), powertrain.efficiency()));
            }
            case "finalDrive" -> spec.withPowertrain(new Powertrain(engine, null, powertrain.clutch(),
                    powertrain.gearbox(), null, valueSi, powertrain.efficiency()));
            default -> throw new AssertionError("no way to apply " + change.parameter());
        };
    }
}
