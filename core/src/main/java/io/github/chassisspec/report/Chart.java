package io.github.chassisspec.report;

import java.util.List;
import java.util.Objects;

/**
 * The data of one report chart, computed by the checks and drawn by a renderer: categories along the x axis
 * (adhesion values, gears, axles), series of values over them, and horizontal reference lines such as the slope a
 * requirement asks for. A renderer draws; it never computes a figure.
 *
 * @param title       what the chart shows
 * @param xAxis       the name of the x axis
 * @param yAxis       the name of the y axis, with its unit
 * @param categories  the x-axis labels, left to right; figures with a '.' decimal point
 * @param series      the values, one per category ({@code NaN} where there is none)
 * @param references  horizontal lines, such as the requirement
 * @param marker      a vertical line at a place along x, such as the assumed adhesion; null for none
 * @param resultIndex the index of the result in the report the chart belongs to; -1 for the whole report
 */
public record Chart(Phrase title, Phrase xAxis, Phrase yAxis, List<String> categories, List<Series> series,
        List<Reference> references, Marker marker, int resultIndex) {

    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        references = List.copyOf(references);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one category");
        }
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + one.name().key() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        if (marker != null && marker.position() > categories.size() - 1) {
            throw new IllegalArgumentException("the marker at " + marker.position() + " is past the last category "
                    + (categories.size() - 1));
        }
        if (resultIndex < -1) {
            throw new IllegalArgumentException("resultIndex must be -1 or an index but was " + resultIndex);
        }
    }

    /** The largest finite value of any series or reference line; 0 when there is none. */
    public double largestValue() {
        double largest = 0;
        for (Series one : series) {
            for (double value : one.values()) {
                if (Double.isFinite(value)) {
                    largest = Math.max(largest, value);
                }
            }
        }
        for (Reference reference : references) {
            largest = Math.max(largest, reference.value());
        }
        return largest;
    }

    /** How a series is drawn. */
    public enum Style {
        /** Points joined by a line, for a quantity that varies continuously along x. */
        LINE,
        /** Bars, for one value per category. */
        BARS,
        /** A short mark across each category, for a limit such as an axle's rating. */
        MARKS
    }

    /**
     * One series of values.
     *
     * @param name   its name in the legend
     * @param style  how it is drawn
     * @param values one value per category, {@code NaN} where there is none
     */
    public record Series(Phrase name, Style style, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(style, "style");
            values = List.copyOf(values);
        }
    }

    /**
     * A horizontal line across the chart.
     *
     * @param label what it marks, such as "required 24.2°"
     * @param value where, in the y axis's unit; finite
     */
    public record Reference(Phrase label, double value) {
        public Reference {
            Objects.requireNonNull(label, "label");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a reference line needs a finite value but was " + value);
            }
        }
    }

    /**
     * A vertical line across the chart.
     *
     * @param label    what it marks, such as "assumed μ 0.8"
     * @param position where, in categories from the first (0) to the last; between two for a value between them
     */
    public record Marker(Phrase label, double position) {
        public Marker {
            Objects.requireNonNull(label, "label");
            if (!(position >= 0)) {
                throw new IllegalArgumentException("a marker's position must be at least 0 but was " + position);
            }
        }
    }
}
