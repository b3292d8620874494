package jp.chiikiatlas.population.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.chiikiatlas.population.PopulationChange;
import jp.chiikiatlas.population.PopulationPyramid;
import jp.chiikiatlas.population.PopulationTrend;
import jp.chiikiatlas.population.SmallMultiples;
import org.jfree.chart.JFreeChart;

/** Up to four charts on one common scale, side by side (two) or in a 2 × 2 grid (three or four). */
public final class SmallMultiplesChart {
    private SmallMultiplesChart() {
    }

    public static List<JFreeChart> pyramids(SmallMultiples<PopulationPyramid> multiples) {
        List<JFreeChart> charts = new ArrayList<>();
        multiples.panels().forEach(p -> charts.add(PyramidChart.create(p, Optional.of(multiples.range()))));
        return charts;
    }

    public static List<JFreeChart> trends(SmallMultiples<PopulationTrend> multiples) {
        List<JFreeChart> charts = new ArrayList<>();
        multiples.panels().forEach(t -> charts.add(TrendChart.create(t, Optional.of(multiples.range()))));
        return charts;
    }

    public static List<JFreeChart> changes(SmallMultiples<PopulationChange> multiples) {
        List<JFreeChart> charts = new ArrayList<>();
        multiples.panels().forEach(c -> charts.add(ChangeChart.create(c, Optional.of(multiples.range()))));
        return charts;
    }

    /** Paints the charts into {@code area}: one row for up to two, two rows for three or four. */
    public static void draw(Graphics2D g2, Rectangle2D area, List<JFreeChart> charts) {
        if (charts.isEmpty() || charts.size() > SmallMultiples.MAX_PANELS) {
            throw new IllegalArgumentException("1 to " + SmallMultiples.MAX_PANELS + " charts, not " + charts.size());
        }
        int columns = Math.min(2, charts.size());
        int rows = (charts.size() + 1) / 2;
        double w = area.getWidth() / columns;
        double h = area.getHeight() / rows;
        for (int i = 0; i < charts.size(); i++) {
            Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % columns) * w, area.getY() + (i / columns) * h, w, h);
            charts.get(i).draw(g2, cell);
        }
    }
}
