package io.github.chassisspec.requirements;

import io.github.chassisspec.report.Measure;
import io.github.chassisspec.report.Phrase;
import io.github.chassisspec.units.DecimalText;
import java.math.BigDecimal;

/** How the checks write their figures: one unit and precision per kind of figure, the same in every report. */
final class Figures {

    private Figures() {
    }

    /** A computed slope as reports show it, always to 0.1: {@code "13.0° (23.0 %)"}, written when shown. */
    static Phrase slope(double degrees) {
        double clamped = Math.max(0, degrees);
        return Phrase.of("figure.slope", Measure.fixed(clamped, "", 1),
                Measure.fixed(100 * Math.tan(Math.toRadians(clamped)), "", 1));
    }

    static Measure degrees(double degrees) {
        return Measure.degrees(degrees);
    }

    static Measure kilograms(double kilograms) {
        return Measure.of(kilograms, "kg", 0);
    }

    static Measure metres(double metres) {
        return Measure.of(metres, "m", 2);
    }

    static Measure millimetres(double metres) {
        return Measure.of(metres * 1000, "mm", 0);
    }

    static Measure kilowatts(double watts) {
        return Measure.of(watts / 1000, "kW", 2);
    }

    static Measure kilometresPerHour(double metresPerSecond) {
        return Measure.of(metresPerSecond * 3.6, "km/h", 1);
    }

    static Measure megapascals(double pascals) {
        return Measure.of(pascals / 1e6, "MPa", 1);
    }

    static Measure percent(double share) {
        return Measure.of(share * 100, "%", 2);
    }

    static Measure ratio(double value) {
        return Measure.of(value, "", 3);
    }

    static Measure newtons(double force) {
        return Measure.exact(force, "N", 0);
    }

    /** A torque in N·m to 0.1, as the spec sheet gives it. */
    static Measure newtonMetres(double torque) {
        return Measure.exact(torque, "N·m", 1);
    }

    /** A plain number with every one of its {@code places} written: {@code 0.50}. */
    static Measure fixedFigure(double value, int places) {
        return Measure.fixed(value, "", places);
    }

    /** Brake torques read best in kN·m, engine torques in N·m. */
    static Measure torque(double newtonMetres) {
        return newtonMetres >= 10_000 ? Measure.of(newtonMetres / 1000, "kN·m", 2) : Measure.of(newtonMetres, "N·m", 1);
    }

    static String fixed(double value, int places) {
        return DecimalText.fixed(value, places);
    }

    /** A plain number for messages: {@code 0.8}, {@code 5.125}. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
