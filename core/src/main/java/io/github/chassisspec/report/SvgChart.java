package io.github.chassisspec.report;

import io.github.chassisspec.units.DecimalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.owasp.encoder.Encode;

/** Draws a {@link Chart} as inline SVG: axes, gridlines, the series, the reference lines and a legend. */
final class SvgChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 340;
    private static final int LEFT = 56;
    private static final int RIGHT = 20;
    private static final int TOP = 14;
    private static final int PLOT_HEIGHT = 220;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final String[] COLOURS = {"#1f5fa8", "#e07b00", "#2a9d55", "#7a4fb5", "#8c564b"};
    private static final String REFERENCE_COLOUR = "#c0392b";

    private SvgChart() {
    }

    static String render(Chart chart, Locale locale) {
        double top = niceCeiling(chart.largestValue() * 1.1);
        String title = chart.title().text(locale);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Encode.forHtmlAttribute(title))
                .append("\">\n<title>").append(Encode.forHtmlContent(title)).append("</title>\n");
        axes(svg, chart, top, locale);
        List<Chart.Series> bars = chart.series().stream().filter(one -> one.style() == Chart.Style.BARS).toList();
        int colour = 0;
        for (Chart.Series series : chart.series()) {
            String fill = COLOURS[colour++ % COLOURS.length];
            switch (series.style()) {
                case BARS -> bars(svg, chart, series, bars.indexOf(series), bars.size(), top, fill);
                case LINE -> line(svg, chart, series, top, fill);
                case MARKS -> marks(svg, chart, series, top);
            }
        }
        for (Chart.Reference reference : chart.references()) {
            double y = y(reference.value(), top);
            svg.append("<line class=\"reference\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + PLOT_WIDTH)
                    .append("\" y1=\"").append(number(y)).append("\" y2=\"").append(number(y)).append("\" stroke=\"")
                    .append(REFERENCE_COLOUR).append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n")
                    .append("<text x=\"").append(LEFT + PLOT_WIDTH - 4).append("\" y=\"").append(number(y - 5))
                    .append("\" text-anchor=\"end\" fill=\"").append(REFERENCE_COLOUR).append("\" font-size=\"12\">")
                    .append(Encode.forHtmlContent(reference.label().text(locale))).append("</text>\n");
        }
        if (chart.marker() != null) {
            double x = LEFT + (double) PLOT_WIDTH / chart.categories().size() * (chart.marker().position() + 0.5);
            svg.append("<line class=\"marker\" x1=\"").append(number(x)).append("\" x2=\"").append(number(x))
                    .append("\" y1=\"").append(TOP).append("\" y2=\"").append(TOP + PLOT_HEIGHT)
                    .append("\" stroke=\"#555\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>\n")
                    .append("<text x=\"").append(number(x + 4)).append("\" y=\"").append(TOP + 12)
                    .append("\" font-size=\"12\" fill=\"#333\"").append(x > LEFT + PLOT_WIDTH * 0.7
                            ? " text-anchor=\"end\" dx=\"-8\"" : "").append(">")
                    .append(Encode.forHtmlContent(chart.marker().label().text(locale))).append("</text>\n");
        }
        legend(svg, chart, locale);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void axes(StringBuilder svg, Chart chart, double top, Locale locale) {
        int ticks = 5;
        for (int tick = 0; tick <= ticks; tick++) {
            double value = top * tick / ticks;
            double y = y(value, top);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + PLOT_WIDTH).append("\" y1=\"")
                    .append(number(y)).append("\" y2=\"").append(number(y)).append("\" stroke=\"")
                    .append(tick == 0 ? "#333" : "#ddd").append("\"/>\n")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(number(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\">").append(tickLabel(value)).append("</text>\n");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(TOP + PLOT_HEIGHT).append("\" stroke=\"#333\"/>\n");
        List<String> categories = chart.categories();
        int every = Math.max(1, (int) Math.ceil(categories.size() / 16.0));
        for (int index = 0; index < categories.size(); index += every) {
            svg.append("<text x=\"").append(number(centre(index, categories.size()))).append("\" y=\"")
                    .append(TOP + PLOT_HEIGHT + 16).append("\" text-anchor=\"middle\" font-size=\"11\">")
                    .append(Encode.forHtmlContent(categories.get(index))).append("</text>\n");
        }
        svg.append("<text x=\"").append(LEFT + PLOT_WIDTH / 2).append("\" y=\"").append(TOP + PLOT_HEIGHT + 34)
                .append("\" text-anchor=\"middle\" font-size=\"12\">")
                .append(Encode.forHtmlContent(chart.xAxis().text(locale))).append("</text>\n");
        svg.append("<text transform=\"translate(14 ").append(TOP + PLOT_HEIGHT / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">")
                .append(Encode.forHtmlContent(chart.yAxis().text(locale))).append("</text>\n");
    }

    private static void bars(StringBuilder svg, Chart chart, Chart.Series series, int slot, int slots, double top,
            String fill) {
        int count = chart.categories().size();
        double band = (double) PLOT_WIDTH / count;
        double width = band * 0.7 / slots;
        for (int index = 0; index < count; index++) {
            double value = series.values().get(index);
            if (!Double.isFinite(value)) {
                continue;
            }
            double x = LEFT + band * index + band * 0.15 + width * slot;
            double y = y(Math.max(0, value), top);
            svg.append("<rect class=\"bar\" x=\"").append(number(x)).append("\" y=\"").append(number(y))
                    .append("\" width=\"").append(number(width)).append("\" height=\"")
                    .append(number(TOP + PLOT_HEIGHT - y)).append("\" fill=\"").append(fill).append("\"><title>")
                    .append(Encode.forHtmlContent(chart.categories().get(index) + ": " + tickLabel(value)))
                    .append("</title></rect>\n");
        }
    }

    private static void line(StringBuilder svg, Chart chart, Chart.Series series, double top, String stroke) {
        int count = chart.categories().size();
        List<String> points = new ArrayList<>();
        for (int index = 0; index <= count; index++) {
            double value = index < count ? series.values().get(index) : Double.NaN;
            if (Double.isFinite(value)) {
                points.add(number(centre(index, count)) + "," + number(y(Math.max(0, value), top)));
                svg.append("<circle cx=\"").append(number(centre(index, count))).append("\" cy=\"")
                        .append(number(y(Math.max(0, value), top))).append("\" r=\"2.5\" fill=\"").append(stroke)
                        .append("\"/>\n");
            } else if (!points.isEmpty()) {
                svg.append("<polyline class=\"series\" fill=\"none\" stroke=\"").append(stroke)
                        .append("\" stroke-width=\"2\" points=\"").append(String.join(" ", points)).append("\"/>\n");
                points.clear();
            }
        }
    }

    private static void marks(StringBuilder svg, Chart chart, Chart.Series series, double top) {
        int count = chart.categories().size();
        double band = (double) PLOT_WIDTH / count;
        for (int index = 0; index < count; index++) {
            double value = series.values().get(index);
            if (!Double.isFinite(value)) {
                continue;
            }
            double y = y(value, top);
            svg.append("<line class=\"mark\" x1=\"").append(number(LEFT + band * index + band * 0.08))
                    .append("\" x2=\"").append(number(LEFT + band * (index + 1) - band * 0.08)).append("\" y1=\"")
                    .append(number(y)).append("\" y2=\"").append(number(y))
                    .append("\" stroke=\"#111\" stroke-width=\"3\"/>\n");
        }
    }

    private static void legend(StringBuilder svg, Chart chart, Locale locale) {
        double x = LEFT;
        double y = TOP + PLOT_HEIGHT + 58;
        int colour = 0;
        List<String[]> entries = new ArrayList<>();
        for (Chart.Series series : chart.series()) {
            String paint = series.style() == Chart.Style.MARKS ? "#111" : COLOURS[colour % COLOURS.length];
            colour++;
            entries.add(new String[] {paint, series.name().text(locale)});
        }
        for (String[] entry : entries) {
            svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y - 9))
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(entry[0]).append("\"/>\n")
                    .append("<text x=\"").append(number(x + 16)).append("\" y=\"").append(number(y + 1))
                    .append("\" font-size=\"12\">").append(Encode.forHtmlContent(entry[1])).append("</text>\n");
            // Room for the label: CJK characters are about twice as wide as Latin ones at the same size.
            x += 32 + entry[1].codePoints().map(point -> point > 0x2E80 ? 12 : 7).sum();
            if (x > WIDTH - 120) {
                x = LEFT;
                y += 18;
            }
        }
    }

    private static double y(double value, double top) {
        return TOP + PLOT_HEIGHT - PLOT_HEIGHT * value / top;
    }

    private static double centre(int index, int count) {
        return LEFT + (double) PLOT_WIDTH / count * (index + 0.5);
    }

    /** The smallest of 1, 2, 2.5, 5 × 10ⁿ at least {@code value}, so that gridlines fall on round figures. */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value * (1 - 1e-12)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String tickLabel(double value) {
        return DecimalText.rounded(value, 2, java.math.RoundingMode.HALF_UP);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
