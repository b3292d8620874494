package jp.chiikiatlas.population.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.chiikiatlas.population.AgeTable;
import jp.chiikiatlas.population.AxisRange;
import jp.chiikiatlas.population.PopulationPyramid;
import jp.chiikiatlas.population.PyramidBand;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Population pyramid: male bars to the left (drawn as negative values), female to the right, on one
 * symmetric axis; the comparison year, if any, as an unfilled outline over them.
 */
public final class PyramidChart {
    /** Series index of the male bars in both datasets (the female bars are 1). */
    public static final int MALE_SERIES = 0;
    public static final int FEMALE_SERIES = 1;
    private static final Color NO_FILL = new Color(0, 0, 0, 0);

    private PyramidChart() {
    }

    public static JFreeChart create(PopulationPyramid pyramid) {
        return create(pyramid, Optional.empty());
    }

    /** With {@code range} given (small multiples), the axis is that range instead of this pyramid's own. */
    public static JFreeChart create(PopulationPyramid pyramid, Optional<AxisRange> range) {
        boolean shares = pyramid.measure() == PopulationPyramid.Measure.SHARES;
        CategoryAxis ages = new CategoryAxis("年齢（歳）");
        ages.setCategoryMargin(0.15);
        NumberAxis values = new NumberAxis(shares ? "割合（%）" : "人口（人）");
        values.setNumberFormatOverride(new AbsoluteNumberFormat("#,##0"));
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // whole % steps: 0.5 steps crowd the axis
        AxisRange r = range.orElseGet(() -> new AxisRange(-pyramid.largestBar(), pyramid.largestBar()));
        double pad = (r.upper() - r.lower()) * 0.03;
        values.setRange(r.lower() - pad, r.upper() + pad);

        CategoryPlot plot = new CategoryPlot(dataset("男性 " + pyramid.main().period() + "年", "女性 " + pyramid.main().period() + "年", pyramid.bands()), ages, values,
                new StackedBarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT); // people axis under the bars, like a printed pyramid
        pyramid.comparison().ifPresent(c -> {
            plot.setDataset(1, dataset(c.period() + "年（枠線）", c.period() + "年（枠線・女性）", pyramid.comparisonBands()));
            plot.setRenderer(1, new StackedBarRenderer());
        });
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // outline over the fill
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(Color.BLACK);

        JFreeChart chart = new JFreeChart(title(pyramid), ChartStyle.bold(ChartStyle.TITLE_SIZE), plot, true);
        ChartStyle.apply(chart);
        StackedBarRenderer fill = (StackedBarRenderer) plot.getRenderer(0);
        fill.setSeriesPaint(MALE_SERIES, ChartStyle.MALE);
        fill.setSeriesPaint(FEMALE_SERIES, ChartStyle.FEMALE);
        fill.setDrawBarOutline(false);
        if (pyramid.comparison().isPresent()) {
            StackedBarRenderer outline = (StackedBarRenderer) plot.getRenderer(1);
            for (int s : new int[] {MALE_SERIES, FEMALE_SERIES}) {
                outline.setSeriesPaint(s, NO_FILL);
                outline.setSeriesOutlinePaint(s, ChartStyle.OUTLINE);
                outline.setSeriesOutlineStroke(s, new BasicStroke(2f));
            }
            outline.setDrawBarOutline(true);
            outline.setSeriesVisibleInLegend(FEMALE_SERIES, false); // one legend entry for the outline year
        }
        ChartStyle.stamp(chart, credit(pyramid), pyramid.notes());
        return chart;
    }

    /** Oldest band first: a horizontal category plot lists categories from the top down. */
    private static DefaultCategoryDataset dataset(String maleKey, String femaleKey, List<PyramidBand> bands) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        List<PyramidBand> topDown = new ArrayList<>(bands);
        java.util.Collections.reverse(topDown);
        for (PyramidBand b : topDown) {
            d.addValue(-b.male(), maleKey, b.age());
            d.addValue(b.female(), femaleKey, b.age());
        }
        return d;
    }

    private static String title(PopulationPyramid p) {
        String compared = p.comparison().map(c -> "（枠線: " + c.period() + "年）").orElse("");
        return p.regionName() + "の人口ピラミッド " + p.main().period() + "年" + compared;
    }

    private static String credit(PopulationPyramid p) {
        List<String> credits = new ArrayList<>();
        credits.add(p.main().credit());
        p.comparison().map(AgeTable::credit).filter(c -> !credits.contains(c)).ifPresent(credits::add);
        return String.join(" / ", credits);
    }
}
