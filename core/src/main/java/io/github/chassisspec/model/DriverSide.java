package io.github.chassisspec.model;

import java.util.Locale;

/** The side the driver sits on; spec sheets that do not say are left-hand drive. */
public enum DriverSide {
    LEFT,
    RIGHT;

    /** The name as spec sheets write it: {@code "left"}, {@code "right"}. */
    public String sheetName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
