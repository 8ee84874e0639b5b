package io.github.chassisspec.model;

import java.util.Locale;

/**
 * The axle group an axle belongs to (PHYSICS.md §1). Every axle is in the front group (a single or
 * twin-steer front) or the rear group (a single, tandem or tridem rear).
 */
public enum AxleGroup {
    FRONT,
    REAR;

    /** The name as spec sheets write it: {@code "front"}, {@code "rear"}. */
    public String sheetName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
