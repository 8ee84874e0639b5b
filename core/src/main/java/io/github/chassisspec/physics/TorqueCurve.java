package io.github.chassisspec.physics;

import java.util.Arrays;

/**
 * The full-load torque of an engine or motor against shaft speed: points joined by straight lines, or, when no
 * curve is known, the envelope T(n) = min(T_peak, P_max / (2π·n)). Speeds in revolutions per second (Hz), torques
 * in N·m. Immutable and thread-safe.
 */
public final class TorqueCurve {

    private final double[] speedsHz;
    private final double[] torquesNm;
    private final double peakTorqueNm;
    private final double maxPowerW;

    private TorqueCurve(double[] speedsHz, double[] torquesNm, double peakTorqueNm, double maxPowerW) {
        this.speedsHz = speedsHz;
        this.torquesNm = torquesNm;
        this.peakTorqueNm = peakTorqueNm;
        this.maxPowerW = maxPowerW;
    }

    /**
     * A curve through measured points, speeds strictly ascending.
     *
     * @throws IllegalArgumentException if there are fewer than two points or the speeds do not ascend
     */
    public static TorqueCurve ofPoints(double[] speedsHz, double[] torquesNm) {
        if (speedsHz.length < 2 || speedsHz.length != torquesNm.length) {
            throw new IllegalArgumentException("a torque curve needs at least two points, as many speeds as torques");
        }
        for (int index = 1; index < speedsHz.length; index++) {
            if (!(speedsHz[index] > speedsHz[index - 1])) {
                throw new IllegalArgumentException("torque curve speeds must ascend");
            }
        }
        return new TorqueCurve(speedsHz.clone(), torquesNm.clone(), Double.NaN, Double.NaN);
    }

    /** The envelope min(T_peak, P_max / (2π·n)) from standstill: what a motor gives, and an engine at best. */
    public static TorqueCurve ofPeakAndPower(double peakTorqueNm, double maxPowerW) {
        if (!(peakTorqueNm > 0) || !(maxPowerW > 0)) {
            throw new IllegalArgumentException("peak torque and power must be positive");
        }
        return new TorqueCurve(null, null, peakTorqueNm, maxPowerW);
    }

    /** The lowest speed the curve covers, Hz (0 for an envelope). */
    public double lowestSpeedHz() {
        return speedsHz == null ? 0 : speedsHz[0];
    }

    /** The highest speed the curve covers, Hz (+∞ for an envelope). */
    public double highestSpeedHz() {
        return speedsHz == null ? Double.POSITIVE_INFINITY : speedsHz[speedsHz.length - 1];
    }

    /** Whether the curve is measured points rather than the peak-and-power envelope. */
    public boolean isMeasured() {
        return speedsHz != null;
    }

    /** The full-load torque at shaft speed n, N·m; NaN outside the curve's speeds. */
    public double torqueNm(double speedHz) {
        if (speedsHz == null) {
            return speedHz <= 0 ? peakTorqueNm : Math.min(peakTorqueNm, maxPowerW / (2 * Math.PI * speedHz));
        }
        if (speedHz < speedsHz[0] || speedHz > speedsHz[speedsHz.length - 1]) {
            return Double.NaN;
        }
        int index = Arrays.binarySearch(speedsHz, speedHz);
        if (index >= 0) {
            return torquesNm[index];
        }
        int upper = -index - 1;
        double share = (speedHz - speedsHz[upper - 1]) / (speedsHz[upper] - speedsHz[upper - 1]);
        return torquesNm[upper - 1] + share * (torquesNm[upper] - torquesNm[upper - 1]);
    }
}
