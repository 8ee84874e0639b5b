package io.github.chassisspec.model;

/**
 * A two-speed transfer case, such as high 1.0 and low 2.48.
 *
 * @param high the high-range ratio
 * @param low  the low-range ratio
 */
public record TransferCase(double high, double low) {

    public TransferCase {
        high = Components.ratio(high, "high");
        low = Components.ratio(low, "low");
    }

    /** The ratio of a range, {@code "high"} or {@code "low"}. */
    public double ratio(TransferRange range) {
        return range == TransferRange.LOW ? low : high;
    }
}
