package io.github.chassisspec.model;

import static io.github.chassisspec.model.Components.list;

import java.util.List;

/**
 * The gear ratios, gear 1 (the lowest gear, the largest ratio) first, such as
 * {@code [7.28, 4.77, 2.90, 1.80, 1.28, 1.00]}. A single-reduction drive has one ratio.
 *
 * @param ratios the ratios i_g, input speed over output speed, gear 1 first
 */
public record Gearbox(List<Double> ratios) {

    public Gearbox {
        ratios = list(Components.required(ratios, "ratios"), "ratios");
        if (ratios.isEmpty()) {
            throw new InvalidComponentException("ratios", "must list at least one ratio");
        }
        for (int index = 0; index < ratios.size(); index++) {
            Components.ratio(ratios.get(index), "ratios[" + index + "]");
        }
    }

    /** A gearbox with these ratios, gear 1 first. */
    public static Gearbox of(double... ratios) {
        return new Gearbox(java.util.Arrays.stream(ratios).boxed().toList());
    }

    /** How many forward gears there are. */
    public int gearCount() {
        return ratios.size();
    }

    /**
     * The ratio of a gear, counting from 1 for the lowest.
     *
     * @throws IllegalArgumentException if there is no such gear
     */
    public double ratio(int gear) {
        if (gear < 1 || gear > ratios.size()) {
            throw new IllegalArgumentException("gear " + gear + " does not exist; the gearbox has "
                    + (ratios.size() == 1 ? "gear 1 only" : "gears 1 to " + ratios.size()));
        }
        return ratios.get(gear - 1);
    }
}
