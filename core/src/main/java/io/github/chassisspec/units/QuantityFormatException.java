package io.github.chassisspec.units;

/**
 * A quantity or slope text that cannot be read, such as {@code "4,175 mm"} or {@code "45"}.
 * The message says what is wrong and what is expected, and quotes the text.
 */
public final class QuantityFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String text;

    QuantityFormatException(String text, String message) {
        super(message);
        this.text = text;
    }

    /** The text that could not be read, as given. */
    public String text() {
        return text;
    }
}
