package io.github.chassisspec.model;

import java.util.Locale;

/** A range of a two-speed transfer case. */
public enum TransferRange {
    HIGH,
    LOW;

    /** The name as files write it: {@code "high"}, {@code "low"}. */
    public String sheetName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
