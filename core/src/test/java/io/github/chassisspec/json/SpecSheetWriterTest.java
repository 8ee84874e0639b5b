package io.github.chassisspec.json;

import static io.github.chassisspec.units.ChassisUnits.KILOGRAM;
import static io.github.chassisspec.units.ChassisUnits.MILLIMETRE;
import static io.github.chassisspec.units.ChassisUnits.NEWTON_METRE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.AxleGroup;
import io.github.chassisspec.model.CentreOfGravity;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.Clutch;
import io.github.chassisspec.model.ElectricMotor;
import io.github.chassisspec.model.Engine;
import io.github.chassisspec.model.Gearbox;
import io.github.chassisspec.model.LoadCase;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.model.TorquePoint;
import io.github.chassisspec.model.TransferCase;
import io.github.chassisspec.model.Tyres;
import io.github.chassisspec.units.ChassisUnits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.units.indriya.quantity.Quantities;

class SpecSheetWriterTest {

    private final SpecSheetWriter writer = new SpecSheetWriter();
    private final SpecSheetReader reader = new SpecSheetReader();

    @Test
    void minimalSpec_isWrittenInCanonicalUnitsWithFormatFirst() {
        ChassisSpec spec = reader.read(io.github.chassisspec.model.TestSpecs.MINIMAL_JSON.replace("\"5900 mm\"", "\"5.9 m\""),
                "test.json");
        assertEquals("""
                {
                  "format": "chassis-spec/1",
                  "id": "T-1",
                  "axles": [ {
                    "group": "front",
                    "position": "0 mm",
                    "ratedLoad": "7100 kg",
                    "tyres": {
                      "staticLoadedRadius": "500 mm",
                      "rollingRadius": "500 mm"
                    }
                  }, {
                    "group": "rear",
                    "position": "5900 mm",
                    "ratedLoad": "11500 kg",
                    "track": "1830 mm",
                    "tyres": {
                      "staticLoadedRadius": "500 mm",
                      "rollingRadius": "500 mm"
                    },
                    "driven": true,
                    "parkingBrakeTorque": "60000 N·m"
                  } ],
                  "loadCases": {
                    "laden": {
                      "mass": "16000 kg",
                      "centreOfGravity": {
                        "position": "3540 mm",
                        "height": "1300 mm"
                      }
                    }
                  },
                  "driverSide": "left"
                }
                """, writer.toJson(spec));
    }

    @Test
    void bus_writtenAsJsonOrYamlAndReadBack_isEqual(@TempDir Path folder) {
        ChassisSpec bus = TestSpecs.bus();
        assertEquals(bus, reader.read(writer.toJson(bus), "bus.json"));
        assertEquals(bus, reader.read(writer.toYaml(bus), "bus.yaml"));
        Path file = folder.resolve("bus.yml");
        writer.write(bus, file);
        assertEquals(bus, reader.read(file));
    }

    static Stream<ChassisSpec> randomSpecs() {
        Random random = new Random(7_2026L);
        return IntStream.range(0, 60).mapToObj(index -> randomSpec(random, index));
    }

