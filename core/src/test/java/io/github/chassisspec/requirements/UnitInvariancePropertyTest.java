package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SheetFormat;
import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.RandomVehicles;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.Measure;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A random vehicle written in metric units and again in other units (every value in a unit of its own: kg, t or lb;
 * mm, cm, m, in or ft; N·m, kN·m or lbf·ft; W, kW, hp or PS; °, deg or rad; rpm or Hz; MPa, Pa or psi...), checked
 * against a random profile of every check whose thresholds are also written in other units and whose slopes are in
 * degrees, radians or percent: every result is the same. {@link UnitInvarianceTest} pins one sheet by hand; this
 * covers every field, every check and both files.
 */
class UnitInvariancePropertyTest {

    /**
     * Each value is written with 25 significant digits, so it reads back to its SI double or a neighbour (relative
     * 1e-16); the statics are well conditioned away from ties, so 1e-9 relative is loose for rounding and tight for
     * any unit slip, which is at least 2.54 %.
     */
    private static final double RELATIVE = 1e-9;

    private static final UnaryOperator<String> IMPERIAL = kind -> switch (kind) {
        case "length" -> "in";
        case "mass" -> "lb";
        case "torque" -> "lbf·ft";
        case "power" -> "hp";
        case "rotationalSpeed" -> "Hz";
        case "angle" -> "rad";
        case "stress" -> "psi";
        case "sectionModulus" -> "in³";
        case "speed" -> "mph";
        default -> "m^2";
    };

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 200).mapToObj(index -> Arguments.of(7_000 + index));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everyResult_isTheSameWhateverUnitsTheFilesUse(long seed) {
        RandomVehicles.Parameters vehicle = RandomVehicles.parameters(seed);
        int gears = vehicle.gearRatios().length;
        boolean transfer = !Double.isNaN(vehicle.transferHigh());
        ChassisSpec metric = RandomVehicles.read(vehicle);
        UnaryOperator<String> units = seed % 4 == 0 ? IMPERIAL : RandomVehicles.mixedUnits(seed);
        String otherSheet = RandomVehicles.sheet(vehicle, units);
        ChassisSpec other = new SpecSheetReader().read(otherSheet, "other.json");
        RandomProfiles.SlopeNotation notation = RandomProfiles.SlopeNotation.values()[(int) (seed / 4 % 4)];
        RequirementProfile metricProfile = RandomProfiles.read(seed, gears, transfer);
        RequirementProfile otherProfile = new RequirementProfileReader().readSheet(RandomProfiles.profile(seed, gears,
                transfer, units, notation), "other-profile.json", SheetFormat.JSON).profile();

        ComplianceReport expected = RequirementEvaluator.evaluate(metric, metricProfile);
        ComplianceReport actual = RequirementEvaluator.evaluate(other, otherProfile);

        assertEquals(expected.results().size(), actual.results().size());
        for (int index = 0; index < expected.results().size(); index++) {
            RequirementResult want = expected.results().get(index);
            RequirementResult got = actual.results().get(index);
            String what = want.check() + " #" + index + " in " + otherSheet;
            assertSame(want.required(), got.required(), what + ": required");
            assertSame(want.capability(), got.capability(), what + ": capability");
            assertEquals(want.limitedBy(), got.limitedBy(), what);
            boolean onTheThreshold = want.margin() != null && Math.abs(want.margin().value())
                    <= RELATIVE * Math.max(1, Math.abs(want.capability().value()));
            if (!onTheThreshold) {
                assertEquals(want.verdict(), got.verdict(), what);
            }
            assertEquals(want.verdict() == Verdict.NOT_EVALUATED, got.verdict() == Verdict.NOT_EVALUATED, what);
        }
    }

    private static void assertSame(Measure expected, Measure actual, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
            return;
        }
        assertEquals(expected.unit(), actual.unit(), what);
        assertTrue(Double.isFinite(expected.value()), what);
        assertEquals(expected.value(), actual.value(), RELATIVE * Math.max(1, Math.abs(expected.value())), what);
    }
}
