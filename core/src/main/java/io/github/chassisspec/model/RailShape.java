package io.github.chassisspec.model;

import java.util.Locale;

/** The side view of the frame rails; only straight rails can be checked by simple beam bending. */
public enum RailShape {
    STRAIGHT,
    CURVED;

    /** The name as spec sheets write it: {@code "straight"}, {@code "curved"}. */
    public String sheetName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
