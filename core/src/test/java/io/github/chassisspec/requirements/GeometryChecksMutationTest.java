package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.Comparison;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.QuantityFormat;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Length;
import org.junit.jupiter.api.Test;

/**
 * Turning circle and ground angles (PHYSICS.md §6) on the full 16 t bus, every figure from a hand calculation:
 * L = 5.9 m, δ_i = 50°, j = 1.9 m, B = 2.55 m, OH_F = 2.69 m; R_c = 5.9/tan 50° + 0.95 = 5.9007 m, cot δ_o = cot 50° +
 * 1.9/5.9 = 1.16113 (δ_o = 40.736°), kerb-to-kerb 5.9/sin δ_o = 9.0411 m, wall-to-wall √(7.1757² + 8.59²) = 11.1928 m,
 * inner swept 5.9007 − 1.275 = 4.6257 m. A critical point (d, z) ahead of a tyre of radius r gives the angle α with
 * d·sin α − (z − r)·cos α = r, so the point height for α is z = r + (d·sin α − r)/cos α.
 */
class GeometryChecksMutationTest {

    private static final ChassisSpec BUS = TestSpecs.fullBus();

    private static ChassisSpec busWithLock(double radians) {
        return TestSpecs.fullBusWith("\"maxInnerAngle\": \"50 °\"", "\"maxInnerAngle\": \"" + Math.toDegrees(radians) + " °\"");
    }

    private static Quantity<Length> metres(String text) {
        return QuantityFormat.parse(text + " m", Length.class);
    }

    private static Quantity<Angle> degrees(String text) {
        return QuantityFormat.parse(text + " °", Angle.class);
    }

    private static RequirementResult evaluate(ChassisSpec spec, Requirement requirement) {
        return RequirementEvaluator.evaluate(spec, requirement, Assumptions.DEFAULTS);
    }

    @Test
    void kerbToKerbAlone_needsNoBody_andFailingGivesTheLockThatMeetsIt() {
        // 9.0411 m > 9 m. Kerb 9 m: sin δ_o = 5.9/9, δ_o = 40.963°, cot δ_i = 1.15096 − 0.32203 = 0.82893: δ_i = 50.311°.
        TurningCircleRequirement kerb = new TurningCircleRequirement(null, null, metres("9"), null);
        RequirementResult result = evaluate(BUS.toBuilder().body(null).build(), kerb);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(Comparison.AT_MOST, result.comparison());
        assertEquals("9.04 m", result.capability().text());
        assertEquals("-0.04 m", result.margin().text());
        assertEquals("9 m", result.required().text());
        assertEquals(LimitingFactor.KERB_RADIUS, result.limitedBy());
        assertEquals("kerb-to-kerb radius 9.04 m, at most 9 m required", result.message());
        assertEquals(List.of("centreLineRadius", "kerbToKerbRadius", "kerbToKerb"), List.copyOf(result.details().keySet()));
        assertEquals("5.9 m", String.valueOf(result.details().get("centreLineRadius")));
        assertEquals("9.04 m, at most 9 m required", String.valueOf(result.details().get("kerbToKerb")));
        Change lock = result.remedies().get(0);
        assertEquals("maxInnerAngle", lock.parameter());
        assertEquals("axles[0].steering.maxInnerAngle", lock.path());
        assertEquals(50.3112, Math.toDegrees(lock.targetSi()), 1e-4);
        assertEquals("50.4 °", lock.target().text());
        assertEquals("inner wheel lock of axles[0] at least 50.4 ° (now 50.0 °)", lock.text());
        // Applied back: that lock meets 9 m, 0.1 % less lock does not.
        assertEquals(Verdict.PASS, evaluate(busWithLock(lock.targetSi()), kerb).verdict());
        assertEquals(Verdict.FAIL, evaluate(busWithLock(lock.targetSi() * 0.999), kerb).verdict());
    }

