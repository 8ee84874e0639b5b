package io.github.chassisspec.requirements;

import static io.github.chassisspec.units.ChassisUnits.KILOGRAM;
import static io.github.chassisspec.units.ChassisUnits.METRE;
import static io.github.chassisspec.units.ChassisUnits.NEWTON_METRE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.CentreOfGravity;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.LoadCase;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.Slope;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.units.indriya.quantity.Quantities;

class SweepTest {

    private static final RequirementProfile TENDER = RequirementProfile.named("tender").adhesion(0.8)
            .require(ParkingHoldRequirement.of(Slope.parse("18 %")).facing(Facing.BOTH))
            .require(HillStartRequirement.of(Slope.parse("30 %"), 2))
            .build();

    @Test
    void frontier_isTheLargestPayloadTheEngineStartsInSecondGear() {
        RequirementProfile start = RequirementProfile.named("start").adhesion(0.8)
                .require(HillStartRequirement.of(Slope.parse("30 %"), 2)).build();
        SweepSummary summary = Sweep.of(TestSpecs.bus(), start).payloadSteps(20).finalDrives(4.1, 5.1, 6.5).build()
                .summarise();
        // Engine-limited: m_max = F / (g (sin θ + 0.01 cos θ)), θ = atan 0.30 → sin θ + 0.01 cos θ = 0.296926,
        // F = 800 × 5.0 × i_f × 0.90 / 0.50. Payload 5500 kg on 10500 kg unladen, shares in steps of 0.05.
        // i_f 4.1: F = 29520 N → 10138 kg, below the unladen mass: nothing passes.
        // i_f 5.1: F = 36720 N → 12611 kg → share (12611 − 10500) / 5500 = 0.384 → 0.35 on the grid.
        // i_f 6.5: F = 46800 N → 16072 kg → share 1.013: the whole payload.
        List<SweepSummary.Frontier> frontier = summary.frontier();
        assertEquals(3, frontier.size());
        assertTrue(Double.isNaN(frontier.get(0).largestPayloadShare()));
        assertEquals(0.35, frontier.get(1).largestPayloadShare(), 1e-12);
        assertEquals(10500 + 0.35 * 5500, frontier.get(1).largestMassKg(), 1e-9);
        assertEquals(1.0, frontier.get(2).largestPayloadShare(), 1e-12);
        // 0 + 8 (shares 0 to 0.35) + 21 passing variants.
        assertEquals(63, summary.variants());
        assertEquals(29, summary.passed());
    }

    /** The mass-weighted load case at a payload share, worked out here independently of the library. */
    private static ChassisSpec atPayloadShare(ChassisSpec bus, double share) {
        // Unladen 10500 kg at (3.35 m, 1.15 m); laden 16000 kg at (3.54 m, 1.30 m): the payload's own CoG is
        // at ((16000 × 3.54 − 10500 × 3.35) / 5500, (16000 × 1.30 − 10500 × 1.15) / 5500).
        double payloadPosition = (16000 * 3.54 - 10500 * 3.35) / 5500;
        double payloadHeight = (16000 * 1.30 - 10500 * 1.15) / 5500;
        double mass = 10500 + share * 5500;
        double position = (10500 * 3.35 + share * 5500 * payloadPosition) / mass;
        double height = (10500 * 1.15 + share * 5500 * payloadHeight) / mass;
        return bus.withLoadCase(ChassisSpec.LADEN, LoadCase.of(Quantities.getQuantity(mass, KILOGRAM),
                CentreOfGravity.at(Quantities.getQuantity(position, METRE), Quantities.getQuantity(height, METRE))));
    }

