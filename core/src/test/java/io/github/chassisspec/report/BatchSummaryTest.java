package io.github.chassisspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.requirements.Applicability;
import io.github.chassisspec.requirements.AxleLoadsRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.units.Slope;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {

    private static ChassisSpec withCategory(String category) {
        ChassisSpec bus = TestSpecs.bus();
        return ChassisSpec.builder().id("BUS-" + category).category(category).axle(bus.axles().get(0))
                .axle(bus.axles().get(1)).loadCase(ChassisSpec.UNLADEN, bus.loadCases().get(ChassisSpec.UNLADEN))
                .loadCase(ChassisSpec.LADEN, bus.loadCases().get(ChassisSpec.LADEN)).powertrain(bus.powertrain())
                .build();
    }

    @Test
    void aRequirementThatDoesNotApply_leavesItsCellEmpty_andTheColumnsLineUp() {
        RequirementProfile profile = RequirementProfile.named("range").adhesion(0.8)
                .require(AxleLoadsRequirement.ratings(), null, new Applicability(List.of("N3"), null))
                .require(ParkingHoldRequirement.of(Slope.parse("18 %")))
                .build();
        // The bus of PHYSICS.md §8 is an M3: the N3-only axle-load requirement does not apply to it.
        BatchSummary summary = BatchSummary.builder()
                .evaluated("bus", "a", List.of(RequirementEvaluator.evaluate(withCategory("M3"), profile)))
                .evaluated("truck", "b", List.of(RequirementEvaluator.evaluate(withCategory("N3"), profile)))
                .invalid("broken", "c", List.of("c:3:4: something"))
                .build();
        assertEquals(List.of("R1", "R2"), summary.columns().stream().map(BatchSummary.Column::id).toList());
        assertEquals("axleLoads", summary.columns().get(0).requirement().check());
        assertNull(summary.rows().get(0).cells().get(0));
        assertEquals("parkingHold", summary.rows().get(0).cells().get(1).check());
        assertEquals("axleLoads", summary.rows().get(1).cells().get(0).check());
        assertEquals(BatchSummary.Status.INVALID, summary.status());
        // Laden rear axle 16000 × 3.54 / 5.90 = 9600 kg within its 11500 kg rating; 18 % holds both ways at μ 0.8.
        String text = summary.toText(Locale.ENGLISH);
        assertEquals("bus | PASS | n/a | PASS", row(text, "  bus "));
        assertEquals("broken | INVALID | – | –", row(text, "  broken "));
        assertEquals("2 PASS, 1 INVALID", text.lines().filter(line -> line.startsWith("  2 PASS")).findFirst()
                .orElseThrow().strip());
    }

    private static String row(String text, String start) {
        String line = text.lines().filter(candidate -> candidate.startsWith(start)).findFirst().orElseThrow();
        return line.strip().replaceAll(" {2,}", " | ").replaceAll("PASS [^|]+", "PASS").strip();
    }
}
