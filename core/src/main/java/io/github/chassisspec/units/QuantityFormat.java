package io.github.chassisspec.units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javax.measure.Quantity;

/**
 * Reads and writes quantity text of the form {@code "<number> <unit>"}, such as {@code "5900 mm"},
 * {@code "800 N·m"} or {@code "1e3 mm"}, the same way in every locale (FORMAT.md §1).
 *
 * <p>The number has an optional sign, a {@code '.'} decimal point, an optional exponent and never a
 * thousands separator; the unit is one of {@link QuantityKind#unitSymbols()}. Indriya's own text parsing
 * is not used: it depends on the default locale and misreads exponents and spaced units.
 *
 * <p>Writing picks the shortest decimal that reads back to the same double. Thread-safe; all methods
 * are static.
 */
public final class QuantityFormat {

    private QuantityFormat() {
    }

    /**
     * Reads a quantity of the given JSR 385 type, stored in the SI unit of its kind.
     *
     * @throws QuantityFormatException if the text is not a number with a unit of that kind
     */
    public static <Q extends Quantity<Q>> Quantity<Q> parse(CharSequence text, Class<Q> quantityType) {
        QuantityKind kind = QuantityKind.of(quantityType).orElseThrow(() -> new IllegalArgumentException(
                "no unit table for quantity type " + quantityType.getName()));
        return SiValues.quantity(parse(text, kind).siValue(), quantityType);
    }

    /**
     * Reads a quantity that must be of the given kind, keeping the number and unit as written.
     *
     * @throws QuantityFormatException if the text is not a number with a unit of that kind
     */
    public static ParsedQuantity parse(CharSequence text, QuantityKind kind) {
        Objects.requireNonNull(kind, "kind");
        NumberAndUnit parts = split(text, () -> kind.description() + " such as \"" + kind.example() + "\"");
        String original = parts.original();
        if (parts.unit().isEmpty()) {
            throw new QuantityFormatException(original,
                    quote(original) + " has no unit; " + kind.description() + " takes " + kind.symbolList());
        }
        UnitDefinition definition = UnitTable.bySymbol(parts.unit());
        if (definition == null) {
            throw unknownUnit(original, parts.unit(), kind.description() + " takes " + kind.symbolList());
        }
        if (definition.kind() != kind) {
            throw new QuantityFormatException(original, quote(original) + " is " + definition.kind().description()
                    + ", but " + kind.description() + " is expected (" + kind.symbolList() + ")");
        }
        return toParsed(parts, definition);
    }

    /**
     * The value in the SI unit of {@code kind} of a quantity text, such as 5.9 for {@code "5900 mm"}: the same double as
     * {@code parse(text, kind).siValue()}, and the same errors, without keeping the number as written.
     *
     * @throws QuantityFormatException if the text is not a number with a unit of that kind
     */
    public static double parseSiValue(CharSequence text, QuantityKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (text instanceof String written) {
            double quick = quickSiValue(written.toCharArray(), 0, written.length(), kind);
            if (!Double.isNaN(quick)) {
                return quick;
            }
        }
        return parse(text, kind).siValue();
    }

    /**
     * As {@link #parseSiValue(CharSequence, QuantityKind)}, for the text in {@code chars} from {@code offset}, {@code
     * length} characters long, as a JSON parser hands out a string value: the common case is read without making a
     * {@code String} of it. The array is only read.
     *
     * @throws QuantityFormatException   if the text is not a number with a unit of that kind
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static double parseSiValue(char[] chars, int offset, int length, QuantityKind kind) {
        Objects.requireNonNull(chars, "chars");
        Objects.requireNonNull(kind, "kind");
        Objects.checkFromIndexSize(offset, length, chars.length);
        double quick = quickSiValue(chars, offset, offset + length, kind);
        if (!Double.isNaN(quick)) {
            return quick;
        }
        return parse(new String(chars, offset, length), kind).siValue();
    }

    /**
     * The common case of {@link #parseSiValue}, a number, spaces and a unit of the kind, read from the characters
     * between {@code start} and {@code end} without intermediate objects; NaN for anything else, which the full reading
     * then takes, with its messages.
     */
    private static double quickSiValue(char[] chars, int start, int end, QuantityKind kind) {
        int numberStart = start;
        while (numberStart < end && chars[numberStart] == ' ') {
            numberStart++;
        }
        int numberEnd = scanNumber(chars, numberStart, end);
        if (numberEnd < 0) {
            return Double.NaN;
        }
        int unitStart = numberEnd;
        while (unitStart < end && chars[unitStart] == ' ') {
            unitStart++;
        }
        int unitEnd = end;
        while (unitEnd > unitStart && chars[unitEnd - 1] == ' ') {
            unitEnd--;
        }
        UnitDefinition definition = unitOfKind(chars, unitStart, unitEnd, kind);
        if (definition == null) {
            return Double.NaN;
        }
        // NaN for an exponent or many digits, which the full reading looks at as written.
        return inOneStep(chars, numberStart, numberEnd, definition);
    }