    @Test
    void outerAndKerbBothFailing_theLockMustMeetBoth() {
        // Outer 11 m: R_c + 1.275 = √(121 − 8.59²) = 6.8711, R_c = 5.5961, tan δ_i = 5.9/4.6461: δ_i = 51.781°.
        // Kerb 8.9 m alone would need only 51.085° (as above with sin δ_o = 5.9/8.9); the answer meets both.
        TurningCircleRequirement both = new TurningCircleRequirement(metres("11"), null, metres("8.9"), null);
        RequirementResult result = evaluate(BUS, both);
        assertEquals(Verdict.FAIL, result.verdict());
        // Relative margins: outer (11 − 11.1928)/11 = −1.75 %, kerb (8.9 − 9.0411)/8.9 = −1.59 %: the outer binds.
        assertEquals(LimitingFactor.OUTER_RADIUS, result.limitedBy());
        assertEquals("wall-to-wall radius 11.19 m, at most 11 m required", result.message());
        assertEquals("-0.19 m", result.margin().text());
        Change lock = result.remedies().get(0);
        assertEquals(51.7805, Math.toDegrees(lock.targetSi()), 1e-4);
        assertEquals("51.8 °", lock.target().text());
        assertEquals(Verdict.PASS, evaluate(busWithLock(lock.targetSi()), both).verdict());
        assertEquals(Verdict.FAIL, evaluate(busWithLock(lock.targetSi() * 0.999), both).verdict());
    }

    @Test
    void ringMet_saysEveryLimitIsMet_andShowsTheTightest() {
        // Outer (12.5 − 11.1928)/12.5 = 10.5 % of margin, inner on the ring (6.53 − 5.3)/5.3 = 23 %: the outer shows.
        RequirementResult result = evaluate(BUS, TurningCircleRequirement.ring(metres("12.5"), metres("5.3")));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals("wall-to-wall radius 11.19 m, at most 12.5 m required; every limit is met", result.message());
        assertEquals("1.31 m", result.margin().text());
        assertEquals("12.5 m", result.required().text());
        assertEquals("4.63 m", String.valueOf(result.details().get("innerSweptRadiusAtFullLock")));
        assertEquals("6.53 m, at least 5.3 m required", String.valueOf(result.details().get("innerSwept")));
        assertTrue(result.remedies().isEmpty());
        assertTrue(result.headroom().isEmpty());
    }

    @Test
    void innerRadiusFailing_hasNoLockToPropose() {
        // On the 12.5 m ring the inner side is at 6.53 m < 7 m: a smaller lock cannot meet the outer radius, so
        // nothing is proposed.
        RequirementResult result = evaluate(BUS, TurningCircleRequirement.ring(metres("12.5"), metres("7")));
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(LimitingFactor.INNER_RADIUS, result.limitedBy());
        assertEquals(Comparison.AT_LEAST, result.comparison());
        assertEquals("inner swept radius 6.53 m, at least 7 m required", result.message());
        assertEquals("7 m", result.required().text());
        assertTrue(result.remedies().isEmpty());
    }

    @Test
    void innerRadiusAlone_isTakenAtFullLock() {
        // Without an outer radius there is no ring: the inner side at full lock, 4.6257 m ≥ 4.5 m.
        RequirementResult result = evaluate(BUS, new TurningCircleRequirement(null, metres("4.5"), null, null));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals("4.63 m", result.capability().text());
        assertEquals("inner swept radius 4.63 m, at least 4.5 m required", result.message());
        assertTrue(!result.details().containsKey("innerSweptRadiusOnTheRing"));
    }

    @Test
    void outerRadiusFailing_atVerdictDepth_hasNoRemedy() {
        RequirementResult result = RequirementEvaluator.evaluate(BUS, new TurningCircleRequirement(metres("11"), null,
                null, null), Assumptions.DEFAULTS, Depth.VERDICT_AND_CAPABILITY);
        assertEquals(Verdict.FAIL, result.verdict());
        assertTrue(result.remedies().isEmpty());
    }