    /** A random spec with awkward decimals in every kind of field, valid or not: writing must not care. */
    private static ChassisSpec randomSpec(Random random, int index) {
        int axleCount = 2 + random.nextInt(3);
        List<Axle> axles = new ArrayList<>();
        double position = 0;
        for (int axle = 0; axle < axleCount; axle++) {
            AxleGroup group = axle == 0 || axle < axleCount / 2 ? AxleGroup.FRONT : AxleGroup.REAR;
            Tyres tyres = new Tyres(random.nextBoolean() ? "315/80R22.5" : null, random.nextBoolean() ? 4 : null,
                    Quantities.getQuantity(0.3 + random.nextDouble() * 0.3, ChassisUnits.METRE),
                    Quantities.getQuantity(300 + random.nextDouble() * 300, MILLIMETRE));
            axles.add(new Axle(random.nextBoolean() ? "axle " + axle : null, group,
                    Quantities.getQuantity(position, ChassisUnits.METRE),
                    Quantities.getQuantity(1 + random.nextDouble() * 12, ChassisUnits.TONNE),
                    random.nextBoolean() ? Quantities.getQuantity(1.5 + random.nextDouble(), ChassisUnits.METRE) : null,
                    tyres, null, random.nextBoolean(),
                    random.nextBoolean() ? Quantities.getQuantity(random.nextDouble() * 90, ChassisUnits.KILONEWTON_METRE) : null));
            position += 1.2 + random.nextDouble() * 4;
        }
        LoadCase laden;
        if (random.nextBoolean()) {
            laden = LoadCase.of(Quantities.getQuantity(3000 + random.nextDouble() * 40000, KILOGRAM),
                    CentreOfGravity.at(Quantities.getQuantity(random.nextDouble() * position, ChassisUnits.METRE),
                            Quantities.getQuantity(0.5 + random.nextDouble() * 1.5, ChassisUnits.METRE)));
        } else {
            List<Quantity<Mass>> loads = new ArrayList<>();
            for (int axle = 0; axle < axleCount; axle++) {
                loads.add(Quantities.getQuantity(1000 + random.nextDouble() * 9000, KILOGRAM));
            }
            laden = new LoadCase(Quantities.getQuantity(random.nextDouble() * 30, ChassisUnits.TONNE),
                    CentreOfGravity.ofHeight(Quantities.getQuantity(random.nextDouble() * 2000 + 1, MILLIMETRE)), loads);
        }
        Powertrain powertrain;
        if (random.nextBoolean()) {
            Engine engine = new Engine(Quantities.getQuantity(300 + random.nextDouble() * 2500, NEWTON_METRE),
                    random.nextBoolean() ? Quantities.getQuantity(200 + random.nextDouble() * 500, NEWTON_METRE) : null,
                    Quantities.getQuantity(90 + random.nextDouble() * 400, ChassisUnits.KILOWATT),
                    Quantities.getQuantity(1800 + random.nextDouble() * 1500, ChassisUnits.REVOLUTION_PER_MINUTE),
                    List.of(new TorquePoint(Quantities.getQuantity(random.nextDouble() * 1000, ChassisUnits.REVOLUTION_PER_MINUTE),
                            Quantities.getQuantity(random.nextDouble() * 900, NEWTON_METRE))));
            powertrain = new Powertrain(engine, null, new Clutch(Quantities.getQuantity(random.nextDouble() * 3000 + 1, NEWTON_METRE)),
                    Gearbox.of(random.nextDouble() * 10, random.nextDouble() * 3), 
                    random.nextBoolean() ? new TransferCase(1.0, 1 + random.nextDouble() * 2) : null,
                    2 + random.nextDouble() * 5, random.nextDouble());
        } else {
            ElectricMotor motor = new ElectricMotor(Quantities.getQuantity(random.nextDouble() * 3000 + 1, NEWTON_METRE),
                    null, Quantities.getQuantity(random.nextDouble() * 15000 + 1, ChassisUnits.REVOLUTION_PER_MINUTE), null);
            powertrain = new Powertrain(null, motor, null, Gearbox.of(random.nextDouble() * 20), null, 3.9, 0.93);
        }
        return ChassisSpec.builder().id("RANDOM-" + index).name(random.nextBoolean() ? "Random \"quoted\" näme #" + index : null)
                .axles(axles).loadCase("laden", laden).powertrain(powertrain).build();
    }

    @ParameterizedTest(name = "seed 72026 #{index}")
    @MethodSource("randomSpecs")
    void randomSpec_writtenAndReadBack_isEqual_inJsonAndYaml(ChassisSpec spec) {
        assertEquals(spec, reader.read(writer.toJson(spec), "random.json"));
        assertEquals(spec, reader.read(writer.toYaml(spec), "random.yaml"));
    }
}
