package io.github.chassisspec.model;

import static io.github.chassisspec.model.TestSpecs.axle;
import static io.github.chassisspec.model.TestSpecs.loadCase;
import static io.github.chassisspec.units.ChassisUnits.KILOGRAM;
import static io.github.chassisspec.units.ChassisUnits.METRE;
import static io.github.chassisspec.units.ChassisUnits.MILLIMETRE;
import static io.github.chassisspec.units.ChassisUnits.TONNE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.units.SiValues;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;

class ChassisSpecTest {

    @Test
    void equality_comparesSiValues_soOneMetreEqualsAThousandMillimetres() {
        Axle inMillimetres = axle(AxleGroup.REAR, 5900, 11500);
        Axle inMetres = new Axle(null, AxleGroup.REAR, Quantities.getQuantity(5.9, METRE),
                Quantities.getQuantity(11.5, TONNE), null, TestSpecs.tyres(500), null, false, null);
        assertEquals(inMillimetres, inMetres);
        assertEquals(inMillimetres.hashCode(), inMetres.hashCode());
        assertNotEquals(inMillimetres, axle(AxleGroup.REAR, 5901, 11500));
    }

    @Test
    void quantities_areHeldInSiUnits() {
        Axle axle = axle(AxleGroup.REAR, 5900, 11500);
        assertEquals(METRE, axle.position().getUnit());
        assertEquals(5.9, axle.position().getValue().doubleValue());
    }

    @Test
    void busOfPhysicsSection8_hasTheHandWorkedGeometry() {
        ChassisSpec bus = TestSpecs.bus();
        // Single axles: group centres are the axle positions; L = 5.90 m; a = x_G − X_F = 3.54 m.
        assertEquals(0.0, SiValues.of(bus.groupCentre(AxleGroup.FRONT)));
        assertEquals(5.9, SiValues.of(bus.groupCentre(AxleGroup.REAR)));
        assertEquals(5.9, SiValues.of(bus.effectiveWheelbase()));
        assertEquals(3.54, SiValues.of(bus.centreOfGravityBehindFrontGroup(ChassisSpec.LADEN)), 1e-12);
    }

    @Test
    void groupCentres_areWeightedByRatedLoad() {
        // Twin steer 0 and 1.9 m at 7.1 t each: X_F = 0.95 m.
        // Tandem 5.9 m at 11.5 t and 7.25 m at 7.5 t: X_R = (11500·5.9 + 7500·7.25)/19000 = 122225/19000 = 6.4328947 m.
        ChassisSpec spec = ChassisSpec.builder().id("8X4")
                .axle(axle(AxleGroup.FRONT, 0, 7100))
                .axle(axle(AxleGroup.FRONT, 1900, 7100))
                .axle(axle(AxleGroup.REAR, 5900, 11500))
                .axle(axle(AxleGroup.REAR, 7250, 7500))
                .loadCase(ChassisSpec.LADEN, loadCase(32000, 4000, 1800))
                .build();
        assertEquals(0.95, SiValues.of(spec.groupCentre(AxleGroup.FRONT)), 1e-12);
        assertEquals(122225.0 / 19000, SiValues.of(spec.groupCentre(AxleGroup.REAR)), 1e-12);
        assertEquals(122225.0 / 19000 - 0.95, SiValues.of(spec.effectiveWheelbase()), 1e-12);
        assertEquals(4.0 - 0.95, SiValues.of(spec.centreOfGravityBehindFrontGroup(ChassisSpec.LADEN)), 1e-12);
    }

    @Test
    void centreOfGravity_fromAxleLoads_followsTheRearGroupShare() {
        // 6400 kg front, 9600 kg rear on L = 5.9 m: a = 5.9 · 9600 / 16000 = 3.54 m (PHYSICS.md §1).
        List<Quantity<Mass>> loads = List.of(Quantities.getQuantity(6400, KILOGRAM), Quantities.getQuantity(9.6, TONNE));
        LoadCase fromLoads = new LoadCase(Quantities.getQuantity(16000, KILOGRAM),
                CentreOfGravity.ofHeight(Quantities.getQuantity(1300, MILLIMETRE)), loads);
        ChassisSpec spec = TestSpecs.bus().withLoadCase(ChassisSpec.LADEN, fromLoads);
        assertEquals(3.54, SiValues.of(spec.centreOfGravityPosition(ChassisSpec.LADEN)), 1e-12);
        assertTrue(spec.loadCase(ChassisSpec.LADEN).hasAxleLoads());
    }

