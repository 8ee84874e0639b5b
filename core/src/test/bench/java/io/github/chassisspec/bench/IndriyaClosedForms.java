package io.github.chassisspec.bench;

import javax.measure.Quantity;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Force;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.ComparableQuantity;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/**
 * The same closed forms as {@link RawClosedForms}, every step in Indriya quantity arithmetic ({@code multiply},
 * {@code divide}, {@code subtract}, {@code asType}, {@code to}); only the trigonometry, which JSR 385 lacks, works
 * on the dimensionless ratios' numbers. Inputs are the quantities of the spec model as read from the sheet.
 */
final class IndriyaClosedForms {

    private static final Quantity<?> GRAVITY = Quantities.getQuantity(RawClosedForms.GRAVITY,
            Units.METRE_PER_SQUARE_SECOND);
    private static final ComparableQuantity<Angle> NEVER = radians(RawClosedForms.NEVER);
    private static final ComparableQuantity<Angle> LEVEL = radians(0);

    private IndriyaClosedForms() {
    }

    /** Parking-hold capability facing one way with the rear group braked; see {@link RawClosedForms}. */
    static ComparableQuantity<Angle> parkingCapability(Quantity<Mass> mass, Quantity<Length> frontPosition,
            Quantity<Length> rearPosition, Quantity<Length> centreOfGravityPosition, Quantity<Length> height,
            Quantity<?> brakeTorque, Quantity<Length> staticRadius, double adhesion, boolean uphill) {
        Quantity<Force> weight = mass.multiply(GRAVITY).asType(Force.class);
        Quantity<Length> wheelbase = rearPosition.subtract(frontPosition);
        Quantity<Length> behindFront = centreOfGravityPosition.subtract(frontPosition);
        Quantity<Length> gripHeight = height.multiply(adhesion);
        Quantity<Length> denominator = uphill ? wheelbase.subtract(gripHeight) : wheelbase.add(gripHeight);
        ComparableQuantity<Angle> adhesionLimit = positive(denominator)
                ? radians(Math.atan(ratio(behindFront.multiply(adhesion), denominator))) : NEVER;
        Quantity<Force> brakeForce = brakeTorque.divide(staticRadius).asType(Force.class);
        double torqueShare = ratio(brakeForce, weight);
        ComparableQuantity<Angle> torqueLimit = torqueShare < 1 ? radians(Math.asin(torqueShare)) : NEVER;
        Quantity<Length> tipArm = uphill ? wheelbase.subtract(behindFront) : behindFront;
        ComparableQuantity<Angle> tipOver = radians(Math.atan(ratio(tipArm, height)));
        return smaller(tipOver, smaller(adhesionLimit, torqueLimit));
    }

    /** Hill-start capability facing uphill with the rear group driven; see {@link RawClosedForms}. */
    static ComparableQuantity<Angle> startCapability(Quantity<Mass> mass, Quantity<Length> frontPosition,
            Quantity<Length> rearPosition, Quantity<Length> centreOfGravityPosition, Quantity<Length> height,
            Quantity<?> launchTorque, Quantity<?> clutchCapacity, double gearRatio, double finalDrive,
            double efficiency, Quantity<Length> rollingRadius, double adhesion, double rollingResistance) {
        Quantity<Force> weight = mass.multiply(GRAVITY).asType(Force.class);
        Quantity<Length> wheelbase = rearPosition.subtract(frontPosition);
        Quantity<Length> behindFront = centreOfGravityPosition.subtract(frontPosition);
        Quantity<?> inputTorque = ratio(launchTorque, clutchCapacity) <= 1 ? launchTorque : clutchCapacity;
        Quantity<Force> wheelForce = inputTorque.multiply(gearRatio).multiply(finalDrive).multiply(efficiency)
                .divide(rollingRadius).asType(Force.class);
        double root = Math.sqrt(1 + rollingResistance * rollingResistance);
        double share = ratio(wheelForce, weight);
        ComparableQuantity<Angle> engineLimit = share >= root ? NEVER
                : radians(Math.asin(share / root) - Math.atan(rollingResistance));
        Quantity<Length> denominator = wheelbase.subtract(height.multiply(adhesion));
        Quantity<Length> numerator = behindFront.multiply(adhesion).subtract(wheelbase.multiply(rollingResistance));
        ComparableQuantity<Angle> tractionLimit = positive(denominator)
                ? radians(Math.atan(ratio(numerator, denominator))) : NEVER;
        ComparableQuantity<Angle> tipOver = radians(Math.atan(ratio(wheelbase.subtract(behindFront), height)));
        ComparableQuantity<Angle> capability = smaller(tipOver, smaller(engineLimit, tractionLimit));
        return capability.isLessThan(LEVEL) ? LEVEL : capability;
    }

    /** The number of a dimensionless ratio of two quantities. */
    static double ratio(Quantity<?> numerator, Quantity<?> denominator) {
        return numerator.divide(denominator).asType(Dimensionless.class).to(AbstractUnit.ONE).getValue().doubleValue();
    }

    static ComparableQuantity<Angle> radians(double value) {
        return Quantities.getQuantity(value, Units.RADIAN);
    }

    private static boolean positive(Quantity<Length> length) {
        return length.to(Units.METRE).getValue().doubleValue() > 0;
    }

    private static ComparableQuantity<Angle> smaller(ComparableQuantity<Angle> first, ComparableQuantity<Angle> second) {
        return second.isLessThan(first) ? second : first;
    }
}
