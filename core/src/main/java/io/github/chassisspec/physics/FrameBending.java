package io.github.chassisspec.physics;

/**
 * Bending of straight frame rails (PHYSICS.md §6): the rails carry a load q uniform over the frame from x₀ to x₁,
 * simply supported at the front and rear group centres s_F and s_R (x₀ ≤ s_F &lt; s_R ≤ x₁), the ends overhanging.
 * Reactions from statics: R_R = Q·(x_c − s_F)/(s_R − s_F), R_F = Q − R_R with Q = q·(x₁ − x₀) and x_c the load's
 * middle. The largest moment is at a support (overhang, hogging: q·c²/2) or where the shear vanishes in the span
 * (sagging). Lengths in m, forces in N, moments in N·m. Pure functions, thread-safe.
 */
public final class FrameBending {

    private FrameBending() {
    }

    /** The largest bending moment |M| of the whole frame, N·m. */
    public static double maxMomentNm(double loadPerMetreNm, double frameStartM, double frameEndM, double frontSupportM,
            double rearSupportM) {
        if (!(frameStartM <= frontSupportM && frontSupportM < rearSupportM && rearSupportM <= frameEndM)) {
            throw new IllegalArgumentException("the supports must lie on the frame, front before rear");
        }
        double q = loadPerMetreNm;
        double total = q * (frameEndM - frameStartM);
        double middle = 0.5 * (frameStartM + frameEndM);
        double rearReaction = total * (middle - frontSupportM) / (rearSupportM - frontSupportM);
        double frontReaction = total - rearReaction;
        double frontOverhang = frontSupportM - frameStartM;
        double rearOverhang = frameEndM - rearSupportM;
        double largest = Math.max(q * frontOverhang * frontOverhang / 2, q * rearOverhang * rearOverhang / 2);
        double zeroShear = frameStartM + frontReaction / q;
        if (zeroShear > frontSupportM && zeroShear < rearSupportM) {
            double sagging = frontReaction * (zeroShear - frontSupportM)
                    - q * (zeroShear - frameStartM) * (zeroShear - frameStartM) / 2;
            largest = Math.max(largest, Math.abs(sagging));
        }
        return largest;
    }

    /** σ = k_dyn·M_rail / S with M_rail = M / rails: the dynamic bending stress in one rail, Pa. */
    public static double railStressPa(double maxMomentNm, int rails, double dynamicFactor, double sectionModulusM3) {
        return dynamicFactor * maxMomentNm / rails / sectionModulusM3;
    }
}
