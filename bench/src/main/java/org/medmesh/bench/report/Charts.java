package org.medmesh.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Line plots of measured series (XChart, written as PNG). */
public final class Charts {

    /** One line: a series of a scenario and the value plotted for each of its figures. */
    public record Line(String label, String scenario, String series, ToDoubleFunction<Figure> value) {
    }

    /** A horizontal line: a target or a limit. */
    public record Target(String label, double value) {
    }

    private Charts() {
    }

    /** Writes {@code name.png} into the directory; lines without figures are left out. Returns the file. */
    public static Path plot(Path directory, String name, String title, String xAxis, String yAxis,
            BenchResults results, List<Line> lines, List<Target> targets) throws IOException {
        return plot(directory, name, title, xAxis, yAxis, results, lines, targets, false);
    }

    /** The same, with both axes logarithmic when {@code logarithmic} (sizes growing tenfold, latencies apart). */
    public static Path plot(Path directory, String name, String title, String xAxis, String yAxis,
            BenchResults results, List<Line> lines, List<Target> targets, boolean logarithmic) throws IOException {
        Files.createDirectories(directory);
        XYChart chart = new XYChartBuilder().width(900).height(520).title(title).xAxisTitle(xAxis).yAxisTitle(yAxis)
                .build();
        chart.getStyler().setXAxisLogarithmic(logarithmic);
        chart.getStyler().setYAxisLogarithmic(logarithmic);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (Line line : lines) {
            List<Figure> figures = results.series(line.scenario(), line.series());
            if (figures.isEmpty()) {
                continue;
            }
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (Figure figure : figures) {
                xs.add(figure.x());
                ys.add(line.value().applyAsDouble(figure));
                minX = Math.min(minX, figure.x());
                maxX = Math.max(maxX, figure.x());
            }
            XYSeries series = chart.addSeries(line.label(), xs, ys);
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        if (minX <= maxX) {
            for (Target level : targets) {
                XYSeries series = chart.addSeries(level.label(), List.of(minX, maxX), List.of(level.value(),
                        level.value()));
                series.setMarker(SeriesMarkers.NONE);
                series.setLineStyle(new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT,
                        java.awt.BasicStroke.JOIN_MITER, 10f, new float[]{6f, 6f}, 0f));
            }
        }
        Path file = directory.resolve(name + ".png");
        BitmapEncoder.saveBitmap(chart, directory.resolve(name).toString(), BitmapFormat.PNG);
        return file;
    }
}
