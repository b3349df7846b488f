package io.github.basisspread.cli;

import io.github.basisspread.core.series.TimeSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;

/**
 * The demo's charts, drawn with XChart and encoded as PNG in memory. The caller sets
 * {@code java.awt.headless} before the first chart: no display is ever needed.
 */
final class DemoCharts {

    static final int WIDTH = 900;
    static final int HEIGHT = 420;

    /** A dashed line for interval bounds. */
    private static final BasicStroke DASHED = SeriesLines.DASH_DASH;

    private final boolean render;

    DemoCharts(boolean render) {
        this.render = render;
    }

    /** A named line of a chart, with a style. */
    record Line(String name, TimeSeries series, boolean dashed, Color color, boolean inLegend) {
        static Line solid(String name, TimeSeries series) {
            return new Line(name, series, false, null, true);
        }

        static Line dashed(String name, TimeSeries series, Color color) {
            return new Line(name, series, true, color, true);
        }

        /** The same line, kept out of the legend (the second bound of a band). */
        Line unlisted() {
            return new Line(name, series, dashed, color, false);
        }
    }

    /** Lines over time; values scaled by {@code scale} (100 for percentages). */
    DemoReport.Chart overTime(String file, String title, String yTitle, double scale, List<Line> lines) {
        if (!render) {
            return new DemoReport.Chart(file, title, new byte[0]);
        }
        XYChart chart = base(title, "time (UTC)", yTitle);
        chart.getStyler().setDatePattern("yyyy-MM-dd");
        add(chart, lines, scale, 0);
        return encode(file, title, chart);
    }

    /**
     * Lines over time on two vertical axes: the left lines scaled by {@code leftScale}, the right
     * ones by {@code rightScale} on an axis at the right, fixed to {@code [rightMin, rightMax]}.
     */
    DemoReport.Chart overTimeTwoAxes(String file, String title, String leftTitle, double leftScale, List<Line> left,
            String rightTitle, double rightScale, double rightMin, double rightMax, List<Line> right) {
        if (!render) {
            return new DemoReport.Chart(file, title, new byte[0]);
        }
        XYChart chart = base(title, "time (UTC)", leftTitle);
        chart.getStyler().setDatePattern("yyyy-MM-dd");
        chart.setYAxisGroupTitle(0, leftTitle);
        chart.setYAxisGroupTitle(1, rightTitle);
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.getStyler().setYAxisMin(1, rightMin);
        chart.getStyler().setYAxisMax(1, rightMax);
        add(chart, left, leftScale, 0);
        add(chart, right, rightScale, 1);
        return encode(file, title, chart);
    }

    private static void add(XYChart chart, List<Line> lines, double scale, int axis) {
        for (Line l : lines) {
            TimeSeries s = l.series().withoutMissing();
            if (s.isEmpty()) {
                continue;
            }
            List<Date> x = new ArrayList<>(s.size());
            List<Double> y = new ArrayList<>(s.size());
            for (int i = 0; i < s.size(); i++) {
                x.add(Date.from(s.time(i)));
                y.add(s.value(i) * scale);
            }
            XYSeries series = chart.addSeries(l.name(), x, y);
            series.setYAxisGroup(axis);
            style(series, l);
        }
    }

    /** Points joined by lines against a numeric x axis. */
    DemoReport.Chart xy(String file, String title, String xTitle, String yTitle, List<String> names,
            List<double[]> xs, List<double[]> ys) {
        if (!render) {
            return new DemoReport.Chart(file, title, new byte[0]);
        }
        XYChart chart = base(title, xTitle, yTitle);
        chart.getStyler().setMarkerSize(8);
        for (int k = 0; k < names.size(); k++) {
            XYSeries s = chart.addSeries(names.get(k), xs.get(k), ys.get(k));
            s.setLineWidth(2f);
        }
        return encode(file, title, chart);
    }

    /** A vertical line across a distribution chart at {@code x}. */
    record Marker(String name, double x, Color color) {
    }

    /**
     * The histogram of a sample in {@code bins} equal bins from its minimum to its maximum, drawn
     * as a filled outline, with a dashed vertical line at each marker.
     */
    DemoReport.Chart distribution(String file, String title, String xTitle, double[] sample, int bins,
            List<Marker> markers) {
        if (!render) {
            return new DemoReport.Chart(file, title, new byte[0]);
        }
        double lo = Arrays.stream(sample).min().orElse(0);
        double hi = Arrays.stream(sample).max().orElse(1);
        for (Marker mk : markers) {
            lo = Math.min(lo, mk.x());
            hi = Math.max(hi, mk.x());
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double width = (hi - lo) / bins;
        int[] counts = new int[bins];
        for (double v : sample) {
            counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;
        }
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        x.add(lo);
        y.add(0.0);
        int top = 0;
        for (int b = 0; b < bins; b++) {
            x.add(lo + b * width);
            y.add((double) counts[b]);
            x.add(lo + (b + 1) * width);
            y.add((double) counts[b]);
            top = Math.max(top, counts[b]);
        }
        x.add(hi);
        y.add(0.0);
        XYChart chart = base(title, xTitle, "scenarios");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        XYSeries h = chart.addSeries("scenario P&L", x, y);
        h.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        h.setLineWidth(1f);
        for (Marker mk : markers) {
            XYSeries s = chart.addSeries(mk.name(), List.of(mk.x(), mk.x()), List.of(0.0, top * 1.05));
            s.setLineStyle(DASHED);
            s.setLineWidth(2f);
            s.setLineColor(mk.color());
        }
        return encode(file, title, chart);
    }

    private static XYChart base(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW).setMarkerSize(0)
                .setChartBackgroundColor(Color.WHITE).setAntiAlias(true);
        chart.getStyler().setXAxisMaxLabelCount(8);
        return chart;
    }

    private static void style(XYSeries s, Line l) {
        s.setLineWidth(l.dashed() ? 1.2f : 1.5f);
        if (l.dashed()) {
            s.setLineStyle(DASHED);
        }
        if (l.color() != null) {
            s.setLineColor(l.color());
        }
        s.setShowInLegend(l.inLegend());
    }

    private static DemoReport.Chart encode(String file, String title, XYChart chart) {
        try {
            return new DemoReport.Chart(file, title, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart " + file + ": " + e.getMessage(), e);
        }
    }
}
