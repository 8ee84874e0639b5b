package io.github.chassisspec.physics;

import java.util.Locale;

/** Which way a vehicle faces on a slope: uphill (front higher, θ > 0), downhill (θ < 0), or both checked. */
public enum Facing {
    UPHILL,
    DOWNHILL,
    BOTH;

    /** The name as files write it: {@code "uphill"}, {@code "downhill"}, {@code "both"}. */
    public String sheetName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
