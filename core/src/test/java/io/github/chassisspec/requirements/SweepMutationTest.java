package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.units.Slope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The sweep's grid: its checks on the dimensions given, the order of the grid, the frontier over payload shares given
 * in any order, and that the memory-saving paths (vehicles made on demand, the parking table) give the points the
 * direct path gives.
 */
class SweepMutationTest {

    private static final ChassisSpec BUS = TestSpecs.bus();

    /** Parks facing both ways on 18 % and starts in second on 30 % with μ 0.8 (the bus's tender profile). */
    private static final RequirementProfile TENDER = RequirementProfile.named("tender").adhesion(0.8)
            .require(ParkingHoldRequirement.of(Slope.parse("18 %")).facing(Facing.BOTH))
            .require(HillStartRequirement.of(Slope.parse("30 %"), 2))
            .build();

    private static final RequirementProfile PARKING = RequirementProfile.named("parking")
            .require(ParkingHoldRequirement.of(Slope.parse("5 %"))).build();

    private static String refusal(Supplier<Object> build) {
        return assertThrows(IllegalArgumentException.class, build::get).getMessage();
    }

    @Test
    void requirementsOwnAdhesionRollingResistanceAndReserve_winOverTheProfiles_asInTheEvaluator() {
        // The profile says μ 0.8, f_r 0.010, no reserve; each requirement overrides one, so a sweep that read the
        // profile's value instead would give another capability than the evaluator.
        RequirementProfile overriding = new io.github.chassisspec.json.RequirementProfileReader().readSheet("""
                { "format": "chassis-requirements/1", "name": "overrides",
                  "assumptions": { "adhesion": 0.8, "rollingResistance": 0.010 },
                  "requirements": [
                    { "check": "parkingHold", "slope": "18 %", "adhesion": 0.5 },
                    { "check": "hillStart", "slope": "12 %", "gear": 1, "rollingResistance": 0.05 },
                    { "check": "hillStart", "slope": "12 %", "gear": 1, "reserveAcceleration": "0.5 m/s²" },
                    { "check": "hillStart", "slope": "12 %", "gear": 1, "adhesion": 0.3 }
                  ] }
                """, "overrides.json", io.github.chassisspec.json.SheetFormat.JSON).profile();
        ChassisSpec fullBus = TestSpecs.fullBus();
        SweepPoint point = Sweep.of(fullBus, overriding).build().point(0);
        double[] swept = point.capabilityDegrees();
        for (int index = 0; index < overriding.entries().size(); index++) {
            double evaluated = RequirementEvaluator.evaluate(fullBus, overriding.entries().get(index).requirement(),
                    overriding.assumptions()).capability().value();
            assertEquals(evaluated, swept[index], 1e-9, "requirement " + index);
        }
        // The overrides matter: the same checks with the profile's values give other capabilities.
        double plainParking = RequirementEvaluator.evaluate(fullBus, ParkingHoldRequirement.of(Slope.parse("18 %")),
                overriding.assumptions()).capability().value();
        double plainStart = RequirementEvaluator.evaluate(fullBus, HillStartRequirement.of(Slope.parse("12 %"), 1),
                overriding.assumptions()).capability().value();
        assertTrue(Math.abs(plainParking - swept[0]) > 0.1, plainParking + " vs " + swept[0]);
        for (int index = 1; index < 4; index++) {
            assertTrue(Math.abs(plainStart - swept[index]) > 0.1, plainStart + " vs " + swept[index]);
        }
    }

    @Test
    void dimensions_outsideTheirRanges_areRefusedWithTheRange() {
        Sweep.Builder builder = Sweep.of(BUS, TENDER);
        assertEquals("payload steps must be at least 1 but was 0", refusal(() -> builder.payloadSteps(0)));
        assertEquals("give at least one payload share", refusal(() -> builder.payloadShares()));
        assertEquals("payload share must be between 0.0 and 1.0 but was 1.5", refusal(() -> builder.payloadShares(0,
                1.5)));
        assertEquals("payload share must be between 0.0 and 1.0 but was -0.1", refusal(() -> builder.payloadShares(-0.1)));
        assertEquals("payload share must be between 0.0 and 1.0 but was NaN", refusal(() -> builder.payloadShares(
                Double.NaN)));
        assertEquals("adhesion must be between 0 (exclusive) and 2.0 but was 0.0", refusal(() -> builder.adhesions(0)));
        assertEquals("adhesion must be between 0 (exclusive) and 2.0 but was 2.01", refusal(() -> builder.adhesions(
                2.01)));
        assertEquals("final drive must be between 0 (exclusive) and 100.0 but was 100.5", refusal(
                () -> builder.finalDrives(100.5)));
        assertEquals("brake torque factor must be between 0.0 and 10000.0 but was -1.0", refusal(
                () -> builder.brakeTorqueFactors(-1)));
        assertEquals("gears must be at least one value, each 1 or more, but were []", refusal(() -> builder.gears()));
        assertEquals("gears must be at least one value, each 1 or more, but were [2, 0]", refusal(
                () -> builder.gears(2, 0)));
    }

