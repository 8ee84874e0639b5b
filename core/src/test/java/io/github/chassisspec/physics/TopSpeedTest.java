package io.github.chassisspec.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Top speed is the highest speed that still pulls (PHYSICS.md §6), also in a gear that cannot pull at its lowest
 * engine speed: the vehicle gets there in a lower gear and shifts up.
 */
class TopSpeedTest {

    // 10 t, f_r 0.1: level-road resistance W·f_r = 10 000 · 9.80665 · 0.1 = 9806.65 N, no drag (C_d = 0).
    // Overall ratio 10, η 1, r 0.5 m: F_t = T · 10 / 0.5 = 20 · T, so the engine must give T ≥ 490.3325 N·m.
    private static final double MASS_KG = 10_000;
    private static final double ROLLING_RESISTANCE = 0.1;

    private static Driving.TopSpeed topSpeed(TorqueCurve curve, double governedHz) {
        return Driving.topSpeed(MASS_KG, curve, governedHz, 10, 1, 0.5, ROLLING_RESISTANCE, 1.2, 0, 10);
    }

    /** v = 2π · n · r / i = 2π · n · 0.5 / 10 = π · n / 10. */
    private static double roadSpeed(double shaftHz) {
        return Math.PI * shaftHz / 10;
    }

    @Test
    void aGearTooWeakAtItsLowestSpeed_stillHasTheSpeedWhereItsRisingAndFallingTorqueMeetsTheResistance() {
        // 100 N·m at 10 Hz cannot pull (2000 N); 1000 N·m at 20 Hz can; falling to 100 N·m at 40 Hz it stops pulling
        // where 1000 − 900 · (n − 20)/20 = 490.3325, n = 20 + 509.6675 · 20 / 900 = 31.3259444… Hz.
        TorqueCurve curve = TorqueCurve.ofPoints(new double[] {10, 20, 40}, new double[] {100, 1000, 100});
        Driving.TopSpeed top = topSpeed(curve, 40);
        assertFalse(top.governed());
        assertEquals(roadSpeed(20 + 509.6675 * 20 / 900), top.speedMs(), 1e-9);
    }

    @Test
    void aDipBelowTheGovernedSpeed_doesNotHideTheGovernedSpeed() {
        // 300 N·m at 20 Hz cannot pull (6000 N), but 1000 N·m from 30 Hz up to the governor at 40 Hz can.
        TorqueCurve curve = TorqueCurve.ofPoints(new double[] {10, 20, 30, 40}, new double[] {1000, 300, 1000, 1000});
        Driving.TopSpeed top = topSpeed(curve, 40);
        assertTrue(top.governed());
        assertEquals(roadSpeed(40), top.speedMs(), 1e-12);
    }

    @Test
    void twoWindows_theHigherOneWins() {
        // Pulls from 10 to about 15 Hz and again from 30 Hz, up to where 1000 − 900 · (n − 35)/5 = 490.3325 past 35 Hz:
        // n = 35 + 509.6675 · 5 / 900 = 37.8314861… Hz.
        TorqueCurve curve = TorqueCurve.ofPoints(new double[] {10, 20, 30, 35, 40},
                new double[] {1000, 0, 1000, 1000, 100});
        Driving.TopSpeed top = topSpeed(curve, 40);
        assertFalse(top.governed());
        assertEquals(roadSpeed(35 + 509.6675 * 5 / 900), top.speedMs(), 1e-9);
    }

    @Test
    void noSpeedPulls_givesZero() {
        TorqueCurve curve = TorqueCurve.ofPoints(new double[] {10, 40}, new double[] {400, 400});
        assertEquals(new Driving.TopSpeed(0, false), topSpeed(curve, 40));
    }
}
