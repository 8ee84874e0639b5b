package io.github.chassisspec.units;

import java.math.BigDecimal;
import java.math.MathContext;
import javax.measure.Unit;

/**
 * One accepted unit symbol: its kind, its Indriya unit and its exact factor to the SI unit of the kind,
 * kept as a decimal fraction so that {@code "4175 mm"} reads as the same double as {@code "4.175 m"}.
 */
record UnitDefinition(String symbol, QuantityKind kind, Unit<?> unit, BigDecimal numerator, BigDecimal denominator) {

    /** Thirty-four significant digits: far beyond a double, so the final rounding to double decides alone. */
    static final MathContext WORKING_PRECISION = MathContext.DECIMAL128;

    static final BigDecimal PI = new BigDecimal("3.14159265358979323846264338327950288419716939937510");

    static UnitDefinition of(String symbol, QuantityKind kind, Unit<?> unit, String numerator, String denominator) {
        return new UnitDefinition(symbol, kind, unit, new BigDecimal(numerator), new BigDecimal(denominator));
    }

    boolean isSiUnit() {
        return numerator.compareTo(BigDecimal.ONE) == 0 && denominator.compareTo(BigDecimal.ONE) == 0;
    }

    /** The value in SI units of a number written in this unit, correctly rounded for decimal factors. */
    double toSi(BigDecimal number) {
        if (isSiUnit()) {
            return number.doubleValue();
        }
        BigDecimal product = number.multiply(numerator, WORKING_PRECISION);
        if (denominator.compareTo(BigDecimal.ONE) != 0) {
            product = product.divide(denominator, WORKING_PRECISION);
        }
        return product.doubleValue();
    }

    /** The exact binary value of an SI double expressed in this unit, to working precision. */
    BigDecimal fromSi(double siValue) {
        BigDecimal exact = new BigDecimal(siValue);
        if (isSiUnit()) {
            return exact;
        }
        return exact.multiply(denominator, WORKING_PRECISION).divide(numerator, WORKING_PRECISION);
    }
}
