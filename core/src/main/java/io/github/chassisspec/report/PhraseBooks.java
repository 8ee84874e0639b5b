package io.github.chassisspec.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report's phrase books, one properties file (UTF-8) per language, read directly: {@code ResourceBundle} would
 * fall back to the machine's default locale, and an English report on a Chinese machine would come out in Chinese.
 */
final class PhraseBooks {

    private static final Map<String, Properties> BOOKS = new ConcurrentHashMap<>();

    private PhraseBooks() {
    }

    /** The language a locale gets: {@code zh}, {@code fr}, or {@code en} for every other. */
    static String language(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return language.equals("zh") || language.equals("fr") ? language : "en";
    }

    static String template(String key, Locale locale) {
        String language = language(locale);
        String template = book(language).getProperty(key);
        if (template == null && !language.equals("en")) {
            template = book("en").getProperty(key);
        }
        if (template == null) {
            throw new IllegalStateException("no phrase " + key + " in the report's phrase book");
        }
        return template;
    }

    /** Whether the phrase book has a key, for names that may or may not be translated. */
    static boolean has(String key) {
        return book("en").getProperty(key) != null;
    }

    private static Properties book(String language) {
        return BOOKS.computeIfAbsent(language, PhraseBooks::load);
    }

    private static Properties load(String language) {
        String name = "phrases_" + language + ".properties";
        try (InputStream input = PhraseBooks.class.getResourceAsStream(name)) {
            if (input == null) {
                throw new IllegalStateException("the phrase book " + name + " is missing from the library's jar");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the phrase book " + name, e);
        }
    }
}