    @Test
    void rearSteering_isWarnedAbout_andAMissingOverhangNamed() {
        ChassisSpec rearSteered = TestSpecs.fullBusWith("\"driven\": true,", "\"steering\": { \"maxInnerAngle\": \"10 °\", "
                + "\"kingpinSpacing\": \"1700 mm\" }, \"driven\": true,");
        RequirementResult result = evaluate(rearSteered, new TurningCircleRequirement(null, null, metres("9.5"), null));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals(List.of("axles[1] steers in the rear group, which this check does not model: the radii assume a "
                + "non-steered rear group"), result.warnings());
        assertEquals("not evaluated: body.frontOverhang is not given", evaluate(TestSpecs.fullBusWith("\"frontOverhang\": \"2690 mm\", ",
                ""), TurningCircleRequirement.ring(metres("12.5"), metres("5.3"))).message());
    }

    @Test
    void departureFailing_givesThePointHeightThatMeetsIt() {
        // Departure point (3.40 m, 0.35 m), r 0.5 m: 5.92° < 8°. z = 0.5 + (3.4·sin 8° − 0.5)/cos 8°
        // = 0.5 + (0.473188 − 0.5)/0.990268 = 0.472925 m, shown 473 mm (ceiling).
        GroundAnglesRequirement departure = new GroundAnglesRequirement(null, degrees("8"), null, null, null);
        RequirementResult result = evaluate(BUS, departure);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(LimitingFactor.DEPARTURE_ANGLE, result.limitedBy());
        assertEquals("departure angle 5.92 °, at least 8 ° required", result.message());
        assertEquals("-2.08 °", result.margin().text());
        Change height = result.remedies().get(0);
        assertEquals("departurePointHeight", height.parameter());
        assertEquals("body.departurePoint.height", height.path());
        assertEquals(0.472925, height.targetSi(), 1e-6);
        assertEquals("473 mm", height.target().text());
        assertEquals("body.departurePoint at least 473 mm high (now 350 mm)", height.text());
        String point = "\"departurePoint\": { \"distance\": \"3400 mm\", \"height\": \"350 mm\" }";
        assertEquals(Verdict.PASS, evaluate(TestSpecs.fullBusWith(point, point.replace("350 mm", height.targetSi() * 1000 + " mm")),
                departure).verdict());
        assertEquals(Verdict.FAIL, evaluate(TestSpecs.fullBusWith(point, point.replace("350 mm", height.targetSi() * 999 + " mm")),
                departure).verdict());
    }

    @Test
    void approachFailing_givesTheFrontPointHeight() {
        // Approach (2.69 m, 0.30 m): z = 0.5 + (2.69·sin 10° − 0.5)/cos 10° = 0.5 + (0.467115 − 0.5)/0.984808 = 0.466606 m.
        RequirementResult result = evaluate(BUS, new GroundAnglesRequirement(degrees("10"), null, null, null, null));
        Change height = result.remedies().get(0);
        assertEquals("approachPointHeight", height.parameter());
        assertEquals(0.466606, height.targetSi(), 1e-6);
        assertEquals("body.approachPoint at least 467 mm high (now 300 mm)", height.text());
    }

    @Test
    void groundClearanceFailing_givesTheClearance_andRampBreakoverNothing() {
        // Clearance 220 mm < 250 mm: relative margin −12 %, while the ramp (8.58° ≥ 8°) has +7.3 %.
        RequirementResult clearance = evaluate(BUS, new GroundAnglesRequirement(null, null, degrees("8"),
                QuantityFormat.parse("250 mm", Length.class), null));
        assertEquals(Verdict.FAIL, clearance.verdict());
        assertEquals(LimitingFactor.GROUND_CLEARANCE, clearance.limitedBy());
        assertEquals("ground clearance 220 mm, at least 250 mm required", clearance.message());
        assertEquals("-30 mm", clearance.margin().text());
        Change change = clearance.remedies().get(0);
        assertEquals("groundClearance", change.parameter());
        assertEquals("body.groundClearance", change.path());
        assertEquals(0.25, change.targetSi(), 1e-12);
        assertEquals("ground clearance at least 250 mm", change.text());
        assertEquals("220 mm", change.current().text());
        // Ramp breakover 2·α(2.95 m, 0.22 m) = 8.58° < 9°: failing, but no single point to raise.
        RequirementResult ramp = evaluate(BUS, new GroundAnglesRequirement(null, null, degrees("9"), null, null));
        assertEquals(Verdict.FAIL, ramp.verdict());
        assertEquals(LimitingFactor.RAMP_BREAKOVER_ANGLE, ramp.limitedBy());
        assertEquals("ramp-breakover angle 8.58 °, at least 9 ° required", ramp.message());
        assertTrue(ramp.remedies().isEmpty());
    }

