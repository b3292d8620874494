package jp.chiikiatlas.population.ui;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import jp.chiikiatlas.population.AgeTable;
import jp.chiikiatlas.population.PopulationChange;
import jp.chiikiatlas.population.PopulationData;
import jp.chiikiatlas.population.PopulationDataException;
import jp.chiikiatlas.population.PopulationPyramid;
import jp.chiikiatlas.population.PopulationTrend;
import jp.chiikiatlas.population.SmallMultiples;
import jp.chiikiatlas.population.chart.ChangeChart;
import jp.chiikiatlas.population.chart.ChartCsv;
import jp.chiikiatlas.population.chart.ChartFiles;
import jp.chiikiatlas.population.chart.DataTable;
import jp.chiikiatlas.population.chart.PyramidChart;
import jp.chiikiatlas.population.chart.RenderScale;
import jp.chiikiatlas.population.chart.SmallMultiplesChart;
import jp.chiikiatlas.population.chart.TrendChart;
import org.jfree.chart.JFreeChart;

/**
 * Everything that decides what one chart of the panel shows; {@link #render} draws it with the same
 * chart classes as the {@code chart} command and returns the numbers behind it. Plain Java (no
 * JavaFX), so it runs on the panel's worker thread and in tests.
 *
 * @param regions       the region first, then up to three pinned for comparison (small multiples)
 * @param compareLines  trend: the prefecture and Japan as extra lines
 * @param index         trend: every line 100 at {@link PopulationTrend#FIRST_YEAR}
 * @param period        pyramid: year of the age table; null for the latest
 * @param comparePeriod pyramid: a second year drawn as an outline; null for none
 */
public record ChartRequest(ChartKind kind, List<String> regions, boolean compareLines, boolean index, boolean shares,
                           Integer period, Integer comparePeriod) {

    public ChartRequest {
        regions = List.copyOf(regions);
        if (regions.isEmpty() || regions.size() > SmallMultiples.MAX_PANELS) {
            throw new IllegalArgumentException("1 to " + SmallMultiples.MAX_PANELS + " regions, not " + regions);
        }
    }

    /**
     * The drawn chart and its numbers; {@code painter} draws it again (SVG, a bigger PNG) at its
     * logical size {@code width × height}, while {@code image} may have more pixels (HiDPI).
     */
    public record Output(BufferedImage image, DataTable table, ChartFiles.Painter painter, int width, int height) {
    }

    public Output render(PopulationData data, int width, int height) {
        return render(data, width, height, RenderScale.ONE);
    }

    public Output render(PopulationData data, int width, int height, RenderScale scale) {
        List<JFreeChart> charts;
        List<DataTable> tables;
        boolean many = regions.size() > 1;
        switch (kind) {
            case TREND -> {
                List<PopulationTrend> trends = regions.stream().map(c -> trend(data, c)).toList();
                // small multiples share one axis so the panels compare by eye
                charts = many ? SmallMultiplesChart.trends(SmallMultiples.ofTrends(trends)) : List.of(TrendChart.create(trends.get(0)));
                tables = trends.stream().map(ChartCsv::trendTable).toList();
            }
            case PYRAMID -> {
                List<PopulationPyramid> pyramids = regions.stream().map(c -> pyramid(data, c)).toList();
                charts = many ? SmallMultiplesChart.pyramids(SmallMultiples.ofPyramids(pyramids))
                        : List.of(PyramidChart.create(pyramids.get(0)));
                tables = pyramids.stream().map(ChartCsv::pyramidTable).toList();
            }
            default -> {
                List<PopulationChange> changes = regions.stream().map(c -> PopulationChange.of(data, c)).toList();
                charts = many ? SmallMultiplesChart.changes(SmallMultiples.ofChanges(changes))
                        : List.of(ChangeChart.create(changes.get(0)));
                tables = changes.stream().map(ChartCsv::changeTable).toList();
            }
        }
        ChartFiles.Painter painter = many ? (g2, area) -> SmallMultiplesChart.draw(g2, area, charts)
                : (g2, area) -> charts.get(0).draw(g2, area, null);
        BufferedImage image = ChartFiles.image(painter, width, height, scale);
        return new Output(image, many ? stacked(tables) : tables.get(0), painter, width, height);
    }

    private PopulationTrend trend(PopulationData data, String code) {
        List<String> others = compareLines && regions.size() == 1 ? PopulationTrend.defaultComparisons(data, code) : List.of();
        PopulationTrend trend = PopulationTrend.of(data, code, others);
        return index ? trend.indexed(PopulationTrend.FIRST_YEAR) : trend;
    }

    private PopulationPyramid pyramid(PopulationData data, String code) {
        int year = period != null ? period : AgeTable.latestPeriod(data, code)
                .orElseThrow(() -> new PopulationDataException(
                        data.regionName(code).orElse(code) + "（" + code + "）の年齢別の表はありません"));
        PopulationPyramid pyramid = PopulationPyramid.of(data, code, year, comparePeriod);
        return shares ? pyramid.withMeasure(PopulationPyramid.Measure.SHARES) : pyramid;
    }

    /** Several regions' tables in one: a leading {@code region} column says whose row it is. */
    private DataTable stacked(List<DataTable> tables) {
        List<String> header = new ArrayList<>();
        header.add("region");
        header.addAll(tables.get(0).header());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            for (List<String> row : tables.get(i).rows()) {
                List<String> r = new ArrayList<>();
                r.add(regions.get(i));
                r.addAll(row);
                rows.add(r);
            }
        }
        return new DataTable(header, rows);
    }
}
