package io.github.chassisspec.units;

import java.util.List;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.Acceleration;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Area;
import javax.measure.quantity.Force;
import javax.measure.quantity.Frequency;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Power;
import javax.measure.quantity.Pressure;
import javax.measure.quantity.Speed;
import javax.measure.quantity.Volume;

/**
 * The kinds of dimensional value a spec sheet holds, each with the units it accepts (FORMAT.md §1),
 * the SI unit it is stored in and the unit it is written in.
 *
 * <p>A kind is more than a dimension: torque and energy share one, and so do section modulus and
 * volume; the kind is what a field means, so a brake torque given in joules is refused.
 */
public enum QuantityKind {
    LENGTH("a length", Length.class, ChassisUnits.METRE, "mm", "5900 mm"),
    MASS("a mass", Mass.class, ChassisUnits.KILOGRAM, "kg", "16000 kg"),
    FORCE("a force", Force.class, ChassisUnits.NEWTON, "N", "12 kN"),
    TORQUE("a torque", Torque.class, ChassisUnits.NEWTON_METRE, "N·m", "800 N·m"),
    ANGLE("an angle", Angle.class, ChassisUnits.RADIAN, "°", "50 °"),
    SPEED("a speed", Speed.class, ChassisUnits.METRE_PER_SECOND, "km/h", "80 km/h"),
    ROTATIONAL_SPEED("a rotational speed", Frequency.class, ChassisUnits.HERTZ, "rpm", "2500 rpm"),
    POWER("a power", Power.class, ChassisUnits.WATT, "kW", "162 kW"),
    AREA("an area", Area.class, ChassisUnits.SQUARE_METRE, "m²", "7.5 m²"),
    STRESS("a stress", Pressure.class, ChassisUnits.PASCAL, "MPa", "355 MPa"),
    SECTION_MODULUS("a section modulus", Volume.class, ChassisUnits.CUBIC_METRE, "cm³", "250 cm³"),
    ACCELERATION("an acceleration", Acceleration.class, ChassisUnits.METRE_PER_SECOND_SQUARED, "m/s²", "0.2 m/s²"),
    SPECIFIC_POWER("a power-to-mass ratio", SpecificPower.class, ChassisUnits.WATT_PER_KILOGRAM, "kW/t", "8 kW/t");

    private final String description;
    private final Class<? extends Quantity<?>> type;
    private final Unit<?> siUnit;
    private final String canonicalSymbol;
    private final String example;

    QuantityKind(String description, Class<? extends Quantity<?>> type, Unit<?> siUnit, String canonicalSymbol,
            String example) {
        this.description = description;
        this.type = type;
        this.siUnit = siUnit;
        this.canonicalSymbol = canonicalSymbol;
        this.example = example;
    }

    /** The kind with an article, as messages use it: "a length", "an angle". */
    public String description() {
        return description;
    }

    /** The JSR 385 quantity type of this kind; rotational speed is a {@link Frequency}, section modulus a {@link Volume}. */
    public Class<? extends Quantity<?>> quantityType() {
        return type;
    }

    /** The unit model records store values of this kind in. */
    public Unit<?> siUnit() {
        return siUnit;
    }

    /** The unit spec sheets are written in, such as {@code mm} for lengths. */
    public String canonicalSymbol() {
        return canonicalSymbol;
    }

    /** A typical value as a spec sheet writes it, for messages: {@code "5900 mm"}. */
    public String example() {
        return example;
    }

    /** Every unit symbol this kind accepts, in the order FORMAT.md lists them. */
    public List<String> unitSymbols() {
        return UnitTable.symbolsOf(this);
    }

    /** The accepted symbols joined for a message: {@code "mm, cm, m, km, in, ft"}. */
    String symbolList() {
        return String.join(", ", unitSymbols());
    }

    /** values() copies its array on every call; reading a sheet asks once per quantity. */
    private static final QuantityKind[] ALL = values();

    /** The kind of a JSR 385 quantity type, such as {@code LENGTH} for {@code Length.class}. */
    public static Optional<QuantityKind> of(Class<?> quantityType) {
        for (QuantityKind kind : ALL) {
            if (kind.type == quantityType) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
