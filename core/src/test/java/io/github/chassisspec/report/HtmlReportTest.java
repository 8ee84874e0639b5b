package io.github.chassisspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.ReportCharts;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.units.Slope;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private static RequirementProfile tender(String name) {
        return RequirementProfile.named(name).adhesion(0.8)
                .require(ParkingHoldRequirement.of(Slope.parse("45 °")).labelled("park at full load"))
                .require(HillStartRequirement.of(Slope.parse("30 %"), 2)).build();
    }

    private static String html(ChassisSpec spec, RequirementProfile profile, Locale locale) {
        ComplianceReport report = RequirementEvaluator.evaluate(spec, profile);
        return HtmlReport.render(report, ReportCharts.of(spec, profile, report), locale);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void busAgainstTheTender_showsVerdictTableWarningAndThreeCharts() {
        String html = html(TestSpecs.bus(), tender("Mediterranean tender"), Locale.ENGLISH);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.contains("<title>Compliance report: BUS-16T-5900 against “Mediterranean tender”</title>"), html);
        assertTrue(html.contains("<span class=\"badge fail\" id=\"verdict\">FAIL</span>"), html);
        assertTrue(html.contains("2 of 2 requirements are not met."), html);
        // PHYSICS.md §8: downhill tan θ = μa / (L + μh) = 0.8 × 3.54 / (5.90 + 0.8 × 1.30) → 22.2° (40.8 %).
        assertTrue(html.contains("22.2° (40.8 %) facing downhill"), html);
        // Second gear: F = 800 × 5.0 × 5.1 × 0.90 / 0.50 = 36720 N = W (sin θ + 0.01 cos θ) → 12.96°, 23.0 %.
        assertTrue(html.contains("13.0° (23.0 %)"), html);
        assertEquals(1, count(html, "<div class=\"alert\" role=\"alert\">"), html);
        assertTrue(html.contains("“park at full load”"), html);
        // One chart per slope requirement and the axle loads.
        assertEquals(3, count(html, "<svg class=\"chart\""), html);
        assertEquals(2, count(html, "<line class=\"reference\""), html);
    }

    @Test
    void page_isSelfContained() {
        String html = html(TestSpecs.bus(), tender("Mediterranean tender"), Locale.ENGLISH);
        String withoutSvgNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(withoutSvgNamespace.contains("http:"), "fetches nothing");
        assertFalse(withoutSvgNamespace.contains("https:"), "fetches nothing");
        assertFalse(html.contains("<script"), "runs nothing");
        assertFalse(html.contains("<link"), "loads no style sheet");
        assertFalse(html.contains(" src="), "loads no image");
        assertTrue(html.contains("<style>"), "has its style inline");
    }

    @Test
    void textFromFiles_staysInertText() {
        ChassisSpec bus = TestSpecs.bus();
        ChassisSpec spec = ChassisSpec.builder().id(SCRIPT).name("\"><img src=x onerror=alert(2)>").category("M3")
                .axle(bus.axles().get(0)).axle(bus.axles().get(1))
                .loadCase(ChassisSpec.UNLADEN, bus.loadCases().get(ChassisSpec.UNLADEN))
                .loadCase(ChassisSpec.LADEN, bus.loadCases().get(ChassisSpec.LADEN))
                .powertrain(bus.powertrain()).build();
        RequirementProfile profile = RequirementProfile.named(SCRIPT).adhesion(0.8)
                .require(ParkingHoldRequirement.of(Slope.parse("18 %")).labelled(SCRIPT).atLoad(ChassisSpec.LADEN))
                .build();
        String html = html(spec, profile, Locale.ENGLISH);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<p class=\"spec-name\">\"&gt;&lt;img src=x onerror=alert(2)&gt;</p>"), html);
    }

    @Test
    void chinese_hasItsLanguageAndTheSameFigures() {
        String html = html(TestSpecs.bus(), tender("地中海招标"), Locale.SIMPLIFIED_CHINESE);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hans\">"), html);
        assertTrue(html.contains("<title>符合性报告：BUS-16T-5900 对照“地中海招标”</title>"), html);
        assertTrue(html.contains("id=\"verdict\">不通过</span>"), html);
        assertTrue(html.contains("22.2° (40.8 %)"), html);
        assertFalse(html.contains("requirements are not met"), html);
    }

    @Test
    void parkingChart_followsTheClosedFormAtEveryAdhesion() {
        List<Chart> charts = ReportCharts.of(TestSpecs.bus(), tender("t"));
        Chart parking = charts.get(0);
        assertEquals(0, parking.resultIndex());
        assertEquals("0.30", parking.categories().get(0));
        assertEquals("1.00", parking.categories().get(parking.categories().size() - 1));
        // Rear axle braked, adhesion-limited over the whole axis (W sin θ stays below 60 kN·m / 0.50 m = 120 kN):
        // uphill tan θ = μa / (L − μh), downhill tan θ = μa / (L + μh), a = 3.54 m, L = 5.90 m, h = 1.30 m.
        for (int index = 0; index < parking.categories().size(); index++) {
            double adhesion = Double.parseDouble(parking.categories().get(index));
            double uphill = Math.toDegrees(Math.atan(adhesion * 3.54 / (5.90 - adhesion * 1.30)));
            double downhill = Math.toDegrees(Math.atan(adhesion * 3.54 / (5.90 + adhesion * 1.30)));
            assertEquals(uphill, parking.series().get(0).values().get(index), 1e-9, "uphill at μ " + adhesion);
            assertEquals(downhill, parking.series().get(1).values().get(index), 1e-9, "downhill at μ " + adhesion);
        }
        assertEquals(45.0, parking.references().get(0).value(), 1e-12);
    }

    @Test
    void startabilityChart_givesEveryGearAndMatchesTheResult() {
        List<Chart> charts = ReportCharts.of(TestSpecs.bus(), tender("t"));
        Chart start = charts.get(1);
        assertEquals(1, start.resultIndex());
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), start.categories());
        List<Double> values = start.series().get(0).values();
        // Engine-limited: F = 800 N·m × i_g × 5.1 × 0.90 / 0.50 m = W (sin θ + 0.01 cos θ), W = 16000 × 9.80665 N.
        // Gear 1 (i = 8.0): F = 58752 N → 21.416°; gear 2 (5.0): 36720 N → 12.961°; gear 3 (3.1): 22766.4 N → 7.769°.
        // Traction would allow tan θ = (0.8 × 3.54 / 5.90 − 0.01) / (1 − 0.8 × 1.30 / 5.90) → 29.71°, more than gear 1.
        assertEquals(21.416, values.get(0), 0.001);
        assertEquals(12.961, values.get(1), 0.001);
        assertEquals(7.769, values.get(2), 0.001);
        for (int gear = 1; gear < values.size(); gear++) {
            assertTrue(values.get(gear) <= values.get(gear - 1), "a higher gear starts on less: " + values);
        }
        // 30 % is atan(0.30) = 16.70°.
        assertEquals(16.699, start.references().get(0).value(), 0.001);
    }

    @Test
    void axleLoadChart_splitsEachLoadCaseByLevers() {
        Chart loads = ReportCharts.of(TestSpecs.bus(), tender("t")).get(2);
        assertEquals(-1, loads.resultIndex());
        assertEquals(List.of("front", "rear"), loads.categories());
        // Laden: rear 16000 × 3.54 / 5.90 = 9600 kg, front 6400 kg; unladen: rear 10500 × 3.35 / 5.90 = 5961.9 kg.
        assertEquals(4.538136, loads.series().get(0).values().get(0), 1e-6);
        assertEquals(5.961864, loads.series().get(0).values().get(1), 1e-6);
        assertEquals(6.4, loads.series().get(1).values().get(0), 1e-9);
        assertEquals(9.6, loads.series().get(1).values().get(1), 1e-9);
        assertEquals(List.of(7.1, 11.5), loads.series().get(2).values());
        assertEquals(Chart.Style.MARKS, loads.series().get(2).style());
    }

    @Test
    void chartsOfAnotherReport_areRefused() {
        RequirementProfile profile = tender("t");
        ComplianceReport report = RequirementEvaluator.evaluate(TestSpecs.bus(), profile);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ReportCharts.of(TestSpecs.bus(), tender("other"), report));
        assertEquals("the report is of BUS-16T-5900 against \"t\", not of BUS-16T-5900 against \"other\"",
                error.getMessage());
    }

    @Test
    void chartNumbers_useADecimalPointWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String html = html(TestSpecs.bus(), tender("t"), Locale.FRENCH);
            Matcher coordinate = Pattern.compile("(?:x|y|x1|y1|cx|cy)=\"(-?\\d+[,.]\\d)\"").matcher(html);
            int found = 0;
            while (coordinate.find()) {
                assertTrue(coordinate.group(1).contains("."), coordinate.group());
                found++;
            }
            assertTrue(found > 50, "coordinates found: " + found);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void niceCeiling_roundsUpToOneTwoTwoAndAHalfOrFive() {
        assertEquals(50, SvgChart.niceCeiling(41.3), 1e-12);
        assertEquals(25, SvgChart.niceCeiling(20.1), 1e-12);
        assertEquals(20, SvgChart.niceCeiling(12.5), 1e-12);
        assertEquals(2.5, SvgChart.niceCeiling(2.4), 1e-12);
        assertEquals(1, SvgChart.niceCeiling(0), 1e-12);
        assertEquals(10, SvgChart.niceCeiling(10), 1e-12);
    }
}
