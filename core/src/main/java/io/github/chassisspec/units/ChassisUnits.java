package io.github.chassisspec.units;

import static javax.measure.MetricPrefix.CENTI;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MEGA;
import static javax.measure.MetricPrefix.MILLI;

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
import tech.units.indriya.unit.Units;

/**
 * The units a spec sheet may use, as JSR 385 {@link Unit} constants built on Indriya's SI units.
 *
 * <p>Use them to build quantities in Java, for example
 * {@code Quantities.getQuantity(5900, ChassisUnits.MILLIMETRE)}. Model records store every quantity in
 * the SI unit of its kind (metre, kilogram, newton metre, radian, hertz...), so {@code 1 m} and
 * {@code 1000 mm} give equal records.
 */
public final class ChassisUnits {

    public static final Unit<Length> METRE = Units.METRE;
    public static final Unit<Length> MILLIMETRE = MILLI(Units.METRE);
    public static final Unit<Length> CENTIMETRE = CENTI(Units.METRE);
    public static final Unit<Length> KILOMETRE = KILO(Units.METRE);
    public static final Unit<Length> INCH = Units.METRE.multiply(0.0254);
    public static final Unit<Length> FOOT = Units.METRE.multiply(0.3048);

    public static final Unit<Mass> KILOGRAM = Units.KILOGRAM;
    public static final Unit<Mass> TONNE = Units.KILOGRAM.multiply(1000);
    public static final Unit<Mass> POUND = Units.KILOGRAM.multiply(0.45359237);

    public static final Unit<Force> NEWTON = Units.NEWTON;
    public static final Unit<Force> KILONEWTON = KILO(Units.NEWTON);
    public static final Unit<Force> POUND_FORCE = Units.NEWTON.multiply(4.4482216152605);

    public static final Unit<Torque> NEWTON_METRE = Units.NEWTON.multiply(Units.METRE).asType(Torque.class);
    public static final Unit<Torque> KILONEWTON_METRE = NEWTON_METRE.multiply(1000);
    public static final Unit<Torque> POUND_FORCE_FOOT = NEWTON_METRE.multiply(1.3558179483314004);

    public static final Unit<Angle> RADIAN = Units.RADIAN;
    public static final Unit<Angle> DEGREE = Units.RADIAN.multiply(Math.PI).divide(180);

    public static final Unit<Speed> METRE_PER_SECOND = Units.METRE_PER_SECOND;
    public static final Unit<Speed> KILOMETRE_PER_HOUR = Units.KILOMETRE_PER_HOUR;
    public static final Unit<Speed> MILE_PER_HOUR = Units.METRE_PER_SECOND.multiply(0.44704);

    /** Rotational speed is stored as a frequency in revolutions per second (hertz): 1 rpm = 1/60 Hz. */
    public static final Unit<Frequency> HERTZ = Units.HERTZ;
    public static final Unit<Frequency> REVOLUTION_PER_MINUTE = Units.HERTZ.divide(60);

    public static final Unit<Power> WATT = Units.WATT;
    public static final Unit<Power> KILOWATT = KILO(Units.WATT);
    /** Mechanical horsepower, 550 ft·lbf/s = 745.699 871 582 270 22 W. */
    public static final Unit<Power> HORSEPOWER = Units.WATT.multiply(745.69987158227022);
    /** Metric horsepower (PS), 75 kgf·m/s = 735.498 75 W. */
    public static final Unit<Power> METRIC_HORSEPOWER = Units.WATT.multiply(735.49875);

    public static final Unit<SpecificPower> WATT_PER_KILOGRAM =
            Units.WATT.divide(Units.KILOGRAM).asType(SpecificPower.class);

    public static final Unit<Area> SQUARE_METRE = Units.SQUARE_METRE;

    public static final Unit<Pressure> PASCAL = Units.PASCAL;
    public static final Unit<Pressure> KILOPASCAL = KILO(Units.PASCAL);
    public static final Unit<Pressure> MEGAPASCAL = MEGA(Units.PASCAL);
    public static final Unit<Pressure> POUND_PER_SQUARE_INCH = Units.PASCAL.multiply(6894.757293168361);

    public static final Unit<Volume> CUBIC_METRE = Units.CUBIC_METRE;
    public static final Unit<Volume> CUBIC_MILLIMETRE = Units.CUBIC_METRE.divide(1e9);
    public static final Unit<Volume> CUBIC_CENTIMETRE = Units.CUBIC_METRE.divide(1e6);
    public static final Unit<Volume> CUBIC_INCH = Units.CUBIC_METRE.multiply(0.000016387064);

    public static final Unit<Acceleration> METRE_PER_SECOND_SQUARED = Units.METRE_PER_SQUARE_SECOND;

    private ChassisUnits() {
    }
}
