package io.github.chassisspec.validation;

import static io.github.chassisspec.model.TestSpecs.axle;
import static io.github.chassisspec.model.TestSpecs.loadCase;
import static io.github.chassisspec.units.ChassisUnits.KILOGRAM;
import static io.github.chassisspec.units.ChassisUnits.MILLIMETRE;
import static io.github.chassisspec.units.ChassisUnits.NEWTON_METRE;
import static io.github.chassisspec.units.ChassisUnits.REVOLUTION_PER_MINUTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.SpecSheetReader;
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
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.units.indriya.quantity.Quantities;

class SpecValidatorTest {

    private static List<String> violations(ChassisSpec spec) {
        return SpecValidator.validate(spec).stream().map(SpecViolation::toString).toList();
    }

    private static Axle withTrack(Axle axle, double trackMillimetres) {
        return new Axle(axle.name(), axle.group(), axle.position(), axle.ratedLoad(),
                Quantities.getQuantity(trackMillimetres, MILLIMETRE), axle.tyres(), axle.steering(), axle.driven(),
                axle.parkingBrakeTorque());
    }

    private static ChassisSpec withPowertrain(Powertrain powertrain) {
        return TestSpecs.bus().withPowertrain(powertrain);
    }

    private static Powertrain busPowertrain(Gearbox gearbox, TransferCase transferCase, double finalDrive,
            double efficiency) {
        Powertrain bus = TestSpecs.bus().powertrain();
        return new Powertrain(bus.engine(), null, bus.clutch(), gearbox, transferCase, finalDrive, efficiency);
    }

    @Test
    void prepare_thenValidate_findsTheSameViolations() {
        SpecValidator.prepare();
        ChassisSpec bus = TestSpecs.bus();
        ChassisSpec narrow = bus.withAxles(List.of(bus.axles().get(0), withTrack(bus.axles().get(1), 900)));
        assertEquals(List.of("axles[1].track must be between 1.0 m and 2.6 m but was 0.9 m"), violations(narrow));
    }

    @Test
    void validBus_hasNoViolation() {
        assertEquals(List.of(), violations(TestSpecs.bus()));
    }

    @Test
    void trackOutsideItsRange_isReportedInTheLimitsUnit() {
        ChassisSpec bus = TestSpecs.bus();
        ChassisSpec narrow = bus.withAxles(List.of(bus.axles().get(0), withTrack(bus.axles().get(1), 900)));
        assertEquals(List.of("axles[1].track must be between 1.0 m and 2.6 m but was 0.9 m"), violations(narrow));
    }

    @Test
    void singleAxle_isTooFewAndLacksARearGroup() {
        ChassisSpec spec = ChassisSpec.builder().id("X").axle(axle(AxleGroup.FRONT, 0, 7000))
                .loadCase("laden", loadCase(5000, 0, 1000)).build();
        assertEquals(List.of("axles must include at least one rear-group axle",
                "axles must list at least two axles but lists 1"), violations(spec));
    }

    @Test
    void axlePositions_mustStartAtZeroAndIncreaseStrictly() {
        ChassisSpec spec = TestSpecs.bus().withAxles(List.of(axle(AxleGroup.FRONT, 150, 7100),
                axle(AxleGroup.REAR, 4000, 9000), axle(AxleGroup.REAR, 4000, 9000)));
        assertEquals(List.of(
                "axles[0].position must be 0 mm, as positions are measured rearward from the first axle, but was 150 mm",
                "axles[2].position must be greater than the position of axles[1] (4000 mm) but was 4000 mm"),
                violations(spec));
    }

    @Test
    void frontGroupAxleBehindTheRearGroup_isReportedAtItsGroup() {
        ChassisSpec spec = TestSpecs.bus().withAxles(List.of(axle(AxleGroup.FRONT, 0, 7100),
                axle(AxleGroup.REAR, 4000, 9000), axle(AxleGroup.FRONT, 5900, 9000)));
        assertEquals(List.of("axles[2].group is front, but every front-group axle must come before the rear group"
                + " and axles[1] is rear"), violations(spec));
    }

    @Test
    void gearRatios_mustBePositiveAndStrictlyDecreasing() {
        ChassisSpec spec = withPowertrain(busPowertrain(Gearbox.of(8.0, 8.0, -1.0, 2.0), null, 5.1, 0.9));
        assertEquals(List.of(
                "powertrain.gearbox.ratios[1] must be less than the ratio of gear 1 (8) but was 8; gear 1 is the lowest gear",
                "powertrain.gearbox.ratios[2] must be greater than 0 but was -1"), violations(spec));
    }

