package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.ElectricMotor;
import io.github.chassisspec.model.Engine;
import io.github.chassisspec.model.Gearbox;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.ChassisUnits;
import io.github.chassisspec.units.Slope;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;

class RequirementEvaluatorTest {

    private static final ChassisSpec BUS = TestSpecs.bus();
    /** PHYSICS.md §8 assumes μ = 0.8 and f_r = 0.010. */
    private static final Assumptions SECTION_8 = Assumptions.DEFAULTS.withAdhesion(0.8);

    private static RequirementResult evaluate(ChassisSpec spec, Requirement requirement) {
        return RequirementEvaluator.evaluate(spec, requirement, SECTION_8);
    }

    @Test
    void parkingFortyFiveDegrees_failsOnAdhesionDownhill_andWarnsAboutThePercentReading() {
        RequirementResult result = evaluate(BUS, ParkingHoldRequirement.of(Slope.parse("45 °")));
        assertEquals(Verdict.FAIL, result.verdict());
        // Downhill tan θ = μa/(L + μh) = 2.832/6.94 → 22.20°; uphill 2.832/4.86 → 30.23°.
        assertEquals(22.199, result.capability().value(), 0.001);
        assertEquals(Facing.DOWNHILL, result.governingFacing());
        assertEquals(LimitingFactor.ADHESION, result.limitedBy());
        assertEquals(22.199 - 45, result.margin().value(), 0.001);
        assertEquals(30.230, result.directions().get(0).capabilityDegrees(), 0.001);
        assertEquals(Verdict.FAIL, result.directions().get(0).verdict());
        assertEquals("parking brake holds the laden vehicle facing downhill up to 22.2° (40.8 %); 45° (100 %) required",
                result.message());
        // tan 45° = 1.00 > μ = 0.80; read as 45 % = 24.23° the bus still fails downhill (22.2° < 24.2°).
        assertEquals(List.of("45° needs μ ≥ 1.00 with every wheel braked, more than the assumed 0.80; if 45 % (24.2°)"
                + " was meant: FAIL, capability 22.2° (40.8 %) facing downhill"), result.warnings());
        assertEquals(Verdict.FAIL, result.ifPercentWasMeant().verdict());
        assertEquals(24.228, result.ifPercentWasMeant().requiredSlope().degrees(), 0.001);
    }

    @Test
    void parkingFortyFivePercent_hasNoDegreesWarningAndReportsTheAdhesionNeeded() {
        RequirementResult result = evaluate(BUS, ParkingHoldRequirement.of(Slope.parse("45 %")));
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(List.of(), result.warnings());
        assertNull(result.ifPercentWasMeant());
        // At 24.23° facing downhill the rear axle needs μ = 0.90 (PHYSICS.md §8).
        assertEquals("0.90", String.valueOf(result.details().get("adhesionNeeded")));
        assertEquals(0.8, result.assumptions().get("adhesion"));
    }

    @Test
    void parkingFacingUphillOnly_passesFortyFivePercent() {
        RequirementResult result = evaluate(BUS, ParkingHoldRequirement.of(Slope.parse("45 %")).facing(Facing.UPHILL));
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals(30.230, result.capability().value(), 0.001);
        assertEquals(List.of(), result.directions());
    }

    @Test
    void hillStartThirtyDegreesInSecondGear_failsOnTheEngine() {
        RequirementResult result = evaluate(BUS, HillStartRequirement.of(Slope.parse("30 °"), 2));
        assertEquals(Verdict.FAIL, result.verdict());
        // θ = asin(c/√(1 + f_r²)) − atan(f_r) with c = 36 720 / 156 906.4 → 12.96° (23.0 %).
        assertEquals(12.9605, result.capability().value(), 0.0001);
        assertEquals(LimitingFactor.ENGINE, result.limitedBy());
        assertEquals("the laden vehicle starts facing uphill in gear 2 up to 13.0° (23.0 %); 30° (57.7 %) required",
                result.message());
        // tan 30° + f_r = 0.587 ≤ μ = 0.8: a four-wheel drive could, so no degrees-or-percent warning.
        assertEquals(List.of(), result.warnings());
        assertEquals("36720 N", String.valueOf(result.details().get("engineForce")));
        assertEquals("79812 N", String.valueOf(result.details().get("requiredForce")));
        assertEquals("800 N·m", String.valueOf(result.assumptions().get("launchTorque")));
        assertEquals("powertrain.engine.launchTorque", result.assumptions().get("launchTorqueFrom"));
    }

