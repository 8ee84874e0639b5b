package io.github.chassisspec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.ReportJsonWriter;
import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SheetFormat;
import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.RandomVehicles;
import io.github.chassisspec.model.RandomVehicles.AxleParameters;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.Launch;
import io.github.chassisspec.physics.ParkingHold;
import io.github.chassisspec.physics.RigidVehicle;
import io.github.chassisspec.physics.Startability;
import io.github.chassisspec.report.Chart;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.HtmlReport;
import io.github.chassisspec.report.MarkdownReport;
import io.github.chassisspec.report.TextReport;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.ReportCharts;
import io.github.chassisspec.requirements.Requirement;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.requirements.Sweep;
import io.github.chassisspec.requirements.SweepSummary;
import io.github.chassisspec.units.Slope;
import io.github.chassisspec.validation.SpecValidator;
import io.github.chassisspec.validation.SpecViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The readers, the validator, the evaluator, the report renderers and a sweep, used by many threads at once on
 * shared instances, give exactly what one thread gets alone.
 *
 * <p>Why this would catch shared mutable state: every thread works on a different vehicle (and language) at the same
 * moment, and the threads start together from a barrier, so thousands of calls overlap. Any state kept between calls
 * (a parser's or binder's scratch buffer, a cached "last spec", a solver's scratch array, a reused StringBuilder or
 * number formatter, a validator interpolator holding the last locale, a sweep's per-point buffer) would sooner or
 * later hand one vehicle's numbers or words to another thread's result. The expected results are rendered reports,
 * which show every capability, margin, limit and "what would it take" to 0.01°, 1 kg or 0.1 N·m, in each language,
 * so any such mix-up changes a string. The solvers and the renderers are also run in tight loops, on the thread's own
 * vehicle and on the one-thread report object shared by all, so that the threads are inside them together as often as
 * the scheduler lets them. Checked by planting the bug, at these settings, on a 2-core machine under a load of 15–20:
 * ParkingHold's breakpoint array made a shared static scratch array failed the test in 2 runs of 2 (4 and 17
 * differences), TextTable's builder made a shared static StringBuilder in 1 of 1 (27 differences).
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ITERATIONS = 8;
    private static final int VEHICLES = 16;
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.CHINESE);

    /** One of each, shared by every thread, as an application would keep them. */
    private static final SpecSheetReader SPECS = new SpecSheetReader();
    private static final RequirementProfileReader PROFILES = new RequirementProfileReader();
    private static final Map<Locale, ReportJsonWriter> JSON = Map.of(Locale.ENGLISH, new ReportJsonWriter(Locale.ENGLISH),
            Locale.FRENCH, new ReportJsonWriter(Locale.FRENCH), Locale.CHINESE, new ReportJsonWriter(Locale.CHINESE));

    /** One vehicle's inputs and what one thread alone made of them, per language. */
    private record Expected(String sheet, String profileText, ChassisSpec spec, RequirementProfile profile,
            List<List<SpecViolation>> violations, List<List<String>> renderings, List<String> slopeAnswers,
            RigidVehicle statics, double[] capabilities, ComplianceReport report, List<Chart> charts) {
    }

    /** A profile of every check; half the vehicles are made invalid, so that the validator has messages to mix up. */
    private static Expected expected(long seed) {
        RandomVehicles.Parameters vehicle = RandomVehicles.parameters(seed);
        if (seed % 2 == 1) {
            // A track below 1.0 m and the first two gears swapped: a range and a cross-field violation.
            List<AxleParameters> axles = new ArrayList<>(vehicle.axles());
            AxleParameters first = axles.get(0);
            axles.set(0, new AxleParameters(first.positionM(), first.rear(), first.ratedLoadKg(), first.staticRadiusM(),
                    first.rollingRadiusM(), 0.9, first.driven(), first.brakeTorqueNm(), first.steeringAngleRad(),
                    first.kingpinSpacingM()));
            double[] ratios = vehicle.gearRatios().clone();
            if (ratios.length > 1) {
                ratios[0] = vehicle.gearRatios()[1];
                ratios[1] = vehicle.gearRatios()[0];
            }
            vehicle = vehicle.withAxles(axles).withDrive(vehicle.launchTorqueNm(), vehicle.clutchCapacityNm(), ratios,
                    vehicle.finalDrive());
        }
        String sheet = RandomVehicles.sheet(vehicle, RandomVehicles.mixedUnits(seed));
        String profileText = profileText(seed, vehicle.gearRatios().length);
        ChassisSpec spec = SPECS.read(sheet, "vehicle-" + seed + ".json");
        RequirementProfile profile = PROFILES.readSheet(profileText, "profile-" + seed + ".json", SheetFormat.JSON)
                .profile();
        List<List<SpecViolation>> violations = new ArrayList<>();
        for (Locale locale : LOCALES) {
            violations.add(SpecValidator.validate(spec, locale));
        }
        RigidVehicle statics = vehicle.rigidVehicle();
        ComplianceReport report = RequirementEvaluator.evaluate(spec, profile);
        List<Chart> charts = ReportCharts.of(spec, profile, report);
        return new Expected(sheet, profileText, spec, profile, violations, render(report, charts), slopeAnswers(spec),
                statics, capabilities(statics), report, charts);
    }

    private static String profileText(long seed, int gears) {
        Random random = new Random(seed);
        return """
                { "format": "chassis-requirements/1", "name": "concurrent %d",
                  "assumptions": { "adhesion": %s },
                  "requirements": [
                    { "check": "parkingHold", "slope": "%s %%" },
                    { "check": "hillStart", "slope": "%s °", "gear": %d },
                    { "check": "axleLoads", "maxAxleLoad": "10 t" },
                    { "check": "steerAxleShare", "minimumShare": 0.25 },
                    { "check": "gradeability", "slope": "4 %%", "speed": "30 km/h", "gear": %d },
                    { "check": "tiltStability", "angle": "28 °" },
                    { "check": "turningCircle", "maxOuterRadius": "12.5 m", "minInnerRadius": "5.3 m" },
                    { "check": "groundAngles", "approach": "8 °", "departure": "7 °" },
                    { "check": "frameStrength", "dynamicFactor": 1.5, "safetyFactor": 1.2 },
                    { "check": "electricalBalance", "reserve": 0.1 },
                    { "check": "powerToMass", "minimum": "8 kW/t" }
                  ] }
                """.formatted(seed, 0.4 + 0.5 * random.nextDouble(), 5 + 40 * random.nextDouble(),
                5 + 15 * random.nextDouble(), 1 + random.nextInt(2), 1 + random.nextInt(gears));
    }

    /**
     * Parking hold (both directions) and hill start at three slopes and adhesions, each with its "what would it take"
     * or headroom: thousands of solver calls per vehicle, to the last bit, so a race in the statics shows here first.
     */
    private static List<String> slopeAnswers(ChassisSpec spec) {
        List<String> answers = new ArrayList<>();
        for (int step = 0; step < 3; step++) {
            Assumptions assumptions = Assumptions.DEFAULTS.withAdhesion(0.3 + 0.2 * step);
            Slope slope = Slope.ofPercent(5 + 14 * step);
            for (Requirement requirement : List.of(ParkingHoldRequirement.of(slope), HillStartRequirement.of(slope, 1))) {
                RequirementResult result = RequirementEvaluator.evaluate(spec, requirement, assumptions);
                StringBuilder answer = new StringBuilder(result.verdict() + " " + result.capability().value() + " "
                        + result.limitedBy());
                for (Change change : result.remedies().isEmpty() ? result.headroom() : result.remedies()) {
                    answer.append(", ").append(change.parameter()).append(' ').append(change.targetSi());
                }
                answers.add(answer.toString());
            }
        }
        return answers;
    }

    /**
     * The statics alone, called in a tight loop: hold capability both ways and start capability over a range of
     * adhesions. Nearly all the time goes into the solvers, so two threads are inside them together as often as the
     * scheduler lets them run side by side.
     */
    private static double[] capabilities(RigidVehicle vehicle) {
        Launch launch = new Launch(800, 1200, false, 40, 0.9, 0.5);
        double[] capabilities = new double[3 * 200];
        for (int step = 0; step < 200; step++) {
            double adhesion = 0.2 + 0.005 * step;
            capabilities[3 * step] = ParkingHold.capability(vehicle, Facing.UPHILL, adhesion).radians();
            capabilities[3 * step + 1] = ParkingHold.capability(vehicle, Facing.DOWNHILL, adhesion).radians();
            capabilities[3 * step + 2] = Startability.capability(vehicle, launch, adhesion, 0.01, 0).radians();
        }
        return capabilities;
    }

    /** The report of {@code spec} against {@code profile} in every format, per language. */
    private static List<List<String>> render(ChassisSpec spec, RequirementProfile profile) {
        ComplianceReport report = RequirementEvaluator.evaluate(spec, profile);
        return render(report, ReportCharts.of(spec, profile, report));
    }

    /** A report in every format, per language. */
    private static List<List<String>> render(ComplianceReport report, List<Chart> charts) {
        List<List<String>> renderings = new ArrayList<>();
        for (Locale locale : LOCALES) {
            renderings.add(List.of(TextReport.render(report, locale), MarkdownReport.render(report, locale),
                    JSON.get(locale).toJson(report), HtmlReport.render(report, charts, locale)));
        }
        return renderings;
    }

    @Test
    void readersValidatorEvaluatorRenderersAndSweep_onSharedInstancesFromEightThreads_giveTheSingleThreadResults()
            throws Exception {
        List<Expected> vehicles = new ArrayList<>();
        for (long seed = 0; seed < VEHICLES; seed++) {
            vehicles.add(expected(seed));
        }
        // One sweep shared by every thread, with its single-thread answers.
        RequirementProfile slopes = RequirementProfile.named("sweep")
                .require(ParkingHoldRequirement.of(Slope.ofPercent(18)))
                .require(HillStartRequirement.of(Slope.ofPercent(12), 1))
                .build();
        Sweep sweep = Sweep.of(vehicles.get(0).spec(), slopes).payloadSteps(10).gears(1, 2).adhesions(0.5, 0.7, 0.9)
                .finalDrives(3.5, 5.0).brakeTorqueFactors(0.5, 1, 2).build();
        List<String> sweepLines = sweep.stream().map(point -> point.csvLine()).toList();
        SweepSummary sweepSummary = sweep.summarise();

        CyclicBarrier start = new CyclicBarrier(THREADS);
        Queue<String> mismatches = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int self = thread;
                done.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    Random random = new Random(self);
                    int checked = 0;
                    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
                        // Two vehicles apart per thread: at any moment the threads are on different vehicles.
                        int index = (self * 2 + iteration) % VEHICLES;
                        int language = (self + iteration) % LOCALES.size();
                        Expected want = vehicles.get(index);
                        Locale locale = LOCALES.get(language);
                        String where = "thread " + self + ", vehicle " + index + ", " + locale + ": ";
                        ChassisSpec spec = SPECS.read(want.sheet(), "vehicle-" + index + ".json");
                        check(mismatches, where + "spec", want.spec(), spec);
                        check(mismatches, where + "violations", want.violations().get(language),
                                SpecValidator.validate(spec, locale));
                        RequirementProfile profile = PROFILES.readSheet(want.profileText(), "profile-" + index
                                + ".json", SheetFormat.JSON).profile();
                        check(mismatches, where + "profile", want.profile(), profile);
                        check(mismatches, where + "reports", want.renderings(), render(spec, profile));
                        check(mismatches, where + "slope answers", want.slopeAnswers(), slopeAnswers(spec));
                        for (int round = 0; round < 4; round++) {
                            if (!Arrays.equals(want.capabilities(), capabilities(want.statics()))) {
                                mismatches.add(where + "statics, round " + round);
                            }
                            // The one-thread report object itself, shared, rendered again in every format.
                            if (!want.renderings().equals(render(want.report(), want.charts()))) {
                                mismatches.add(where + "shared report rendered, round " + round);
                            }
                        }
                        for (int point = 0; point < 200; point++) {
                            int at = random.nextInt(sweepLines.size());
                            check(mismatches, where + "sweep point " + at, sweepLines.get(at), sweep.point(at).csvLine());
                        }
                        if (iteration % 8 == self % 8) {
                            check(mismatches, where + "sweep summary", sweepSummary, sweep.summarise());
                        }
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> future : done) {
                total += future.get(5, TimeUnit.MINUTES);
            }
            assertEquals(THREADS * ITERATIONS, total);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " results differ from one thread's, first: "
                + mismatches.peek());
        // The invalid half has messages in each language, so a mixed-up interpolator locale would have shown.
        for (int index = 1; index < VEHICLES; index += 2) {
            List<List<SpecViolation>> messages = vehicles.get(index).violations();
            assertTrue(!messages.get(0).isEmpty() && !messages.get(0).equals(messages.get(1)), messages.toString());
        }
    }

    private static void check(Queue<String> mismatches, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            mismatches.add(what + "\n  expected " + expected + "\n  but got  " + actual);
        }
    }
}