    private static ChassisSpec variant(double share, double finalDrive, double brakeFactor) {
        ChassisSpec bus = atPayloadShare(TestSpecs.bus(), share);
        Powertrain powertrain = bus.powertrain();
        bus = bus.withPowertrain(new Powertrain(powertrain.engine(), powertrain.motor(), powertrain.clutch(),
                powertrain.gearbox(), powertrain.transferCase(), finalDrive, powertrain.efficiency()));
        Axle rear = bus.axles().get(1);
        return bus.withAxles(List.of(bus.axles().get(0), new Axle(rear.name(), rear.group(), rear.position(),
                rear.ratedLoad(), rear.track(), rear.tyres(), rear.steering(), rear.driven(),
                Quantities.getQuantity(60_000 * brakeFactor, NEWTON_METRE))));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyPoint_isWhatAFullEvaluationOfThatVariantSays(long seed) {
        Sweep sweep = Sweep.of(TestSpecs.bus(), TENDER).payloadSteps(10).gears(1, 2, 3).adhesions(0.3, 0.55, 0.8)
                .finalDrives(4.1, 5.1, 6.5).brakeTorqueFactors(0.2, 1.0).build();
        Random random = new Random(seed);
        for (int sample = 0; sample < 40; sample++) {
            SweepPoint point = sweep.point(Math.floorMod(random.nextLong(), sweep.size()));
            ChassisSpec variant = variant(point.payloadShare(), point.finalDrive(), point.brakeTorqueFactor());
            RequirementResult parking = RequirementEvaluator.evaluate(variant,
                    ParkingHoldRequirement.of(Slope.parse("18 %")).withAdhesion(point.adhesion()), Assumptions.DEFAULTS);
            RequirementResult start = RequirementEvaluator.evaluate(variant,
                    HillStartRequirement.of(Slope.parse("30 %"), point.gear()).withAdhesion(point.adhesion()),
                    Assumptions.DEFAULTS);
            assertEquals(parking.capability().value(), point.capabilityDegrees()[0], 1e-9, point.toString());
            assertEquals(start.capability().value(), point.capabilityDegrees()[1], 1e-9, point.toString());
            assertEquals(parking.verdict() == Verdict.PASS && start.verdict() == Verdict.PASS, point.passes(),
                    point.toString());
        }
    }

    @Test
    void summary_countsWhatTheStreamPasses() {
        Sweep sweep = Sweep.of(TestSpecs.bus(), TENDER).payloadSteps(10).gears(1, 2).adhesions(0.4, 0.8)
                .finalDrives(5.1, 6.5).build();
        assertEquals(11 * 2 * 2 * 2, sweep.size());
        assertEquals(sweep.stream().filter(SweepPoint::passes).count(), sweep.summarise().passed());
        assertEquals(sweep.stream().parallel().filter(SweepPoint::passes).count(), sweep.summarise().passed());
    }

    @Test
    void csv_hasOneLinePerVariant() {
        StringBuilder csv = new StringBuilder();
        Sweep.of(TestSpecs.bus(), TENDER).payloadShares(0, 1).build().writeCsv(csv);
        List<String> lines = csv.toString().lines().toList();
        assertEquals("payloadShare,massKg,gear,adhesion,finalDrive,brakeTorqueFactor,R1_parkingHold_degrees,"
                + "R2_hillStart_degrees,passes", lines.get(0));
        assertEquals(3, lines.size());
        // Laden, second gear: 12.96° (PHYSICS.md §8); the profile's μ 0.8 applies, so the adhesion column is empty.
        assertTrue(lines.get(2).startsWith("1,16000,,,5.1,1,"), lines.get(2));
        assertTrue(lines.get(2).contains(",12.9605,"), lines.get(2));
    }

    @Test
    void checksOtherThanSlopes_areRefusedWithTheReason() {
        RequirementProfile loads = RequirementProfile.named("loads").require(AxleLoadsRequirement.ratings()).build();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(TestSpecs.bus(), loads).build());
        assertEquals("a sweep checks parkingHold and hillStart requirements, not axleLoads; evaluate the others with"
                + " RequirementEvaluator", error.getMessage());
    }

    @Test
    void aGearTheGearboxLacks_isRefused() {
        RequirementException error = assertThrows(RequirementException.class,
                () -> Sweep.of(TestSpecs.bus(), TENDER).gears(2, 7).build());
        assertEquals("gear 7 does not exist; BUS-16T-5900 has gears 1 to 6", error.problem());
    }
}