    @Test
    void loadCase_unknownName_namesTheLoadCasesThereAre() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TestSpecs.bus().loadCase("overloaded"));
        assertEquals("the spec BUS-16T-5900 has no load case \"overloaded\"; it has unladen, laden", error.getMessage());
    }

    @Test
    void groupCentre_withoutAnAxleInTheGroup_failsClearly() {
        ChassisSpec spec = ChassisSpec.builder().id("X").axle(axle(AxleGroup.FRONT, 0, 7000))
                .loadCase(ChassisSpec.LADEN, loadCase(5000, 0, 1000)).build();
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> spec.groupCentre(AxleGroup.REAR));
        assertEquals("the spec X has no rear-group axle", error.getMessage());
    }

    @Test
    void constructors_refuseImpossibleValues_namingTheComponentAndValue() {
        assertEquals("mass must be greater than 0 kg but was -16000 kg", assertThrows(InvalidComponentException.class,
                () -> loadCase(-16000, 3540, 1300)).getMessage());
        assertEquals("mass must be greater than 0 kg but was 0 kg", assertThrows(InvalidComponentException.class,
                () -> loadCase(0, 3540, 1300)).getMessage());
        assertEquals("rollingRadius must be greater than 0 mm but was 0 mm",
                assertThrows(InvalidComponentException.class, () -> TestSpecs.tyres(0)).getMessage());
        assertEquals("group is required", assertThrows(InvalidComponentException.class,
                () -> axle(null, 0, 7000)).getMessage());
        assertEquals("position must not be negative but was -10 mm", assertThrows(InvalidComponentException.class,
                () -> axle(AxleGroup.FRONT, -10, 7000)).getMessage());
        assertEquals("axles must not be empty", assertThrows(InvalidComponentException.class,
                () -> ChassisSpec.builder().id("X").loadCase("laden", loadCase(5000, 0, 1000)).build()).getMessage());
        assertEquals("efficiency must be a finite number but was NaN", assertThrows(InvalidComponentException.class,
                () -> new Powertrain(TestSpecs.bus().powertrain().engine(), null, null, Gearbox.of(1), null, 5,
                        Double.NaN)).getMessage());
        assertEquals("engine or motor is required", assertThrows(InvalidComponentException.class,
                () -> new Powertrain(null, null, null, Gearbox.of(1), null, 5, 0.9)).getMessage());
        assertEquals("centreOfGravity.position is required unless the load case gives axleLoads",
                assertThrows(InvalidComponentException.class, () -> new LoadCase(Quantities.getQuantity(1, TONNE),
                        CentreOfGravity.ofHeight(Quantities.getQuantity(1, METRE)), null)).getMessage());
        assertEquals("ratios must list at least one ratio", assertThrows(InvalidComponentException.class,
                () -> new Gearbox(List.of())).getMessage());
    }

    @Test
    void nullInsideAListOrMap_isNamedByItsPlace() {
        assertEquals("ratios[1] is required", assertThrows(InvalidComponentException.class,
                () -> new Gearbox(Arrays.asList(5.0, null, 3.1))).getMessage());
        ChassisSpec bus = TestSpecs.bus();
        Map<String, LoadCase> nullValue = new LinkedHashMap<>(bus.loadCases());
        nullValue.put("overloaded", null);
        assertEquals("loadCases.overloaded is required", assertThrows(InvalidComponentException.class,
                () -> withLoadCases(bus, nullValue)).getMessage());
        Map<String, LoadCase> nullKey = new HashMap<>(bus.loadCases());
        nullKey.put(null, bus.loadCases().values().iterator().next());
        assertEquals("loadCases key is required", assertThrows(InvalidComponentException.class,
                () -> withLoadCases(bus, nullKey)).getMessage());
    }

    private static ChassisSpec withLoadCases(ChassisSpec spec, Map<String, LoadCase> loadCases) {
        return new ChassisSpec(spec.id(), spec.name(), spec.category(), spec.axles(), loadCases, spec.powertrain(),
                spec.driverSide(), spec.body(), spec.aerodynamics(), spec.frame(), spec.electrical());
    }

    @Test
    void gearbox_ratioOfAMissingGear_saysWhichGearsExist() {
        Gearbox gearbox = Gearbox.of(8.0, 5.0, 3.1);
        assertEquals(5.0, gearbox.ratio(2));
        assertEquals("gear 4 does not exist; the gearbox has gears 1 to 3",
                assertThrows(IllegalArgumentException.class, () -> gearbox.ratio(4)).getMessage());
        assertEquals("gear 0 does not exist; the gearbox has gear 1 only",
                assertThrows(IllegalArgumentException.class, () -> Gearbox.of(3.5).ratio(0)).getMessage());
    }

    @Test
    void powertrain_launchTorque_fallsBackToPeakOnlyWhenNotGiven() {
        Powertrain withLaunch = TestSpecs.bus().powertrain();
        assertTrue(withLaunch.hasLaunchTorque());
        assertEquals(800.0, SiValues.of(withLaunch.launchTorqueOrPeak()));
        Engine withoutLaunch = new Engine(withLaunch.engine().peakTorque(), null, null, null, null);
        Powertrain peakOnly = new Powertrain(withoutLaunch, null, null, Gearbox.of(5), null, 5.1, 0.9);
        assertEquals(1000.0, SiValues.of(peakOnly.launchTorqueOrPeak()));
        assertEquals(false, peakOnly.hasLaunchTorque());
        assertEquals(1.0, peakOnly.transferRatio(TransferRange.LOW));
    }

    @Test
    void builder_keepsLoadCaseOrderAndDefaultsTheDriverSide() {
        ChassisSpec bus = TestSpecs.bus();
        assertEquals(List.of("unladen", "laden"), List.copyOf(bus.loadCases().keySet()));
        assertEquals(DriverSide.LEFT, bus.driverSide());
        assertEquals(bus, bus.toBuilder().build());
        assertThrows(UnsupportedOperationException.class, () -> bus.axles().add(bus.axles().get(0)));
    }

    @Test
    void tyres_staticLoadedRadius_defaultsToTheRollingRadius() {
        Tyres tyres = TestSpecs.tyres(512);
        assertEquals(tyres.rollingRadius(), tyres.staticLoadedRadius());
    }
}
