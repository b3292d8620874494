package jp.chiikiatlas.population.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.Optional;
import jp.chiikiatlas.population.AxisRange;
import jp.chiikiatlas.population.ChangeYear;
import jp.chiikiatlas.population.PopulationChange;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Natural and social change per year as side-by-side bars, their sum as a line with markers over them. */
public final class ChangeChart {
    public static final String NATURAL = "自然増減";
    public static final String SOCIAL = "社会増減";
    public static final String TOTAL = "増減（計）";

    private ChangeChart() {
    }

    public static JFreeChart create(PopulationChange change) {
        return create(change, Optional.empty());
    }

    public static JFreeChart create(PopulationChange change, Optional<AxisRange> range) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset total = new DefaultCategoryDataset();
        for (ChangeYear y : change.years()) {
            String year = Integer.toString(y.period());
            bars.addValue(y.natural(), NATURAL, year);
            bars.addValue(y.social(), SOCIAL, year);
            total.addValue(y.total(), TOTAL, year);
        }
        NumberAxis values = new NumberAxis("人");
        values.setNumberFormatOverride(new DecimalFormat("#,##0"));
        range.ifPresent(r -> {
            double pad = (r.upper() - r.lower()) * 0.05;
            values.setRange(r.lower() - pad, r.upper() + pad);
        });
        CategoryPlot plot = new CategoryPlot(bars, new CategoryAxis("年（1–12月の動態）"), values, new BarRenderer());
        plot.setDataset(1, total);
        plot.setRenderer(1, new LineAndShapeRenderer(true, true));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the sum over the bars
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(Color.BLACK);

        JFreeChart chart = new JFreeChart(change.regionName() + "の自然増減と社会増減",
                ChartStyle.bold(ChartStyle.TITLE_SIZE), plot, true);
        ChartStyle.apply(chart);
        BarRenderer barRenderer = (BarRenderer) plot.getRenderer(0);
        barRenderer.setSeriesPaint(0, ChartStyle.NATURAL);
        barRenderer.setSeriesPaint(1, ChartStyle.SOCIAL);
        barRenderer.setItemMargin(0.05);
        LineAndShapeRenderer line = (LineAndShapeRenderer) plot.getRenderer(1);
        line.setSeriesPaint(0, ChartStyle.TOTAL);
        line.setSeriesStroke(0, new BasicStroke(3f));
        line.setSeriesShape(0, new Rectangle2D.Double(-5, -5, 10, 10));
        ChartStyle.stamp(chart, change.credit(), java.util.List.of());
        return chart;
    }
}
