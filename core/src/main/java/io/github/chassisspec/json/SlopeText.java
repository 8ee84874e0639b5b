package io.github.chassisspec.json;

import io.github.chassisspec.units.Slope;

/** A slope as files write it: its written form with a spaced unit, {@code "45 %"}, {@code "30 °"}, {@code "0.5 rad"}. */
final class SlopeText {

    private SlopeText() {
    }

    static String of(Slope slope) {
        String written = slope.writtenForm();
        return slope.notation() == Slope.Notation.DEGREES ? written.replace("°", " °") : written;
    }
}
