package io.github.chassisspec.units;

import javax.measure.Quantity;

/**
 * A moment of force, such as the 800 N·m peak torque of an engine or the 60 kN·m holding torque of a
 * parking brake.
 *
 * <p>Torque shares its dimension (kg·m²/s²) with energy, yet the two are different quantities:
 * a spec sheet that gives a brake torque in joules is a mistake, not a conversion. This type keeps
 * them apart in signatures such as {@code Quantity<Torque>}; the SI unit is
 * {@link ChassisUnits#NEWTON_METRE}.
 */
public interface Torque extends Quantity<Torque> {
}