    @Test
    void efficiencyFinalDriveAndTransferCase_mustBeSensibleRatios() {
        ChassisSpec spec = withPowertrain(busPowertrain(Gearbox.of(5.0), new TransferCase(2.48, 1.0), 0, 1.2));
        assertEquals(List.of(
                "powertrain.efficiency must be greater than 0 and at most 1 but was 1.2",
                "powertrain.finalDrive must be greater than 0 but was 0",
                "powertrain.transferCase.low must be greater than the high-range ratio 2.48 but was 1"), violations(spec));
    }

    @Test
    void axlePositionBeyond30Metres_isReportedOnlyByItsRange() {
        // 1e305 m would overflow the group centres of the centre-of-gravity rule, which must then not run.
        ChassisSpec spec = TestSpecs.bus().withAxles(List.of(axle(AxleGroup.FRONT, 0, 7100),
                axle(AxleGroup.REAR, 1e308, 11500)));
        assertEquals(List.of("axles[1].position must be between 0 m and 30 m but was 1" + "0".repeat(305) + " m"),
                violations(spec));
    }

    @Test
    void ratedLoadBeyond30Tonnes_isReportedOnlyByItsRange() {
        // A rating of 1e308 kg weights the group centres of the centre-of-gravity rule, which must then not run.
        ChassisSpec spec = TestSpecs.bus().withAxles(List.of(axle(AxleGroup.FRONT, 0, 7100),
                axle(AxleGroup.REAR, 5900, 1e308)));
        assertEquals(List.of("axles[1].ratedLoad must be between 100 kg and 30 t but was 1" + "0".repeat(308) + " kg"),
                violations(spec));
    }