    @Test
    void hillStartThirtyPercent_failsInSecondGearAndPassesInFirst() {
        assertEquals(Verdict.FAIL, evaluate(BUS, HillStartRequirement.of(Slope.parse("30 %"), 2)).verdict());
        RequirementResult first = evaluate(BUS, HillStartRequirement.of(Slope.parse("30 %"), 1));
        // F_eng = 800·8·5.1·0.9/0.5 = 58 752 N → 21.42°, above 30 % = 16.70°.
        assertEquals(Verdict.PASS, first.verdict());
        assertEquals(21.416, first.capability().value(), 0.001);
        assertEquals(21.416 - 16.699, first.margin().value(), 0.001);
    }

    @Test
    void profile_givesOneResultPerRequirementAndAnOverallVerdict() {
        RequirementProfile tender = RequirementProfile.named("tender").adhesion(0.8)
                .require(ParkingHoldRequirement.of(Slope.parse("18 %")))
                .require(HillStartRequirement.of(Slope.parse("12 %"), 1))
                .build();
        ComplianceReport report = RequirementEvaluator.evaluate(BUS, tender);
        assertEquals(Verdict.PASS, report.verdict());
        assertEquals(2, report.results().size());
        assertEquals("BUS-16T-5900", report.spec());
        assertEquals("tender", report.requirements());
    }

    @Test
    void requirementNamingWhatTheSpecLacks_isAClearError() {
        RequirementProfile profile = RequirementProfile.named("p")
                .require(ParkingHoldRequirement.of(Slope.parse("18 %")))
                .require(HillStartRequirement.of(Slope.parse("12 %"), 7))
                .build();
        assertEquals("requirements[1].gear: gear 7 does not exist; BUS-16T-5900 has gears 1 to 6",
                assertThrows(RequirementException.class, () -> RequirementEvaluator.evaluate(BUS, profile)).getMessage());
        RequirementException load = assertThrows(RequirementException.class,
                () -> evaluate(BUS, ParkingHoldRequirement.of(Slope.parse("18 %")).atLoad("full")));
        assertEquals("load: load case \"full\" does not exist; BUS-16T-5900 has unladen, laden", load.getMessage());
        assertEquals("range: range \"low\" needs a transfer case, but BUS-16T-5900 has none",
                assertThrows(RequirementException.class, () -> evaluate(BUS,
                        HillStartRequirement.of(Slope.parse("12 %"), 1).inRange(TransferRange.LOW))).getMessage());
    }

    @Test
    void missingData_givesNotEvaluatedWithTheReason() {
        ChassisSpec noPowertrain = BUS.toBuilder().powertrain(null).build();
        RequirementResult result = evaluate(noPowertrain, HillStartRequirement.of(Slope.parse("12 %"), 1));
        assertEquals(Verdict.NOT_EVALUATED, result.verdict());
        assertEquals("not evaluated: the spec gives no powertrain", result.message());

        Powertrain bus = BUS.powertrain();
        ChassisSpec noClutch = BUS.withPowertrain(new Powertrain(bus.engine(), null, null, bus.gearbox(), null,
                bus.finalDrive(), bus.efficiency()));
        assertEquals("not evaluated: powertrain.clutch is not given, and the clutch's capacity may limit the launch"
                + " torque", evaluate(noClutch, HillStartRequirement.of(Slope.parse("12 %"), 1)).message());

        List<Axle> undriven = BUS.axles().stream().map(axle -> new Axle(axle.name(), axle.group(), axle.position(),
                axle.ratedLoad(), axle.track(), axle.tyres(), axle.steering(), false, axle.parkingBrakeTorque())).toList();
        assertEquals("not evaluated: no axle is driven (axles[].driven)",
                evaluate(BUS.withAxles(undriven), HillStartRequirement.of(Slope.parse("12 %"), 1)).message());
    }

