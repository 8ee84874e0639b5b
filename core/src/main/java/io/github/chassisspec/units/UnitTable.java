package io.github.chassisspec.units;

import static io.github.chassisspec.units.QuantityKind.ACCELERATION;
import static io.github.chassisspec.units.QuantityKind.ANGLE;
import static io.github.chassisspec.units.QuantityKind.AREA;
import static io.github.chassisspec.units.QuantityKind.FORCE;
import static io.github.chassisspec.units.QuantityKind.LENGTH;
import static io.github.chassisspec.units.QuantityKind.MASS;
import static io.github.chassisspec.units.QuantityKind.POWER;
import static io.github.chassisspec.units.QuantityKind.ROTATIONAL_SPEED;
import static io.github.chassisspec.units.QuantityKind.SECTION_MODULUS;
import static io.github.chassisspec.units.QuantityKind.SPECIFIC_POWER;
import static io.github.chassisspec.units.QuantityKind.SPEED;
import static io.github.chassisspec.units.QuantityKind.STRESS;
import static io.github.chassisspec.units.QuantityKind.TORQUE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.measure.Unit;

/**
 * The table of accepted unit symbols (FORMAT.md §1), built once; read-only after class initialisation,
 * so safe to share between threads.
 */
final class UnitTable {

    private static final Map<String, UnitDefinition> BY_SYMBOL = new LinkedHashMap<>();
    private static final Map<QuantityKind, List<String>> SYMBOLS_BY_KIND = new EnumMap<>(QuantityKind.class);
    private static final Map<Unit<?>, UnitDefinition> BY_UNIT_IDENTITY = new IdentityHashMap<>();
    private static final Map<Unit<?>, UnitDefinition> BY_UNIT = new HashMap<>();
    private static final Map<QuantityKind, UnitDefinition> SI_BY_KIND = new EnumMap<>(QuantityKind.class);
    // The model holds every quantity in its kind's SI unit: a few identity checks find those before any hash lookup.
    private static final Unit<?>[] SI_UNITS;
    /** Each kind's definitions in the order of its symbols, by the kind's ordinal: the quick reading scans these. */
    private static final UnitDefinition[][] DEFINITIONS_BY_KIND = new UnitDefinition[QuantityKind.values().length][];
    private static final UnitDefinition[] SI_DEFINITIONS;

