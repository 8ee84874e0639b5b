package io.github.chassisspec.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence or word of a report, kept as a key and its arguments and put into words only when shown, so that
 * one result reads in English, Simplified Chinese or French. Arguments are text, {@link Measure}s (numbers with
 * their units, written when the phrase is, always with a '.' decimal point) or other phrases, which are put into the
 * same language.
 *
 * @param key       the sentence's key in the report's phrase books, such as {@code message.parkingHold}
 * @param arguments the values for {@code {0}}, {@code {1}}...: strings, measures or phrases
 */
public record Phrase(String key, List<Object> arguments) {

    public Phrase {
        Objects.requireNonNull(key, "key");
        // By index: an iterator per phrase was a sixth of what the headline checks allocate.
        for (int index = 0; index < arguments.size(); index++) {
            Object argument = arguments.get(index);
            if (!(argument instanceof String) && !(argument instanceof Measure) && !(argument instanceof Phrase)) {
                throw new IllegalArgumentException("a phrase argument is text, a measure or a phrase, not " + argument);
            }
        }
        // Returns the list itself when of() built it, so a phrase copies its arguments once.
        arguments = List.copyOf(arguments);
    }

    /** A phrase with arguments; numbers and other values are turned into text as they are. */
    public static Phrase of(String key, Object... arguments) {
        Object[] values = new Object[arguments.length];
        for (int index = 0; index < arguments.length; index++) {
            Object argument = arguments[index];
            values[index] = argument instanceof Phrase || argument instanceof Measure ? argument : String.valueOf(argument);
        }
        // One or two arguments fit List.of's two-element list, without the copy of the array List.of(values) makes.
        List<Object> list = switch (values.length) {
            case 0 -> List.of();
            case 1 -> List.of(values[0]);
            case 2 -> List.of(values[0], values[1]);
            default -> List.of(values);
        };
        return new Phrase(key, list);
    }

    /** Text as it is, in every language: a name from a file, a figure with its unit. */
    public static Phrase verbatim(String text) {
        return of("verbatim", text);
    }

    /** The phrase in English. */
    public String text() {
        return text(Locale.ENGLISH);
    }

    /** The phrase in the language of {@code locale}: Simplified Chinese for {@code zh}, French for {@code fr}, else English. */
    public String text(Locale locale) {
        String template = PhraseBooks.template(key, locale);
        StringBuilder text = new StringBuilder(template.length() + 32);
        int index = 0;
        while (index < template.length()) {
            char character = template.charAt(index);
            if (character == '{') {
                int close = template.indexOf('}', index);
                int position = Integer.parseInt(template.substring(index + 1, close));
                Object argument = arguments.get(position);
                text.append(argument instanceof Phrase phrase ? phrase.text(locale) : argument.toString());
                index = close + 1;
            } else {
                text.append(character);
                index++;
            }
        }
        return text.toString();
    }

    /** The phrase in English. */
    @Override
    public String toString() {
        return text();
    }
}
