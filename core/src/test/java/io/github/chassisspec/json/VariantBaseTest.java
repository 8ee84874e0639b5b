package io.github.chassisspec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.validation.SpecValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantBaseTest {

    private static final String BASE = """
            {
              "format": "chassis-spec/1",
              "id": "BUS",
              "axles": [
                { "group": "front", "position": "0 mm", "ratedLoad": "7100 kg",
                  "tyres": { "staticLoadedRadius": "500 mm", "rollingRadius": "500 mm" } },
                { "group": "rear", "position": "5900 mm", "ratedLoad": "11500 kg",
                  "tyres": { "staticLoadedRadius": "500 mm", "rollingRadius": "500 mm" },
                  "driven": true, "parkingBrakeTorque": "60 kN·m" }
              ],
              "loadCases": {
                "laden": { "mass": "16000 kg", "centreOfGravity": { "position": "3540 mm", "height": "1300 mm" } }
              }
            }
            """;

    @TempDir
    static Path folder;
    static VariantBase base;

    @BeforeAll
    static void writeBase() throws IOException {
        Path file = folder.resolve("bus.json");
        Files.writeString(file, BASE);
        base = VariantBase.read(file);
    }

    private static SheetOverride cell(String path, String value, int line, int column) {
        return new SheetOverride(path, value, "variants.csv", new SheetLocation(line, column));
    }

    @Test
    void overrides_replaceTheBaseValues_andLeaveTheBaseAlone() {
        VariantSheet variant = base.variant(List.of(cell("id", "BUS-6300", 2, 1),
                cell("axles[1].position", "6300 mm", 2, 8), cell("/loadCases/laden/mass", "16.5 t", 2, 17)));
        ChassisSpec spec = variant.sheet().spec();
        assertEquals("BUS-6300", spec.id());
        assertEquals(6.3, SiValues.of(spec.axles().get(1).position()), 1e-12);
        assertEquals(16500, SiValues.of(spec.loadCases().get("laden").mass()), 1e-9);
        ChassisSpec unchanged = base.variant(List.of()).sheet().spec();
        assertEquals("BUS", unchanged.id());
        assertEquals(5.9, SiValues.of(unchanged.axles().get(1).position()), 1e-12);
    }

    @Test
    void anAbsentObject_isAdded() {
        ChassisSpec spec = base.variant(List.of(cell("frame.rails", "straight", 3, 4),
                cell("frame.sectionModulus", "180 cm³", 3, 5), cell("frame.yieldStrength", "420 MPa", 3, 6)))
                .sheet().spec();
        assertEquals(180e-6, SiValues.of(spec.frame().sectionModulus()), 1e-15);
    }

    @Test
    void aBadValue_isReportedAtItsCell() {
        SheetException error = assertThrows(SheetException.class,
                () -> base.variant(List.of(cell("loadCases.laden.mass", "16500", 7, 12))));
        assertEquals("variants.csv", error.source());
        assertEquals(new SheetLocation(7, 12), error.location());
        assertEquals("/loadCases/laden/mass", error.pointer());
    }

    @Test
    void aPathPastTheEndOfAnArray_isReportedAtItsCell() {
        SheetException error = assertThrows(SheetException.class,
                () -> base.variant(List.of(cell("axles[2].position", "9000 mm", 4, 3))));
        assertEquals("variants.csv:4:3: /axles/2/position: the column axles[2].position goes to /axles/2, but /axles"
                + " has 2 elements (indices from 0)", error.getMessage());
    }

    @Test
    void aPathInsideAValue_isReportedAtItsCell() {
        SheetException error = assertThrows(SheetException.class,
                () -> base.variant(List.of(cell("id.name", "x", 4, 3))));
        assertEquals("variants.csv:4:3: /id/name: the column id.name goes inside /id, which is the text \"BUS\", not"
                + " an object or array", error.getMessage());
    }

    @Test
    void aViolation_isLocatedWhereItsValueWasWritten() {
        VariantSheet variant = base.variant(List.of(cell("loadCases.laden.mass", "250 kg", 5, 9)));
        List<String> located = SpecValidator.validate(variant.sheet().spec()).stream().map(variant::locate).toList();
        // LoadCase.mass is constrained to 300 kg .. 200 t.
        assertEquals(List.of("variants.csv:5:9: loadCases.laden.mass must be between 300 kg and 200 t but was 250 kg"),
                located);
        assertNull(variant.overrideAt("/axles/0/position"));
    }

    @Test
    void aViolationOfABaseValue_isLocatedInTheBase() {
        VariantSheet variant = base.variant(List.of(cell("axles[1].ratedLoad", "11500 kg", 5, 9),
                cell("axles[0].position", "100 mm", 5, 4)));
        List<String> located = SpecValidator.validate(variant.sheet().spec()).stream().map(variant::locate).toList();
        assertEquals(List.of("variants.csv:5:4: axles[0].position must be 0 mm, as positions are measured rearward from the"
                + " first axle, but was 100 mm"), located);
        VariantSheet laden = base.variant(List.of(cell("axles[1].position", "3000 mm", 6, 2)));
        // The base's centre of gravity at 3540 mm now lies behind the rear axle at 3000 mm.
        List<String> fromBase = SpecValidator.validate(laden.sheet().spec()).stream().map(laden::locate).toList();
        assertEquals(1, fromBase.size(), fromBase.toString());
        assertEquals(folder.resolve("bus.json") + ":12:", fromBase.get(0).substring(0,
                fromBase.get(0).indexOf(':', folder.resolve("bus.json").toString().length() + 1) + 1));
    }
}