    @Test
    void dimensions_atTheEndsOfTheirRanges_areAccepted() {
        // Both ends of every range are inside it: shares 0 and 1, μ 2, final drive 100, brake factor 0, gear 1.
        Sweep sweep = Sweep.of(BUS, TENDER).payloadShares(0, 1).adhesions(2).finalDrives(100).brakeTorqueFactors(0)
                .gears(1).build();
        assertEquals(2, sweep.size());
        assertEquals(0.0, sweep.point(0).payloadShare());
        assertEquals(10_500, sweep.point(0).massKg(), 1e-9);
        assertEquals(16_000, sweep.point(1).massKg(), 1e-9);
        assertEquals(1, Sweep.of(BUS, TENDER).payloadSteps(1).build().point(1).payloadShare());
    }

    @Test
    void grid_isOrderedBrakeFinalDriveGearAdhesionPayload_outermostFirst() {
        Sweep sweep = Sweep.of(BUS, TENDER).payloadShares(0, 1).adhesions(0.5, 0.7).gears(1, 2).finalDrives(5.1, 6.5)
                .brakeTorqueFactors(0.5, 1).build();
        assertEquals(32, sweep.size());
        // 27 = 1 + 2·(1 + 2·(0 + 2·(1 + 2·1))): laden, μ 0.7, gear 1, final drive 6.5, brake factor 1.
        SweepPoint point = sweep.point(27);
        assertEquals(27, point.index());
        assertEquals(1.0, point.payloadShare());
        assertEquals(0.7, point.adhesion());
        assertEquals(1, point.gear());
        assertEquals(6.5, point.finalDrive());
        assertEquals(1.0, point.brakeTorqueFactor());
        // 4 = 0 + 2·(0 + 2·1): unladen, μ 0.5, gear 2, the first final drive and brake factor.
        SweepPoint four = sweep.point(4);
        assertEquals(2, four.gear());
        assertEquals(0.5, four.adhesion());
        assertEquals(5.1, four.finalDrive());
        assertEquals(0.5, four.brakeTorqueFactor());
        assertEquals("index -1 is outside the sweep of 32", assertThrows(IndexOutOfBoundsException.class,
                () -> sweep.point(-1)).getMessage());
        assertEquals("index 32 is outside the sweep of 32", assertThrows(IndexOutOfBoundsException.class,
                () -> sweep.point(32)).getMessage());
        assertEquals(31, sweep.point(31).index());
    }

    @Test
    void notGivenDimensions_keepTheSpecsAndTheRequirementsOwn() {
        Sweep sweep = Sweep.of(BUS, TENDER).build();
        assertEquals(1, sweep.size());
        SweepPoint point = sweep.point(0);
        // No gear swept: 0 stands for each requirement's own; no adhesion: NaN for each requirement's own (0.8 here).
        assertEquals(0, point.gear());
        assertTrue(Double.isNaN(point.adhesion()));
        assertEquals(5.1, point.finalDrive());
        assertEquals(1.0, point.brakeTorqueFactor());
        assertEquals(1.0, point.payloadShare());
        assertEquals(16_000, point.massKg(), 1e-9);
        assertEquals("BUS-16T-5900", sweep.specId());
        assertEquals(List.of("parkingHold", "hillStart"), sweep.requirements().stream().map(Requirement::check).toList());
    }

    @Test
    void frontier_takesTheLargestPassingShare_inWhateverOrderTheSharesCame() {
        // 5 % is held at every payload: the frontier is the largest share, 1 (16 000 kg), though it came first.
        SweepSummary summary = Sweep.of(BUS, PARKING).payloadShares(1, 0, 0.5).build().summarise();
        assertEquals(3, summary.passed());
        assertEquals(1.0, summary.frontier().get(0).largestPayloadShare());
        assertEquals(16_000, summary.frontier().get(0).largestMassKg(), 1e-9);
    }

    @Test
    void vehiclesMadeOnDemand_forALongPayloadAxis_areTheKeptOnes() {
        // 4097 shares exceed the 4096 vehicles kept, so vehicles are made per point: share 2048/4096 = 0.5 must be
        // the point a two-share sweep gives for 0.5.
        Sweep longAxis = Sweep.of(BUS, TENDER).payloadSteps(4096).build();
        Sweep shortAxis = Sweep.of(BUS, TENDER).payloadShares(0.5).build();
        assertEquals(0.5, longAxis.point(2048).payloadShare());
        assertEquals(shortAxis.point(0).csvLine(), longAxis.point(2048).csvLine());
        // Mass at share 0.5: 10 500 + 0.5·5500 = 13 250 kg.
        assertEquals(13_250, longAxis.point(2048).massKg(), 1e-9);
    }