    @Test
    void noParkingBrake_failsWithTheReason() {
        List<Axle> unbraked = BUS.axles().stream().map(axle -> new Axle(axle.name(), axle.group(), axle.position(),
                axle.ratedLoad(), axle.track(), axle.tyres(), axle.steering(), axle.driven(), null)).toList();
        RequirementResult result = evaluate(BUS.withAxles(unbraked), ParkingHoldRequirement.of(Slope.parse("18 %")));
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(0.0, result.capability().value());
        assertEquals(LimitingFactor.BRAKE_TORQUE, result.limitedBy());
        assertEquals(List.of("no axle has a parking brake (axles[].parkingBrakeTorque), so the vehicle holds on level"
                + " ground only"), result.warnings());
    }

    @Test
    void withoutLaunchTorque_thePeakIsUsedAndCalledOptimistic() {
        Powertrain bus = BUS.powertrain();
        Engine peakOnly = new Engine(bus.engine().peakTorque(), null, null, null, null);
        ChassisSpec spec = BUS.withPowertrain(new Powertrain(peakOnly, null, bus.clutch(), bus.gearbox(), null,
                bus.finalDrive(), bus.efficiency()));
        RequirementResult result = evaluate(spec, HillStartRequirement.of(Slope.parse("12 %"), 2));
        assertEquals("1000 N·m", String.valueOf(result.assumptions().get("launchTorque")));
        assertEquals(List.of("no launch torque given: evaluated at the peak torque 1000 N·m, which is optimistic"
                + " because an engine gives less while the clutch engages"), result.warnings());
        // F_eng = 1000·5·5.1·0.9/0.5 = 45 900 N.
        assertEquals("45900 N", String.valueOf(result.details().get("engineForce")));
    }

    @Test
    void electricMotor_isLimitedByTheMotorAndNeedsNoClutch() {
        ElectricMotor motor = new ElectricMotor(Quantities.getQuantity(1000, ChassisUnits.NEWTON_METRE), null, null,
                null);
        ChassisSpec electric = BUS.withPowertrain(new Powertrain(null, motor, null, Gearbox.of(3.5), null, 4.3, 0.92));
        RequirementResult result = evaluate(electric, HillStartRequirement.of(Slope.parse("12 %"), 1));
        assertEquals(LimitingFactor.MOTOR, result.limitedBy());
        // F = 1000·3.5·4.3·0.92/0.5 = 27 692 N; c = F/W; θ = asin(c/√1.0001) − atan(0.01).
        double c = 27_692.0 / 156_906.4;
        assertEquals(Math.toDegrees(Math.asin(c / Math.sqrt(1.0001)) - Math.atan(0.01)), result.capability().value(),
                0.001);
        assertEquals("motor peak torque, available from standstill", String.valueOf(result.assumptions().get("launchTorqueFrom")));
    }

    @Test
    void requirementOverrides_winOverTheProfile() {
        RequirementResult result = evaluate(BUS, ParkingHoldRequirement.of(Slope.parse("18 %")).withAdhesion(0.5));
        assertEquals(0.5, result.assumptions().get("adhesion"));
        // Downhill tan θ = 0.5·3.54/(5.9 + 0.5·1.3) = 1.77/6.55 → 15.12°.
        assertEquals(Math.toDegrees(Math.atan(1.77 / 6.55)), result.capability().value(), 1e-6);
    }
}
