package io.github.chassisspec.model;

import static io.github.chassisspec.units.ChassisUnits.KILOGRAM;
import static io.github.chassisspec.units.ChassisUnits.KILONEWTON_METRE;
import static io.github.chassisspec.units.ChassisUnits.MILLIMETRE;
import static io.github.chassisspec.units.ChassisUnits.NEWTON_METRE;

import java.util.List;
import tech.units.indriya.quantity.Quantities;

/** Specs and spec-sheet texts shared by the tests, each figure from PHYSICS.md §8 where it gives one. */
public final class TestSpecs {

    /**
     * A minimal valid spec sheet. Line numbers matter: error tests pin them.
     * Line 8 holds the rear track, line 12 the laden load case.
     */
    public static final String MINIMAL_JSON = """
            {
              "format": "chassis-spec/1",
              "id": "T-1",
              "axles": [
                { "group": "front", "position": "0 mm", "ratedLoad": "7100 kg",
                  "tyres": { "rollingRadius": "500 mm" } },
                { "group": "rear", "position": "5900 mm", "ratedLoad": "11500 kg",
                  "track": "1830 mm",
                  "tyres": { "rollingRadius": "500 mm" }, "driven": true, "parkingBrakeTorque": "60 kN·m" }
              ],
              "loadCases": {
                "laden": { "mass": "16000 kg", "centreOfGravity": { "position": "3540 mm", "height": "1300 mm" } }
              }
            }
            """;

    private TestSpecs() {
    }

    public static Tyres tyres(double rollingRadiusMillimetres) {
        return new Tyres(null, null, null, Quantities.getQuantity(rollingRadiusMillimetres, MILLIMETRE));
    }

    public static Axle axle(AxleGroup group, double positionMillimetres, double ratedLoadKilograms) {
        return new Axle(null, group, Quantities.getQuantity(positionMillimetres, MILLIMETRE),
                Quantities.getQuantity(ratedLoadKilograms, KILOGRAM), null, tyres(500), null, false, null);
    }

    public static LoadCase loadCase(double massKilograms, double positionMillimetres, double heightMillimetres) {
        return LoadCase.of(Quantities.getQuantity(massKilograms, KILOGRAM),
                CentreOfGravity.at(Quantities.getQuantity(positionMillimetres, MILLIMETRE),
                        Quantities.getQuantity(heightMillimetres, MILLIMETRE)));
    }

    /** The 16 t bus of PHYSICS.md §8: L = 5.90 m, a = 3.54 m, h = 1.30 m, rear parking brake, r = 0.50 m. */
    public static ChassisSpec bus() {
        Axle front = new Axle("front", AxleGroup.FRONT, Quantities.getQuantity(0, MILLIMETRE),
                Quantities.getQuantity(7100, KILOGRAM), Quantities.getQuantity(2040, MILLIMETRE), tyres(500),
                null, false, null);
        Axle rear = new Axle("rear", AxleGroup.REAR, Quantities.getQuantity(5900, MILLIMETRE),
                Quantities.getQuantity(11500, KILOGRAM), Quantities.getQuantity(1830, MILLIMETRE), tyres(500),
                null, true, Quantities.getQuantity(60, KILONEWTON_METRE));
        Powertrain powertrain = new Powertrain(
                new Engine(Quantities.getQuantity(1000, NEWTON_METRE), Quantities.getQuantity(800, NEWTON_METRE),
                        null, null, List.of()),
                null, new Clutch(Quantities.getQuantity(1400, NEWTON_METRE)),
                Gearbox.of(8.0, 5.0, 3.1, 2.0, 1.35, 1.0), null, 5.1, 0.90);
        return ChassisSpec.builder()
                .id("BUS-16T-5900")
                .category("M3")
                .axle(front)
                .axle(rear)
                .loadCase(ChassisSpec.UNLADEN, loadCase(10500, 3350, 1150))
                .loadCase(ChassisSpec.LADEN, loadCase(16000, 3540, 1300))
                .powertrain(powertrain)
                .build();
    }
}
