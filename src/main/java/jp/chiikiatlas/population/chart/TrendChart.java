package jp.chiikiatlas.population.chart;

import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Optional;
import jp.chiikiatlas.population.AxisRange;
import jp.chiikiatlas.population.PopulationTrend;
import jp.chiikiatlas.population.TrendLine;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Population per year as lines: the region first (thickest), comparison regions after it. */
public final class TrendChart {
    private TrendChart() {
    }

    public static JFreeChart create(PopulationTrend trend) {
        return create(trend, Optional.empty());
    }

    /** With {@code range} given (small multiples), the value axis is that range instead of this trend's own. */
    public static JFreeChart create(PopulationTrend trend, Optional<AxisRange> range) {
        XYSeriesCollection lines = new XYSeriesCollection();
        for (TrendLine line : trend.lines()) {
            XYSeries s = new XYSeries(line.regionName() + "（" + line.regionCode() + "）");
            line.values().forEach(s::add);
            lines.addSeries(s);
        }
        NumberAxis years = new NumberAxis("年（1月1日）");
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0")); // 2025, not 2,025
        years.setAutoRangeIncludesZero(false);
        boolean indexed = trend.indexBase().isPresent();
        NumberAxis values = new NumberAxis(indexed ? "指数（" + trend.indexBase().get() + "年 = 100）" : "人口（人）");
        values.setNumberFormatOverride(new DecimalFormat(indexed ? "0.0" : "#,##0"));
        values.setAutoRangeIncludesZero(false);
        range.ifPresent(r -> {
            double pad = Math.max((r.upper() - r.lower()) * 0.05, Math.abs(r.upper()) * 1e-4);
            values.setRange(r.lower() - pad, r.upper() + pad);
        });
        XYPlot plot = new XYPlot(lines, years, values, new XYLineAndShapeRenderer(true, true));

        JFreeChart chart = new JFreeChart(title(trend), ChartStyle.bold(ChartStyle.TITLE_SIZE), plot, true);
        ChartStyle.apply(chart);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < trend.lines().size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.LINES.get(i % ChartStyle.LINES.size()));
            renderer.setSeriesStroke(i, ChartStyle.LINE_STROKES.get(i % ChartStyle.LINE_STROKES.size()));
            double size = i == 0 ? 9 : 7;
            renderer.setSeriesShape(i, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
        }
        List<String> notes = new java.util.ArrayList<>(trend.notes());
        if (!indexed && trend.lines().size() > 1) {
            // regions of very different size flatten each other on one count axis
            notes.add("人口規模の違う地域の比較は指数表示で読みやすくなります");
        }
        ChartStyle.stamp(chart, trend.credit(), notes);
        return chart;
    }

    private static String title(PopulationTrend trend) {
        List<TrendLine> lines = trend.lines();
        return lines.get(0).regionName() + "の人口の推移" + (trend.indexBase().isPresent() ? "（指数）" : "");
    }
}
