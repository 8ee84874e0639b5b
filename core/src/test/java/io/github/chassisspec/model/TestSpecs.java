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

    /** The bundled 16 t bus sheet with every section (PHYSICS.md §8 figures, the rest completed realistically). */
    public static final String FULL_BUS_JSON = """
            {
              "format": "chassis-spec/1",
              "id": "BUS-16T-5900",
              "name": "16 t city bus chassis, 5.9 m wheelbase",
              "category": "M3",
              "axles": [
                { "name": "front", "group": "front", "position": "0 mm", "ratedLoad": "7100 kg",
                  "track": "2040 mm",
                  "tyres": { "size": "295/80R22.5", "count": 2,
                             "staticLoadedRadius": "500 mm", "rollingRadius": "500 mm" },
                  "steering": { "maxInnerAngle": "50 °", "kingpinSpacing": "1900 mm" } },
                { "name": "rear", "group": "rear", "position": "5900 mm", "ratedLoad": "11500 kg",
                  "track": "1830 mm",
                  "tyres": { "size": "295/80R22.5", "count": 4,
                             "staticLoadedRadius": "500 mm", "rollingRadius": "500 mm" },
                  "driven": true, "parkingBrakeTorque": "60 kN·m" }
              ],
              "loadCases": {
                "unladen": { "mass": "10500 kg", "centreOfGravity": { "position": "3350 mm", "height": "1150 mm" } },
                "laden":   { "mass": "16000 kg", "centreOfGravity": { "position": "3540 mm", "height": "1300 mm" } }
              },
              "powertrain": {
                "engine": { "peakTorque": "1000 N·m", "launchTorque": "800 N·m", "maxPower": "180 kW",
                            "governedSpeed": "2500 rpm",
                            "torqueCurve": [ { "speed": "800 rpm", "torque": "650 N·m" },
                                             { "speed": "1100 rpm", "torque": "1000 N·m" },
                                             { "speed": "1600 rpm", "torque": "1000 N·m" },
                                             { "speed": "2500 rpm", "torque": "690 N·m" } ] },
                "clutch": { "torqueCapacity": "1400 N·m" },
                "gearbox": { "ratios": [8.0, 5.0, 3.1, 2.0, 1.35, 1.0] },
                "finalDrive": 5.1,
                "efficiency": 0.90
              },
              "driverSide": "left",
              "body": { "type": "city bus", "overallLength": "11990 mm", "overallWidth": "2550 mm",
                        "overallHeight": "3100 mm", "frontOverhang": "2690 mm", "rearOverhang": "3400 mm",
                        "groundClearance": "220 mm",
                        "approachPoint": { "distance": "2690 mm", "height": "300 mm" },
                        "departurePoint": { "distance": "3400 mm", "height": "350 mm" } },
              "aerodynamics": { "dragCoefficient": 0.7, "frontalArea": "7.5 m²" },
              "frame": { "rails": "straight", "sectionModulus": "180 cm³", "yieldStrength": "420 MPa" },
              "electrical": { "generatorPower": "8.4 kW",
                              "consumers": [ { "name": "air conditioning", "power": "4.5 kW" },
                                             { "name": "interior and exterior lighting", "power": "0.8 kW" },
                                             { "name": "heating fans and pumps", "power": "1.2 kW" },
                                             { "name": "doors, kneeling and ramp", "power": "0.3 kW" },
                                             { "name": "control units and passenger information", "power": "0.6 kW" } ] }
            }
            """;

    private TestSpecs() {
    }

    /** The full bus with one piece of its sheet's text replaced; fails if the piece is not in the sheet. */
    public static ChassisSpec fullBusWith(String from, String to) {
        if (!FULL_BUS_JSON.contains(from)) {
            throw new AssertionError("the full bus sheet has no " + from);
        }
        return new io.github.chassisspec.json.SpecSheetReader().read(FULL_BUS_JSON.replace(from, to), "bus.json");
    }

    /** The full bus with another laden mass, its centre of gravity where it was. */
    public static ChassisSpec fullBusWithLadenMass(double kilograms) {
        return fullBusWith("\"mass\": \"16000 kg\"", "\"mass\": \"" + kilograms + " kg\"");
    }

    /** The bus with every section, read from {@link #FULL_BUS_JSON}. */
    public static ChassisSpec fullBus() {
        return new io.github.chassisspec.json.SpecSheetReader().read(FULL_BUS_JSON, "bus.json");
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