    @Test
    void overhangBeyond15Metres_isReported() {
        // An overhang of 1e305 m passed and made the frame-strength check's bending stress infinite.
        ChassisSpec spec = new SpecSheetReader().read(TestSpecs.FULL_BUS_JSON.replace("\"rearOverhang\": \"3400 mm\"",
                "\"rearOverhang\": \"16 m\""), "bus.json");
        assertEquals(List.of("body.rearOverhang must be between 0 m and 15 m but was 16 m"), violations(spec));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "groundClearance": "220 mm" | "groundClearance": "1600 mm"   | body.groundClearance must be between 0 m and 1.5 m but was 1.6 m
            "height": "300 mm"          | "height": "3200 mm"            | body.approachPoint.height must be between 0 m and 3 m but was 3.2 m
            "sectionModulus": "180 cm³" | "sectionModulus": "180000 cm³" | frame.sectionModulus must be between 10 cm³ and 5000 cm³ but was 180000 cm³
            "yieldStrength": "420 MPa"  | "yieldStrength": "42 MPa"      | frame.yieldStrength must be between 100 MPa and 2000 MPa but was 42 MPa
            "frontalArea": "7.5 m²"     | "frontalArea": "75 m²"         | aerodynamics.frontalArea must be between 1 m² and 20 m² but was 75 m²
            "generatorPower": "8.4 kW"  | "generatorPower": "8400 kW"    | electrical.generatorPower must be between 0.1 kW and 1000 kW but was 8400 kW
            "power": "4.5 kW"           | "power": "4500 kW"             | electrical.consumers[0].power must be between 0 kW and 500 kW but was 4500 kW
            "dragCoefficient": 0.7      | "dragCoefficient": 7           | aerodynamics.dragCoefficient must be greater than 0 and at most 2 (a box-shaped truck is about 0.8) but was 7
            """)
    void implausibleFigure_isReportedWithItsRange(String written, String slipped, String expected) {
        // Each is a slip the sheet's other figures do not catch: a unit or decimal point off by a power of ten, or
        // C_d·A written for C_d. Only the first occurrence changes: "height" is the approach point's.
        assertTrue(TestSpecs.FULL_BUS_JSON.contains(written), written);
        String sheet = TestSpecs.FULL_BUS_JSON.replaceFirst(Pattern.quote(written), Matcher.quoteReplacement(slipped));
        assertEquals(List.of(expected), violations(new SpecSheetReader().read(sheet, "bus.json")));
    }

    @Test
    void figuresAtTheEndsOfTheirRanges_pass() {
        ChassisSpec spec = new SpecSheetReader().read(TestSpecs.FULL_BUS_JSON
                .replace("\"groundClearance\": \"220 mm\"", "\"groundClearance\": \"1.5 m\"")
                .replace("\"sectionModulus\": \"180 cm³\"", "\"sectionModulus\": \"5000 cm³\"")
                .replace("\"yieldStrength\": \"420 MPa\"", "\"yieldStrength\": \"2000 MPa\"")
                .replace("\"frontalArea\": \"7.5 m²\"", "\"frontalArea\": \"1 m²\"")
                .replace("\"generatorPower\": \"8.4 kW\"", "\"generatorPower\": \"1000 kW\"")
                .replace("\"power\": \"4.5 kW\"", "\"power\": \"0 kW\"")
                .replace("\"dragCoefficient\": 0.7", "\"dragCoefficient\": 2"), "bus.json");
        assertEquals(List.of(), violations(spec));
    }

    @Test
    void clearancePointInsideTheTyre_isReported() {
        ChassisSpec spec = new SpecSheetReader().read(TestSpecs.FULL_BUS_JSON
                .replace("\"approachPoint\": { \"distance\": \"2690 mm\"", "\"approachPoint\": { \"distance\": \"296 mm\"")
                .replace("\"departurePoint\": { \"distance\": \"3400 mm\"", "\"departurePoint\": { \"distance\": \"100 mm\""),
                "bus.json");
        // r = 500 mm: √(296² + (300 − 500)²) = √127616 = 357.2 mm and √(100² + (350 − 500)²) = √32500 = 180.3 mm.
        assertEquals(List.of(
                "body.approachPoint must lie outside the tyre of axles[0] (static loaded radius 500 mm) but is 357 mm"
                        + " from its wheel centre",
                "body.departurePoint must lie outside the tyre of axles[1] (static loaded radius 500 mm) but is 180 mm"
                        + " from its wheel centre"), violations(spec));
    }

    @Test
    void ladenLighterThanUnladen_isReportedAtTheLadenMass() {
        ChassisSpec spec = TestSpecs.bus().withLoadCase("laden", loadCase(10000, 3540, 1300));
        assertEquals(List.of("loadCases.laden.mass must be at least the unladen mass 10500 kg but was 10000 kg"),
                violations(spec));
    }

    @Test
    void missingLadenLoadCase_isReported() {
        ChassisSpec bus = TestSpecs.bus();
        ChassisSpec spec = ChassisSpec.builder().id("X").axles(bus.axles())
                .loadCase("full", loadCase(16000, 3540, 1300)).build();
        assertEquals(List.of("loadCases must include the load case laden (the technically permissible maximum mass)"
                + " but has only full"), violations(spec));
    }

    @Test
    void axleLoadsOffTheMassByMoreThanHalfAPercent_areReported() {
        // 6400 + 9700 = 16100 kg against 16000 kg: 100/16000 = 0.625 % > 0.5 %.
        LoadCase loads = new LoadCase(Quantities.getQuantity(16000, KILOGRAM),
                CentreOfGravity.ofHeight(Quantities.getQuantity(1300, MILLIMETRE)),
                List.of(Quantities.getQuantity(6400, KILOGRAM), Quantities.getQuantity(9700, KILOGRAM)));
        assertEquals(List.of("loadCases.laden.axleLoads sum to 16100 kg, which differs from the mass 16000 kg by"
                + " 0.63 %; at most 0.5 % is allowed"), violations(TestSpecs.bus().withLoadCase("laden", loads)));
        // 6400 + 9670 = 16070 kg: 0.4375 % is within the tolerance.
        LoadCase close = new LoadCase(loads.mass(), loads.centreOfGravity(),
                List.of(Quantities.getQuantity(6400, KILOGRAM), Quantities.getQuantity(9670, KILOGRAM)));
        assertEquals(List.of(), violations(TestSpecs.bus().withLoadCase("laden", close)));
    }

    @Test
    void axleLoadsNotOnePerAxle_areReported() {
        LoadCase loads = new LoadCase(Quantities.getQuantity(16000, KILOGRAM),
                CentreOfGravity.ofHeight(Quantities.getQuantity(1300, MILLIMETRE)),
                List.of(Quantities.getQuantity(16000, KILOGRAM)));
        assertEquals(List.of("loadCases.laden.axleLoads must give one load per axle (2) but gives 1"),
                violations(TestSpecs.bus().withLoadCase("laden", loads)));
    }

    @Test
    void centreOfGravityBehindTheRearAxle_isReported() {
        assertEquals(List.of("loadCases.laden.centreOfGravity.position must put the centre of gravity between the front"
                        + " group centre 0 mm and the rear group centre 5900 mm but puts it at 6100 mm"),
                violations(TestSpecs.bus().withLoadCase("laden", loadCase(16000, 6100, 1300))));
    }

    @Test
    void electricMotorWithAClutch_isReported() {
        ElectricMotor motor = new ElectricMotor(Quantities.getQuantity(1000, NEWTON_METRE), null, null, null);
        Powertrain powertrain = new Powertrain(null, motor, new Clutch(Quantities.getQuantity(1200, NEWTON_METRE)),
                Gearbox.of(3.5), null, 4.3, 0.92);
        assertEquals(List.of("powertrain.clutch must be left out for an electric motor, which gives its full torque"
                + " from standstill"), violations(withPowertrain(powertrain)));
    }

    @Test
    void launchTorqueAbovePeakAndCurveOutOfOrder_areReported() {
        Engine engine = new Engine(Quantities.getQuantity(800, NEWTON_METRE), Quantities.getQuantity(900, NEWTON_METRE),
                null, null, List.of(
                        new TorquePoint(Quantities.getQuantity(1200, REVOLUTION_PER_MINUTE), Quantities.getQuantity(850, NEWTON_METRE)),
                        new TorquePoint(Quantities.getQuantity(1000, REVOLUTION_PER_MINUTE), Quantities.getQuantity(700, NEWTON_METRE))));
        Powertrain powertrain = new Powertrain(engine, null, null, Gearbox.of(5.0), null, 5.1, 0.9);
        assertEquals(List.of(
                "powertrain.engine.launchTorque must be at most the peak torque 800 N·m but was 900 N·m",
                "powertrain.engine.peakTorque must be at least the highest torque on the torque curve (850 N·m) but was 800 N·m",
                "powertrain.engine.torqueCurve[1].speed must be greater than the speed of the point before (1200 rpm)"
                        + " but was 1000 rpm"), violations(withPowertrain(powertrain)));
    }

    @Test
    void manyBrokenRules_comeBackTogetherInSheetOrder() {
        ChassisSpec bus = TestSpecs.bus();
        ChassisSpec spec = bus.toBuilder()
                .category("bus")
                .axles(List.of(bus.axles().get(0), withTrack(bus.axles().get(1), 3000)))
                .loadCase("laden", loadCase(10000, 3540, 1300))
                .powertrain(busPowertrain(Gearbox.of(5.0), null, 5.1, 0))
                .build();
        assertEquals(List.of(
                "axles[1].track must be between 1.0 m and 2.6 m but was 3 m",
                "category must be a UN vehicle category (M1, M2, M3, N1, N2, N3, with G for off-road such as N3G) but was bus",
                "loadCases.laden.mass must be at least the unladen mass 10500 kg but was 10000 kg",
                "powertrain.efficiency must be greater than 0 and at most 1 but was 0"), violations(spec));
    }

    @Test
    void violation_carriesAJsonPointerToTheSamePlace() {
        ChassisSpec bus = TestSpecs.bus();
        SpecViolation violation = SpecValidator.validate(
                bus.withAxles(List.of(bus.axles().get(0), withTrack(bus.axles().get(1), 900)))).get(0);
        assertEquals("axles[1].track", violation.path());
        assertEquals("/axles/1/track", violation.pointer());
        SpecViolation mass = SpecValidator.validate(bus.withLoadCase("laden", loadCase(10000, 3540, 1300))).get(0);
        assertEquals("/loadCases/laden/mass", mass.pointer());
    }

    @Test
    void userTextInAMessage_isNotInterpolated() {
        ChassisSpec bus = TestSpecs.bus();
        ChassisSpec spec = ChassisSpec.builder().id("X").axles(bus.axles())
                .loadCase("{max} ${1+1}", loadCase(16000, 3540, 1300)).build();
        assertEquals(List.of("loadCases must include the load case laden (the technically permissible maximum mass)"
                + " but has only {max} ${1+1}"), violations(spec));
    }

    @ParameterizedTest(name = "{0} with default locale {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | zh-CN | axles[1].track must be between 1.0 m and 2.6 m but was 0.9 m
            de-DE | zh-CN | axles[1].track must be between 1.0 m and 2.6 m but was 0.9 m
            en    | fr-FR | axles[1].track must be between 1.0 m and 2.6 m but was 0.9 m
            zh-CN | en-US | axles[1].track 必须在 1.0 m 与 2.6 m 之间，但为 0.9 m
            zh-TW | fr-FR | axles[1].track 必须在 1.0 m 与 2.6 m 之间，但为 0.9 m
            fr-MA | zh-CN | axles[1].track doit être compris entre 1.0 m et 2.6 m mais vaut 0.9 m
            """)
    void messages_comeInTheAskedLanguage_whateverTheDefaultLocale(String asked, String defaultLocale, String expected) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(defaultLocale));
            ChassisSpec bus = TestSpecs.bus();
            ChassisSpec narrow = bus.withAxles(List.of(bus.axles().get(0), withTrack(bus.axles().get(1), 900)));
            assertEquals(List.of(expected), SpecValidator.validate(narrow, Locale.forLanguageTag(asked)).stream()
                    .map(SpecViolation::toString).toList());
            assertEquals(List.of("axles[1].track must be between 1.0 m and 2.6 m but was 0.9 m"), violations(narrow));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