    @Test
    void parkingTable_whenGearsAreSwept_givesWhatEachPointGives() {
        Sweep sweep = Sweep.of(BUS, TENDER).payloadSteps(4).gears(1, 2).adhesions(0.3, 0.8).brakeTorqueFactors(0.2, 1)
                .build();
        SweepSummary summary = sweep.summarise();
        assertEquals(sweep.stream().filter(SweepPoint::passes).count(), summary.passed());
        for (int group = 0; group < summary.frontier().size(); group++) {
            double largest = Double.NaN;
            for (int payload = 0; payload < 5; payload++) {
                SweepPoint point = sweep.point((long) group * 5 + payload);
                if (point.passes()) {
                    largest = point.payloadShare();
                }
            }
            assertEquals(largest, summary.frontier().get(group).largestPayloadShare(), "group " + group);
        }
    }

    @Test
    void payloadSweeps_needBothLoadCases_atLoadLaden() {
        ChassisSpec ladenOnly = new SpecSheetReader().read(TestSpecs.MINIMAL_JSON, "minimal.json");
        assertEquals("a payload sweep runs from the unladen to the laden load case, so T-1 needs both and the "
                + "requirements must be at load laden", refusal(() -> Sweep.of(ladenOnly, PARKING).payloadSteps(2).build()));
        String needsBoth = "a payload sweep runs from the unladen to the laden load case, so BUS-16T-5900 needs both and "
                + "the requirements must be at load laden";
        RequirementProfile unladenParking = RequirementProfile.named("unladen")
                .require(ParkingHoldRequirement.of(Slope.parse("5 %")).atLoad(ChassisSpec.UNLADEN)).build();
        assertEquals(needsBoth, refusal(() -> Sweep.of(BUS, unladenParking).payloadSteps(2).build()));
        // Without a payload sweep an unladen requirement is fine.
        assertEquals(1, Sweep.of(BUS, unladenParking).build().size());
        ChassisSpec heavyUnladen = BUS.withLoadCase(ChassisSpec.UNLADEN, TestSpecs.loadCase(16_000, 3350, 1150));
        assertEquals("a payload sweep needs the laden mass above the unladen mass", refusal(
                () -> Sweep.of(heavyUnladen, PARKING).payloadShares(0.5).build()));
    }

    @Test
    void profilesWithoutSlopes_orWithOnesThatCannotRun_areRefused() {
        RequirementProfile notForBuses = RequirementProfile.named("trucks")
                .require(ParkingHoldRequirement.of(Slope.parse("18 %")), null, new Applicability(List.of("N3"), null))
                .build();
        assertEquals("the profile \"trucks\" has no parkingHold or hillStart requirement that applies to BUS-16T-5900",
                refusal(() -> Sweep.of(BUS, notForBuses).build()));
        ChassisSpec noPowertrain = BUS.toBuilder().powertrain(null).build();
        assertEquals("cannot sweep hillStart: not evaluated: the spec gives no powertrain",
                refusal(() -> Sweep.of(noPowertrain, TENDER).build()));
        // Parking alone needs no powertrain and ignores gears (even one the gearbox lacks); its final drive is NaN.
        Sweep parking = Sweep.of(noPowertrain, PARKING).gears(9).build();
        assertTrue(Double.isNaN(parking.point(0).finalDrive()));
        assertEquals(9, parking.point(0).gear());
    }

    @Test
    void csv_writeFailures_areRethrownUnchecked() {
        IOException full = new IOException("disk full");
        Appendable failing = new Appendable() {
            @Override
            public Appendable append(CharSequence text) throws IOException {
                throw full;
            }

            @Override
            public Appendable append(CharSequence text, int start, int end) throws IOException {
                throw full;
            }

            @Override
            public Appendable append(char character) throws IOException {
                throw full;
            }
        };
        UncheckedIOException error = assertThrows(UncheckedIOException.class,
                () -> Sweep.of(BUS, TENDER).build().writeCsv(failing));
        assertEquals(full, error.getCause());
    }

    @Test
    void numbers_inTheCsv_areRoundedToFourPlaces_andNaNIsEmpty() {
        assertEquals("", Sweep.number(Double.NaN));
        assertEquals("1.2346", Sweep.number(1.23456));
        assertEquals("16000", Sweep.number(16_000));
    }
}
