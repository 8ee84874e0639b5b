package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The window search of "what would it take": the near edge of the first passing window, up to the far end. */
class BoundaryTest {

    @Test
    void aWindowInTheMiddle_givesItsNearEdge() {
        // Passes only on [2.3, 3.5]; from 1 toward 5 in 8 steps of 0.5 the first passing step is 2.5, the edge 2.3.
        double edge = Boundary.findFirstPassing(value -> value >= 2.3 && value <= 3.5, 1, 5, 8);
        assertEquals(2.3, edge, 1e-12);
    }

    @Test
    void aWindowAtTheFarEnd_isFound_becauseTheLastStepIsTheEndItself() {
        // 1 → 5 in 4 steps: 2, 3, 4, 5; only 5 passes, and the boundary lies between 4 and 5.
        assertEquals(4.99, Boundary.findFirstPassing(value -> value >= 4.99, 1, 5, 4), 1e-12);
    }

    @Test
    void downward_searchesTowardTheLowerEnd() {
        assertEquals(0.4, Boundary.findFirstPassing(value -> value <= 0.4, 1.3, 0.1, 64), 1e-12);
    }

    @Test
    void anAlreadyPassingStart_orNoPassingStep_givesNaN() {
        assertEquals(Double.NaN, Boundary.findFirstPassing(value -> true, 1, 5, 4));
        assertEquals(Double.NaN, Boundary.findFirstPassing(value -> false, 1, 5, 4));
        // A window narrower than a step between samples is missed: said in the method's contract.
        assertEquals(Double.NaN, Boundary.findFirstPassing(value -> value > 2.1 && value < 2.2, 1, 5, 4));
    }
}
