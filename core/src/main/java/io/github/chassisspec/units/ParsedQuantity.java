package io.github.chassisspec.units;

import java.math.BigDecimal;
import javax.measure.Quantity;
import tech.units.indriya.quantity.Quantities;

/**
 * A quantity text as read: its kind, the number and unit symbol as written, and the value in SI units.
 * Keeps the written unit so that messages can answer in the user's own unit.
 *
 * @param kind        what the value measures
 * @param number      the number as written, exactly
 * @param unitSymbol  the unit symbol as written, such as {@code "mm"}
 * @param siValue     the value in the SI unit of the kind
 */
public record ParsedQuantity(QuantityKind kind, BigDecimal number, String unitSymbol, double siValue) {

    /** The value as a JSR 385 quantity in the SI unit of its kind. */
    public Quantity<?> toQuantity() {
        return Quantities.getQuantity(siValue, kind.siUnit());
    }

    /** The value as written, such as {@code "1820 mm"}. */
    @Override
    public String toString() {
        return Decimals.plain(number) + " " + unitSymbol;
    }
}