    @Test
    void groundAngles_atVerdictDepth_andWithMissingPoints() {
        assertTrue(RequirementEvaluator.evaluate(BUS, new GroundAnglesRequirement(degrees("10"), null, null, null, null),
                Assumptions.DEFAULTS, Depth.VERDICT_AND_CAPABILITY).remedies().isEmpty());
        ChassisSpec noDeparturePoint = new SpecSheetReader().read(TestSpecs.FULL_BUS_JSON.replaceFirst(
                ",\\s*\"departurePoint\": \\{[^}]*\\}", ""), "bus.json");
        assertEquals("not evaluated: body.departurePoint is not given", evaluate(noDeparturePoint,
                new GroundAnglesRequirement(null, degrees("5"), null, null, null)).message());
        assertEquals("not evaluated: body.groundClearance is not given", evaluate(TestSpecs.fullBusWith(
                "\"groundClearance\": \"220 mm\",", ""), new GroundAnglesRequirement(null, null, null,
                QuantityFormat.parse("200 mm", Length.class), null)).message());
    }

    @Test
    void tiltStability_messageHeadroomAndRemedy_appliedBack() {
        // t = 2.04·2.36/5.9 + 1.83·3.54/5.9 = 1.914 m; SSF = 1.914/(2·1.3) = 0.736; atan → 36.36°. 28° allows
        // h ≤ 1.914/(2·tan 28°) = 1.79987 m (floor 1799 mm); 40° needs h ≤ 1.914/(2·tan 40°) = 1.14053 m.
        RequirementResult pass = evaluate(BUS, TiltStabilityRequirement.atLeast(degrees("28")));
        assertEquals("the laden vehicle stands a tilt of 36.4° (static stability factor 0.736); 28.0° required",
                pass.message());
        assertEquals("1914 mm", String.valueOf(pass.details().get("trackAtCentreOfGravity")));
        assertEquals("8.36 °", pass.margin().text());
        assertEquals("stands it with the centre of gravity up to 1799 mm (now 1300 mm)", pass.headroom().get(0).text());
        assertEquals("loadCases.laden.centreOfGravity.height", pass.headroom().get(0).path());
        assertTrue(pass.remedies().isEmpty());
        TiltStabilityRequirement forty = TiltStabilityRequirement.atLeast(degrees("40"));
        RequirementResult fail = evaluate(BUS, forty);
        assertEquals(Verdict.FAIL, fail.verdict());
        Change height = fail.remedies().get(0);
        assertEquals(1.914 / (2 * Math.tan(Math.toRadians(40))), height.targetSi(), 1e-9);
        assertEquals("centre of gravity height at most 1140 mm (now 1300 mm)", height.text());
        assertTrue(fail.headroom().isEmpty());
        // The height is a closed form, not a search, so the answer itself sits on 40° to the last bit: 1e-9 below it.
        String laden = "\"height\": \"1300 mm\"";
        assertEquals(Verdict.PASS, evaluate(TestSpecs.fullBusWith(laden, "\"height\": \"" + height.targetSi() * 999.999999 + " mm\""),
                forty).verdict());
        assertEquals(Verdict.FAIL, evaluate(TestSpecs.fullBusWith(laden, "\"height\": \"" + height.targetSi() * 1001 + " mm\""),
                forty).verdict());
        assertTrue(RequirementEvaluator.evaluate(BUS, forty, Assumptions.DEFAULTS, Depth.VERDICT_AND_CAPABILITY)
                .remedies().isEmpty());
    }
}
