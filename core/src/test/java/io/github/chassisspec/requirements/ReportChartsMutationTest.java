package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.report.Chart;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.units.Slope;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report charts on the 16 t bus of PHYSICS.md §8 (L = 5.9 m, a = 3.54 m, h = 1.3 m, rear brake 60 kN·m at r = 0.5 m,
 * so the brake alone holds asin(120 000/156 906) = 49.9°): with only the rear braked, adhesion limits parking to
 * tan θ = μa/(L − μh) facing uphill and μa/(L + μh) facing downhill.
 */
class ReportChartsMutationTest {

    private static final ChassisSpec BUS = TestSpecs.bus();

    private static final RequirementProfile PROFILE = RequirementProfile.named("charts")
            .require(ParkingHoldRequirement.of(Slope.parse("18 %")), null, new Applicability(List.of("N3"), null))
            .require(ParkingHoldRequirement.of(Slope.parse("18 %")).facing(Facing.BOTH))
            .require(HillStartRequirement.of(Slope.parse("30 %"), 2))
            .build();

    @Test
    void parkingChart_followsTheAdhesionLimitInEachDirection() {
        List<Chart> charts = ReportCharts.of(BUS, PROFILE);
        assertEquals(3, charts.size());
        Chart parking = charts.get(0);
        // The N3-only entry is left out, so the parking chart belongs to result 0 and the start chart to result 1.
        assertEquals(0, parking.resultIndex());
        assertEquals(15, parking.categories().size());
        assertEquals("0.30", parking.categories().get(0));
        assertEquals("0.65", parking.categories().get(7));
        assertEquals("1.00", parking.categories().get(14));
        assertEquals("facing uphill", parking.series().get(0).name().text());
        assertEquals("facing downhill", parking.series().get(1).name().text());
        // μ 0.3: uphill atan(1.062/5.51) = 10.910°, downhill atan(1.062/6.29) = 9.584°;
        // μ 1.0: uphill atan(3.54/4.6) = 37.584°, downhill atan(3.54/7.2) = 26.185°.
        assertEquals(Math.toDegrees(Math.atan(1.062 / 5.51)), parking.series().get(0).values().get(0), 1e-9);
        assertEquals(Math.toDegrees(Math.atan(1.062 / 6.29)), parking.series().get(1).values().get(0), 1e-9);
        assertEquals(Math.toDegrees(Math.atan(3.54 / 4.6)), parking.series().get(0).values().get(14), 1e-9);
        assertEquals(Math.toDegrees(Math.atan(3.54 / 7.2)), parking.series().get(1).values().get(14), 1e-9);
        // The assumed μ 0.7 sits at (0.7 − 0.3)/0.05 = category 8.
        assertEquals(8.0, parking.marker().position(), 1e-9);
        assertEquals("assumed μ 0.7", parking.marker().label().text());
        assertEquals("Parking hold against adhesion, laden", parking.title().text());
        assertEquals(Math.toDegrees(Math.atan(0.18)), parking.references().get(0).value(), 1e-12);
        assertEquals("required 18 % (10.2°)", parking.references().get(0).label().text());
    }

    @Test
    void parkingChart_marksTheAssumedAdhesionOnlyOnTheAxis_endsIncluded() {
        ParkingHoldRequirement uphill = ParkingHoldRequirement.of(Slope.parse("18 %")).facing(Facing.UPHILL);
        assertEquals(0.0, ReportCharts.parkingAgainstAdhesion(BUS, uphill, 0.30, 0).marker().position(), 1e-9);
        assertEquals(14.0, ReportCharts.parkingAgainstAdhesion(BUS, uphill, 1.00, 0).marker().position(), 1e-9);
        assertNull(ReportCharts.parkingAgainstAdhesion(BUS, uphill, 0.29, 0).marker());
        assertNull(ReportCharts.parkingAgainstAdhesion(BUS, uphill, 1.01, 0).marker());
        assertEquals(1, ReportCharts.parkingAgainstAdhesion(BUS, uphill, 0.7, 0).series().size());
    }

    @Test
    void startChart_hasEveryGear_andMarksTheRequiredOne() {
        Chart start = ReportCharts.of(BUS, PROFILE).get(1);
        assertEquals(1, start.resultIndex());
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), start.categories());
        assertEquals(1.0, start.marker().position());
        assertEquals("gear 2 required", start.marker().label().text());
        assertEquals("Hill start per gear, laden (required in gear 2)", start.title().text());
        // Gear 1: 800·8·5.1·0.9/0.5 = 58 752 N; asin(0.374442/√1.0001) − atan 0.01 = 21.416°.
        assertEquals(21.4156, start.series().get(0).values().get(0), 1e-4);
    }

    @Test
    void axleLoadChart_showsEveryLoadCaseAgainstTheRatings_inTonnes() {
        Chart loads = ReportCharts.of(BUS, PROFILE).get(2);
        assertEquals(-1, loads.resultIndex());
        assertEquals(List.of("front", "rear"), loads.categories());
        assertEquals(3, loads.series().size());
        assertEquals("load case unladen", loads.series().get(0).name().text());
        // Unladen 10.5·2.55/5.9 = 4.53814 t front, 5.96186 t rear; laden 6.4 t and 9.6 t; ratings 7.1 t and 11.5 t.
        assertEquals(10.5 * 2.55 / 5.9, loads.series().get(0).values().get(0), 1e-9);
        assertEquals(10.5 * 3.35 / 5.9, loads.series().get(0).values().get(1), 1e-9);
        assertEquals(6.4, loads.series().get(1).values().get(0), 1e-9);
        assertEquals(9.6, loads.series().get(1).values().get(1), 1e-9);
        assertEquals(List.of(7.1, 11.5), loads.series().get(2).values());
        assertEquals("rating", loads.series().get(2).name().text());
        assertNull(loads.marker());
        // Unnamed axles are numbered from 1.
        ChassisSpec unnamed = new io.github.chassisspec.json.SpecSheetReader().read(TestSpecs.MINIMAL_JSON, "t.json");
        assertEquals(List.of("1", "2"), ReportCharts.axleLoads(unnamed).categories());
    }

    @Test
    void chartsOfAnotherReport_areRefused() {
        ComplianceReport report = RequirementEvaluator.evaluate(BUS, PROFILE);
        RequirementProfile other = RequirementProfile.named("other")
                .require(ParkingHoldRequirement.of(Slope.parse("18 %"))).build();
        assertEquals("the report is of BUS-16T-5900 against \"charts\", not of BUS-16T-5900 against \"other\"",
                assertThrows(IllegalArgumentException.class, () -> ReportCharts.of(BUS, other, report)).getMessage());
        ChassisSpec otherSpec = new io.github.chassisspec.json.SpecSheetReader().read(TestSpecs.MINIMAL_JSON, "t.json");
        assertEquals("the report is of BUS-16T-5900 against \"charts\", not of T-1 against \"charts\"",
                assertThrows(IllegalArgumentException.class, () -> ReportCharts.of(otherSpec, PROFILE, report))
                        .getMessage());
        assertEquals(3, ReportCharts.of(BUS, PROFILE, report).size());
    }
}
