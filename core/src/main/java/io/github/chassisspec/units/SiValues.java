package io.github.chassisspec.units;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import tech.units.indriya.quantity.Quantities;

/**
 * Converts JSR 385 quantities to SI {@code double}s and back through cached factors, so that computing
 * never goes through Indriya arithmetic. Thread-safe.
 */
public final class SiValues {

    /** Converters for units built outside this library, found once through Indriya and then reused. */
    private static final ConcurrentMap<Unit<?>, UnitConverter> FOREIGN_CONVERTERS = new ConcurrentHashMap<>();

    private SiValues() {
    }

    /**
     * The value of {@code quantity} in the SI unit of its kind, such as 5.9 for 5900 mm.
     *
     * @throws IllegalArgumentException if its value is NaN or infinite, whatever its unit
     */
    public static double of(Quantity<?> quantity) {
        Objects.requireNonNull(quantity, "quantity");
        Unit<?> unit = quantity.getUnit();
        Number value = quantity.getValue();
        UnitDefinition definition = UnitTable.byUnit(unit);
        if (definition != null) {
            if (definition.isSiUnit()) {
                return requireFinite(quantity, value.doubleValue()) + 0.0;
            }
            return requireFinite(quantity, definition.toSi(decimal(value))) + 0.0;
        }
        UnitConverter converter = FOREIGN_CONVERTERS.computeIfAbsent(unit, SiValues::converterToSi);
        // Checked before converting as well, since Indriya's converters refuse NaN and infinity in words of their own.
        requireFinite(quantity, value.doubleValue());
        return requireFinite(quantity, converter.convert(value).doubleValue()) + 0.0;
    }

    private static double requireFinite(Quantity<?> quantity, double siValue) {
        if (Double.isFinite(siValue)) {
            return siValue;
        }
        Number value = quantity.getValue();
        if (Double.isFinite(value.doubleValue())) {
            throw new IllegalArgumentException("quantity value " + value + " " + quantity.getUnit()
                    + " is too large for a double in SI units");
        }
        throw new IllegalArgumentException("quantity value is not finite: " + value);
    }

    /** A quantity of the given type holding {@code siValue} in the SI unit of its kind. */
    @SuppressWarnings("unchecked")
    public static <Q extends Quantity<Q>> Quantity<Q> quantity(double siValue, Class<Q> quantityType) {
        QuantityKind kind = QuantityKind.of(quantityType).orElseThrow(() -> new IllegalArgumentException(
                "no unit table for quantity type " + quantityType.getName()));
        return (Quantity<Q>) quantity(siValue, kind);
    }

    /** A quantity of {@code kind} holding {@code siValue} in its SI unit, for readers that know the kind, not the type. */
    public static Quantity<?> quantity(double siValue, QuantityKind kind) {
        int whole = (int) siValue;
        // Indriya narrows a whole double to this Integer itself, by a floating-point remainder that costs more than
        // the rest of making the quantity; -0.0 and 0.0 both become Integer 0 either way.
        if (whole == siValue) {
            return Quantities.getQuantity(whole, kind.siUnit());
        }
        return Quantities.getQuantity(siValue, kind.siUnit());
    }

    /** {@code quantity} expressed in the SI unit of its kind; returns it unchanged when it already is. */
    @SuppressWarnings("unchecked")
    public static <Q extends Quantity<Q>> Quantity<Q> normalize(Quantity<Q> quantity, QuantityKind kind) {
        Objects.requireNonNull(quantity, "quantity");
        Number value = quantity.getValue();
        // Indriya keeps a whole double such as 16000.0 as an Integer or Long; those are exact and never -0.
        if (quantity.getUnit() == kind.siUnit() && (value instanceof Double number ? !isNegativeZero(number)
                : value instanceof Integer || value instanceof Long)) {
            return quantity;
        }
        double siValue = of(quantity);
        return (Quantity<Q>) Quantities.getQuantity(siValue, kind.siUnit());
    }

    /** The kind whose SI unit {@code quantity}'s unit converts to; torque wins over energy. */
    public static QuantityKind kindOf(Quantity<?> quantity) {
        Unit<?> unit = quantity.getUnit();
        UnitDefinition definition = UnitTable.byUnit(unit);
        if (definition != null) {
            return definition.kind();
        }
        for (QuantityKind kind : QuantityKind.values()) {
            if (unit.isCompatible(kind.siUnit())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unit " + unit + " is not one of: " + String.join(", ",
                UnitTable.allSymbols()));
    }

    private static UnitConverter converterToSi(Unit<?> unit) {
        for (QuantityKind kind : QuantityKind.values()) {
            if (unit.isCompatible(kind.siUnit())) {
                return converter(unit, kind.siUnit());
            }
        }
        throw new IllegalArgumentException("unit " + unit + " has no SI counterpart among the kinds this library reads");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static UnitConverter converter(Unit from, Unit to) {
        return from.getConverterTo(to);
    }

    private static BigDecimal decimal(Number value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(value.longValue());
        }
        double asDouble = value.doubleValue();
        if (!Double.isFinite(asDouble)) {
            throw new IllegalArgumentException("quantity value is not finite: " + value);
        }
        // Double.toString's shortest form is the decimal the caller wrote: 4175.0 stays 4175, not 4174.99999...
        return BigDecimal.valueOf(asDouble);
    }

    private static boolean isNegativeZero(double value) {
        return value == 0.0 && Double.doubleToRawLongBits(value) != 0L;
    }
}