    static {
        add(LENGTH, ChassisUnits.MILLIMETRE, "0.001", "1", "mm");
        add(LENGTH, ChassisUnits.CENTIMETRE, "0.01", "1", "cm");
        add(LENGTH, ChassisUnits.METRE, "1", "1", "m");
        add(LENGTH, ChassisUnits.KILOMETRE, "1000", "1", "km");
        add(LENGTH, ChassisUnits.INCH, "0.0254", "1", "in");
        add(LENGTH, ChassisUnits.FOOT, "0.3048", "1", "ft");

        add(MASS, ChassisUnits.KILOGRAM, "1", "1", "kg");
        add(MASS, ChassisUnits.TONNE, "1000", "1", "t");
        add(MASS, ChassisUnits.POUND, "0.45359237", "1", "lb");

        add(FORCE, ChassisUnits.NEWTON, "1", "1", "N");
        add(FORCE, ChassisUnits.KILONEWTON, "1000", "1", "kN");
        add(FORCE, ChassisUnits.POUND_FORCE, "4.4482216152605", "1", "lbf");

        add(TORQUE, ChassisUnits.NEWTON_METRE, "1", "1", "N·m", "N*m", "Nm");
        add(TORQUE, ChassisUnits.KILONEWTON_METRE, "1000", "1", "kN·m", "kN*m", "kNm");
        // 1 lbf·ft = 4.4482216152605 N × 0.3048 m, exactly.
        add(TORQUE, ChassisUnits.POUND_FORCE_FOOT, "1.35581794833140040", "1", "lbf·ft", "lbf*ft");

        add(ANGLE, ChassisUnits.DEGREE, UnitDefinition.PI.toPlainString(), "180", "°", "deg");
        add(ANGLE, ChassisUnits.RADIAN, "1", "1", "rad");

        add(SPEED, ChassisUnits.KILOMETRE_PER_HOUR, "1000", "3600", "km/h");
        add(SPEED, ChassisUnits.METRE_PER_SECOND, "1", "1", "m/s");
        add(SPEED, ChassisUnits.MILE_PER_HOUR, "0.44704", "1", "mph");

        add(ROTATIONAL_SPEED, ChassisUnits.REVOLUTION_PER_MINUTE, "1", "60", "rpm", "1/min");
        add(ROTATIONAL_SPEED, ChassisUnits.HERTZ, "1", "1", "Hz");

        add(POWER, ChassisUnits.WATT, "1", "1", "W");
        add(POWER, ChassisUnits.KILOWATT, "1000", "1", "kW");
        add(POWER, ChassisUnits.HORSEPOWER, "745.69987158227022", "1", "hp");
        add(POWER, ChassisUnits.METRIC_HORSEPOWER, "735.49875", "1", "PS");

        add(AREA, ChassisUnits.SQUARE_METRE, "1", "1", "m²", "m^2");

        add(STRESS, ChassisUnits.PASCAL, "1", "1", "Pa");
        add(STRESS, ChassisUnits.KILOPASCAL, "1000", "1", "kPa");
        add(STRESS, ChassisUnits.MEGAPASCAL, "1000000", "1", "MPa", "N/mm²", "N/mm^2");
        // 1 psi = 1 lbf / (0.0254 m)², exactly.
        add(STRESS, ChassisUnits.POUND_PER_SQUARE_INCH, "4.4482216152605", "0.00064516", "psi");

        add(SECTION_MODULUS, ChassisUnits.CUBIC_MILLIMETRE, "1", "1000000000", "mm³", "mm^3");
        add(SECTION_MODULUS, ChassisUnits.CUBIC_CENTIMETRE, "1", "1000000", "cm³", "cm^3");
        add(SECTION_MODULUS, ChassisUnits.CUBIC_INCH, "0.000016387064", "1", "in³", "in^3");
        add(SECTION_MODULUS, ChassisUnits.CUBIC_METRE, "1", "1", "m³", "m^3");

        add(ACCELERATION, ChassisUnits.METRE_PER_SECOND_SQUARED, "1", "1", "m/s²", "m/s^2");

        add(SPECIFIC_POWER, ChassisUnits.WATT_PER_KILOGRAM, "1", "1", "kW/t", "W/kg");

        SYMBOLS_BY_KIND.replaceAll((kind, symbols) -> Collections.unmodifiableList(symbols));
        for (QuantityKind kind : QuantityKind.values()) {
            if (!SI_BY_KIND.containsKey(kind)) {
                throw new ExceptionInInitializerError("no SI unit symbol for " + kind);
            }
        }
        SYMBOLS_BY_KIND.forEach((kind, symbols) -> DEFINITIONS_BY_KIND[kind.ordinal()] = symbols.stream()
                .map(BY_SYMBOL::get).toArray(UnitDefinition[]::new));
        SI_UNITS = SI_BY_KIND.keySet().stream().map(QuantityKind::siUnit).toArray(Unit<?>[]::new);
        SI_DEFINITIONS = SI_BY_KIND.values().toArray(UnitDefinition[]::new);
    }

    private UnitTable() {
    }

    private static void add(QuantityKind kind, Unit<?> unit, String numerator, String denominator,
            String... symbols) {
        UnitDefinition first = null;
        for (String symbol : symbols) {
            UnitDefinition definition = UnitDefinition.of(symbol, kind, unit, numerator, denominator);
            if (BY_SYMBOL.put(symbol, definition) != null) {
                throw new ExceptionInInitializerError("unit symbol defined twice: " + symbol);
            }
            SYMBOLS_BY_KIND.computeIfAbsent(kind, k -> new ArrayList<>()).add(symbol);
            if (first == null) {
                first = definition;
            }
        }
        BY_UNIT_IDENTITY.put(unit, first);
        BY_UNIT.put(unit, first);
        if (first.isSiUnit() && unit.equals(kind.siUnit())) {
            SI_BY_KIND.put(kind, first);
        }
    }

    static UnitDefinition bySymbol(String symbol) {
        return BY_SYMBOL.get(symbol);
    }

    static List<String> symbolsOf(QuantityKind kind) {
        return SYMBOLS_BY_KIND.get(kind);
    }

    /** The definitions of a kind's symbols, in their order; the caller must not change the array. */
    static UnitDefinition[] definitionsOf(QuantityKind kind) {
        return DEFINITIONS_BY_KIND[kind.ordinal()];
    }

    static List<String> allSymbols() {
        return List.copyOf(BY_SYMBOL.keySet());
    }

    /** The definition of one of our own unit constants, or null for a unit built elsewhere. */
    static UnitDefinition byUnit(Unit<?> unit) {
        for (int index = 0; index < SI_UNITS.length; index++) {
            if (unit == SI_UNITS[index]) {
                return SI_DEFINITIONS[index];
            }
        }
        UnitDefinition definition = BY_UNIT_IDENTITY.get(unit);
        return definition != null ? definition : BY_UNIT.get(unit);
    }
}
