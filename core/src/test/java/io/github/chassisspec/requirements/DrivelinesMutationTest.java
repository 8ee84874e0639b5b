package io.github.chassisspec.requirements;

import static io.github.chassisspec.units.ChassisUnits.KILOGRAM;
import static io.github.chassisspec.units.ChassisUnits.MILLIMETRE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.AxleGroup;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.Gearbox;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.report.Measure;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.Slope;
import java.util.List;
import javax.measure.quantity.Acceleration;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;

/** What the driving checks read from the driveline: the driven axles' mean radius and the gears there are. */
class DrivelinesMutationTest {

    /** The bus with a second driven rear axle 1.3 m behind the first, on tyres of {@code radiusMillimetres}. */
    private static ChassisSpec tandem(double radiusMillimetres) {
        ChassisSpec bus = TestSpecs.bus();
        Axle second = new Axle("rear 2", AxleGroup.REAR, Quantities.getQuantity(7200, MILLIMETRE),
                Quantities.getQuantity(11_500, KILOGRAM), Quantities.getQuantity(1830, MILLIMETRE),
                TestSpecs.tyres(radiusMillimetres), null, true, null);
        return bus.withAxles(List.of(bus.axles().get(0), bus.axles().get(1), second));
    }

    private static RequirementResult start(ChassisSpec spec) {
        return RequirementEvaluator.evaluate(spec, HillStartRequirement.of(Slope.parse("10 %"), 1),
                Assumptions.DEFAULTS);
    }

    @Test
    void drivenRadiiDifferingByMoreThanOnePercent_areWarnedAbout_withTheirMean() {
        // 500 and 480 mm: mean 490 mm, the smaller 10 mm (2 %) below it.
        assertEquals(List.of("the driven axles' rolling radii differ; their mean 490 mm is used"),
                start(tandem(480)).warnings());
        // 500 and 495 mm: mean 497.5 mm, the smaller 2.5 mm (0.5 %) below: no warning.
        assertTrue(start(tandem(495)).warnings().isEmpty());
        assertEquals(0.4975, Drivelines.drivenRollingRadius(tandem(495).axles().subList(1, 3)), 1e-12);
    }

    @Test
    void reserveAcceleration_isAnAssumptionWrittenAsTheProfileWritesIt() {
        Measure defaultReserve = (Measure) start(TestSpecs.bus()).assumptions().get("reserveAcceleration");
        assertEquals("0 m/s²", defaultReserve.text());
        RequirementResult withReserve = RequirementEvaluator.evaluate(TestSpecs.bus(), HillStartRequirement.of(
                Slope.parse("10 %"), 1).withReserveAcceleration(QuantityFormat.parse("0.25 m/s²", Acceleration.class)),
                Assumptions.DEFAULTS);
        Measure reserve = (Measure) withReserve.assumptions().get("reserveAcceleration");
        assertEquals(0.25, reserve.value());
        assertEquals("m/s²", reserve.unit());
        assertEquals("0.25 m/s²", reserve.text());
    }

    @Test
    void aGearPastASingleSpeedGearbox_isNamed() {
        ChassisSpec bus = TestSpecs.bus();
        Powertrain powertrain = bus.powertrain();
        ChassisSpec singleSpeed = bus.withPowertrain(new Powertrain(powertrain.engine(), null, powertrain.clutch(),
                Gearbox.of(5.0), null, powertrain.finalDrive(), powertrain.efficiency()));
        RequirementException error = assertThrows(RequirementException.class, () -> RequirementEvaluator.evaluate(
                singleSpeed, HillStartRequirement.of(Slope.parse("10 %"), 2), Assumptions.DEFAULTS));
        assertEquals("gear 2 does not exist; BUS-16T-5900 has gear 1 only", error.problem());
        // The last gear itself exists.
        assertEquals(1, start(singleSpeed).gear());
    }
}
