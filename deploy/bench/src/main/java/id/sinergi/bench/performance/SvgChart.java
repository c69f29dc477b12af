package id.sinergi.bench.performance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A line chart as a self-contained SVG file: what a Markdown report can show without a plotting library. */
final class SvgChart {

    record Series(String label, double[] x, double[] y) {
    }

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd"};
    private static final int WIDTH = 860;
    private static final int HEIGHT = 360;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private Double horizontalLine;
    private String horizontalLabel;

    SvgChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    SvgChart add(Series line) {
        series.add(line);
        return this;
    }

    /** A dashed reference line, e.g. a target. */
    SvgChart reference(double y, String label) {
        horizontalLine = y;
        horizontalLabel = label;
        return this;
    }

    void write(Path file) throws IOException {
        double xMax = series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.x)).max().orElse(1);
        double yMax = series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.y)).max().orElse(1);
        if (horizontalLine != null) {
            yMax = Math.max(yMax, horizontalLine * 1.1);
        }
        double yTop = niceCeiling(Math.max(yMax, 1e-9));
        double xRight = niceCeiling(Math.max(xMax, 1e-9));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format("<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n", LEFT, escape(title)));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (int tick = 0; tick <= 5; tick++) {
            double yValue = yTop * tick / 5;
            double y = TOP + plotHeight - plotHeight * tick / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT, y, WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, y + 4, label(yValue)));
            double xValue = xRight * tick / 5;
            double x = LEFT + plotWidth * tick / 5.0;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x, TOP + plotHeight + 18, label(xValue)));
        }
        svg.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight));
        svg.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", LEFT, TOP, LEFT, TOP + plotHeight));
        svg.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                LEFT + plotWidth / 2, HEIGHT - 10, escape(xLabel)));
        svg.append(String.format("<text x=\"16\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">%s</text>%n",
                TOP + plotHeight / 2, TOP + plotHeight / 2, escape(yLabel)));
        if (horizontalLine != null) {
            double y = TOP + plotHeight - plotHeight * horizontalLine / yTop;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\" "
                    + "stroke-dasharray=\"6 4\"/>%n", LEFT, y, WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555\">%s</text>%n",
                    WIDTH - RIGHT - 4, y - 4, escape(horizontalLabel)));
        }
        for (int i = 0; i < series.size(); i++) {
            Series line = series.get(i);
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int p = 0; p < line.x.length; p++) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + plotWidth * line.x[p] / xRight,
                        TOP + plotHeight - plotHeight * line.y[p] / yTop));
            }
            svg.append(String.format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n",
                    colour, points.toString().trim()));
            int legendY = TOP + 14 + 16 * i;
            svg.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>%n",
                    LEFT + 12, legendY - 4, LEFT + 32, legendY - 4, colour));
            svg.append(String.format("<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + 38, legendY, escape(line.label)));
        }
        svg.append("</svg>\n");
        Files.writeString(file, svg.toString());
    }

    /** 1, 2 or 5 times a power of ten, at least the value: axes that read easily. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
