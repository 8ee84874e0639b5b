package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.finite;

/**
 * A two-speed transfer case, such as high 1.0 and low 2.48.
 *
 * @param high the high-range ratio
 * @param low  the low-range ratio
 */
public record TransferCase(double high, double low) {

    public TransferCase {
        high = finite(high, "high");
        low = finite(low, "low");
    }

    /** The ratio of a range, {@code "high"} or {@code "low"}. */
    public double ratio(TransferRange range) {
        return range == TransferRange.LOW ? low : high;
    }
}