    /**
     * The unit of {@code kind} written exactly between {@code start} and {@code end}, looked up without cutting it out of
     * the text; null for any other text, "16 000 kg" and "16,000 kg" among them.
     */
    private static UnitDefinition unitOfKind(char[] chars, int start, int end, QuantityKind kind) {
        int length = end - start;
        for (UnitDefinition definition : UnitTable.definitionsOf(kind)) {
            String symbol = definition.symbol();
            if (symbol.length() == length && writtenAt(chars, start, symbol)) {
                return definition;
            }
        }
        return null;
    }

    private static boolean writtenAt(char[] chars, int start, String symbol) {
        for (int index = 0; index < symbol.length(); index++) {
            if (chars[start + index] != symbol.charAt(index)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The number between {@code start} and {@code end}, up to 18 digits without an exponent, read in place and
     * converted in the one correctly rounded step of {@link UnitDefinition#toSiInOneStep(long, int)}; NaN otherwise.
     */
    private static double inOneStep(char[] chars, int start, int end, UnitDefinition definition) {
        long unscaled = 0;
        int scale = 0;
        int digits = 0;
        boolean negative = false;
        boolean fraction = false;
        for (int index = start; index < end; index++) {
            char character = chars[index];
            if (isAsciiDigit(character)) {
                if (++digits > 18) {
                    return Double.NaN;
                }
                unscaled = unscaled * 10 + (character - '0');
                scale += fraction ? 1 : 0;
            } else if (character == '.') {
                fraction = true;
            } else if (character == '-') {
                negative = true;
            } else if (character != '+') {
                return Double.NaN;
            }
        }
        return definition.toSiInOneStep(negative ? -unscaled : unscaled, scale);
    }

    /**
     * Reads a quantity of whatever kind its unit says, as constraint limits such as {@code "1.0 m"} are written.
     *
     * @throws QuantityFormatException if the text is not a number with an accepted unit
     */
    public static ParsedQuantity parseAnyKind(CharSequence text) {
        NumberAndUnit parts = split(text, () -> "a quantity such as \"5900 mm\"");
        String original = parts.original();
        if (parts.unit().isEmpty()) {
            throw new QuantityFormatException(original, quote(original) + " has no unit");
        }
        UnitDefinition definition = UnitTable.bySymbol(parts.unit());
        if (definition == null) {
            throw unknownUnit(original, parts.unit(), "accepted units are " + String.join(", ", UnitTable.allSymbols()));
        }
        return toParsed(parts, definition);
    }

    /** The quantity in the canonical unit of its kind, e.g. {@code "5900 mm"}; reads back to an equal value. */
    public static String format(Quantity<?> quantity) {
        QuantityKind kind = SiValues.kindOf(quantity);
        return format(SiValues.of(quantity), kind, kind.canonicalSymbol());
    }

    /**
     * An SI value written in the given unit with the shortest decimal that reads back to the same double,
     * such as {@code format(1.82, LENGTH, "m")} → {@code "1.82 m"}.
     */
    public static String format(double siValue, QuantityKind kind, String unitSymbol) {
        UnitDefinition definition = definitionFor(kind, unitSymbol);
        requireFinite(siValue);
        if (definition.isSiUnit()) {
            return DecimalText.shortest(siValue) + " " + unitSymbol;
        }
        String number = Decimals.shortestAccepted(definition.fromSi(siValue),
                candidate -> definition.toSi(candidate) == siValue);
        return number + " " + unitSymbol;
    }

    /** An SI value in the given unit rounded half-up to {@code decimals} places, for messages: {@code "0.9 m"}. */
    public static String formatRounded(double siValue, QuantityKind kind, String unitSymbol, int decimals) {
        UnitDefinition definition = definitionFor(kind, unitSymbol);
        requireFinite(siValue);
        double inUnit = definition.fromSiNearest(siValue);
        return Decimals.rounded(inUnit, decimals) + " " + unitSymbol;
    }

    private static UnitDefinition definitionFor(QuantityKind kind, String unitSymbol) {
        UnitDefinition definition = UnitTable.bySymbol(unitSymbol);
        if (definition == null || definition.kind() != kind) {
            throw new IllegalArgumentException("\"" + unitSymbol + "\" is not a unit of " + kind.description()
                    + " (" + kind.symbolList() + ")");
        }
        return definition;
    }

    private static void requireFinite(double siValue) {
        if (!Double.isFinite(siValue)) {
            throw new IllegalArgumentException("cannot write the non-finite value " + siValue);
        }
    }

    private static ParsedQuantity toParsed(NumberAndUnit parts, UnitDefinition definition) {
        BigDecimal number;
        try {
            number = new BigDecimal(parts.number());
        } catch (NumberFormatException | ArithmeticException e) {
            throw outOfRange(parts.original());
        }
        double siValue;
        try {
            siValue = definition.toSi(number);
        } catch (ArithmeticException e) {
            // An exponent such as 1e-2147483647 takes the scale of the product beyond what BigDecimal can hold.
            throw outOfRange(parts.original());
        }
        if (!Double.isFinite(siValue)) {
            throw outOfRange(parts.original());
        }
        if (siValue == 0.0) {
            // Normalise -0 to 0 and refuse values too tiny for a double instead of silently reading them as zero.
            if (number.signum() != 0) {
                throw outOfRange(parts.original());
            }
            siValue = 0.0;
        }
        return new ParsedQuantity(definition.kind(), number, definition.symbol(), siValue);
    }

    private static QuantityFormatException outOfRange(String original) {
        return new QuantityFormatException(original, quote(original) + " is out of range for a double");
    }

    private static QuantityFormatException unknownUnit(String original, String unit, String accepted) {
        if (unit.chars().anyMatch(Character::isWhitespace)) {
            String compact = compact(unit);
            List<String> suggestions = new ArrayList<>();
            for (String symbol : UnitTable.allSymbols()) {
                if (compact(symbol).equals(compact)) {
                    suggestions.add(symbol);
                }
            }
            String advice = suggestions.isEmpty() ? accepted : "write " + orList(suggestions);
            return new QuantityFormatException(original,
                    quote(original) + " has a space inside its unit \"" + unit + "\"; " + advice);
        }
        return new QuantityFormatException(original, quote(original) + " has an unknown unit \"" + unit + "\"; " + accepted);
    }

    private static String compact(String symbol) {
        return symbol.replaceAll("[\\s·*]", "");
    }

    private static String orList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }

    /** The number and the unit of a quantity text, both still unchecked. */
    record NumberAndUnit(String original, String number, String unit) {
    }

    /**
     * Splits {@code text} into its leading number and the unit after it; refuses text that does not start with a
     * plain decimal number, naming what was expected (worked out only then: sheets hold dozens of quantities).
     */
    static NumberAndUnit split(CharSequence text, Supplier<String> expectation) {
        if (text == null) {
            throw new QuantityFormatException(null, "no value; expected " + expectation.get());
        }
        String original = text.toString();
        String trimmed = original.strip();
        if (trimmed.isEmpty()) {
            throw new QuantityFormatException(original, quote(original) + " is empty; expected " + expectation.get());
        }
        int end = scanNumber(trimmed.toCharArray(), 0, trimmed.length());
        if (end < 0 && trimmed.charAt(0) == '\u2212') {
            throw new QuantityFormatException(original, quote(original)
                    + " starts with the minus sign '\u2212'; write the minus as '-'");
        }
        if (end < 0) {
            String lower = trimmed.toLowerCase(Locale.ROOT).replaceFirst("^[+-]", "");
            if (lower.startsWith("nan") || lower.startsWith("inf") || lower.startsWith("∞")) {
                throw new QuantityFormatException(original,
                        quote(original) + " is not a finite number; expected " + expectation.get());
            }
            throw new QuantityFormatException(original,
                    quote(original) + " does not start with a number; expected " + expectation.get());
        }
        if (end < trimmed.length() && (trimmed.charAt(end) == ',' || trimmed.charAt(end) == '\'')
                && end + 1 < trimmed.length() && Character.isDigit(trimmed.charAt(end + 1))) {
            // An apostrophe is only ever a thousands separator (16'000); a comma may be either.
            throw new QuantityFormatException(original, trimmed.charAt(end) == ','
                    ? quote(original) + " has a ',' in its number; write the decimal point as '.' and no thousands separator"
                    : quote(original) + " has an apostrophe in its number; write the number without thousands separators");
        }
        String unit = trimmed.substring(end).strip();
        if (!unit.isEmpty() && isAsciiDigit(unit.charAt(0)) && Character.isWhitespace(trimmed.charAt(end))
                && UnitTable.bySymbol(unit) == null) {
            // "16 000 kg": a space as thousands separator, not a unit "000 kg" with a space inside.
            throw new QuantityFormatException(original, quote(original)
                    + " has a space in its number; write the number without thousands separators");
        }
        return new NumberAndUnit(original, trimmed.substring(0, end), unit);
    }

    /**
     * The end of the decimal number ({@code [+-]digits[.digits][e[+-]digits]}) that starts at {@code start} and ends by
     * {@code end}, or -1 if there is none.
     */
    private static int scanNumber(char[] chars, int start, int end) {
        int index = start;
        if (index < end && (chars[index] == '+' || chars[index] == '-')) {
            index++;
        }
        int mantissaDigits = 0;
        while (index < end && isAsciiDigit(chars[index])) {
            index++;
            mantissaDigits++;
        }
        if (index < end && chars[index] == '.') {
            index++;
            while (index < end && isAsciiDigit(chars[index])) {
                index++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            return -1;
        }
        if (index < end && (chars[index] == 'e' || chars[index] == 'E')) {
            int exponentStart = index + 1;
            if (exponentStart < end && (chars[exponentStart] == '+' || chars[exponentStart] == '-')) {
                exponentStart++;
            }
            int exponentEnd = exponentStart;
            while (exponentEnd < end && isAsciiDigit(chars[exponentEnd])) {
                exponentEnd++;
            }
            if (exponentEnd > exponentStart) {
                index = exponentEnd;
            }
        }
        return index;
    }

    private static boolean isAsciiDigit(char character) {
        return character >= '0' && character <= '9';
    }
}
