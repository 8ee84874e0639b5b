package io.github.chassisspec.units;

import javax.measure.Quantity;

/**
 * Power per unit of mass, such as a power-to-mass ratio of 8 kW/t. 1 kW/t = 1 W/kg, the SI unit
 * {@link ChassisUnits#WATT_PER_KILOGRAM}.
 */
public interface SpecificPower extends Quantity<SpecificPower> {
}
