package io.github.chassisspec.physics;

/** Which way a vehicle faces on a slope: uphill (front higher, θ > 0), downhill (θ < 0), or both checked. */
public enum Facing {
    UPHILL("uphill"),
    DOWNHILL("downhill"),
    BOTH("both");

    private final String sheetName;

    Facing(String sheetName) {
        this.sheetName = sheetName;
    }

    /** The name as files write it: {@code "uphill"}, {@code "downhill"}, {@code "both"}. */
    public String sheetName() {
        return sheetName;
    }
}
