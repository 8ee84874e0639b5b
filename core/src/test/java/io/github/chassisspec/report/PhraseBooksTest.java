package io.github.chassisspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.RequirementEvaluator;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.units.Slope;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseBooksTest {

    private static Properties book(String language) throws IOException {
        try (InputStream input = PhraseBooks.class.getResourceAsStream("phrases_" + language + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Set<String> placeholders(String template) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+}").matcher(template);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "fr"})
    void everyBook_hasEveryKeyWithTheSamePlaceholders(String language) throws IOException {
        Properties english = book("en");
        Properties other = book(language);
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(other.getProperty(key)), key);
            assertFalse(other.getProperty(key).isBlank(), key);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-CN", "zh-TW", "fr-FR", "fr-MA", "de-DE", "ar-EG"})
    void anyLocale_getsItsLanguageOrEnglish_whateverTheDefaultLocale(String tag) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Locale locale = Locale.forLanguageTag(tag);
            String expected = switch (locale.getLanguage()) {
                case "zh" -> "通过";
                case "fr" -> "CONFORME";
                default -> "PASS";
            };
            assertEquals(expected, Phrase.of("verdict.PASS").text(locale));
            assertEquals("PASS", Phrase.of("verdict.PASS").text(Locale.ENGLISH));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh", "fr"})
    void busReport_rendersInEveryLanguage_withFiguresUnchanged(String language) {
        ComplianceReport report = RequirementEvaluator.evaluate(TestSpecs.bus(), RequirementProfile.named("tender")
                .adhesion(0.8).require(ParkingHoldRequirement.of(Slope.parse("45 °")))
                .require(HillStartRequirement.of(Slope.parse("30 %"), 2)).build());
        Locale locale = Locale.forLanguageTag(language);
        String text = TextReport.render(report, locale);
        // The figures of PHYSICS.md §8 are the same in every language, with a '.' decimal point.
        assertTrue(text.contains("22.2° (40.8 %)"), text);
        assertTrue(text.contains("13.0° (23.0 %)"), text);
        assertTrue(text.contains("ADHESION"), text);
        String verdict = Phrase.of("verdict.FAIL").text(locale);
        assertTrue(text.startsWith("BUS-16T-5900"), text);
        assertTrue(text.lines().findFirst().orElseThrow().endsWith(verdict), text);
        if (!language.equals("en")) {
            assertFalse(text.contains("parking brake holds"), text);
            assertFalse(text.contains("required"), text);
        }
    }
}
