package jp.chiikiatlas.population;

import java.util.List;
import java.util.function.Function;

/**
 * Up to four regions side by side on one common scale, so their shapes can be compared honestly:
 * the panels keep their own analysis, and {@link #range()} is the axis every panel must use.
 */
public record SmallMultiples<T>(List<T> panels, AxisRange range) {
    public static final int MAX_PANELS = 4;

    public SmallMultiples {
        if (panels.isEmpty() || panels.size() > MAX_PANELS) {
            throw new IllegalArgumentException("small multiples take 1 to " + MAX_PANELS + " regions, not " + panels.size());
        }
        panels = List.copyOf(panels);
    }

    /** Pyramids on one symmetric axis: ± the largest bar of any panel (use shares to compare sizes fairly). */
    public static SmallMultiples<PopulationPyramid> ofPyramids(List<PopulationPyramid> pyramids) {
        double max = pyramids.stream().mapToDouble(PopulationPyramid::largestBar).max().orElse(0);
        return new SmallMultiples<>(pyramids, new AxisRange(-max, max));
    }

    public static SmallMultiples<PopulationTrend> ofTrends(List<PopulationTrend> trends) {
        return union(trends, PopulationTrend::valueRange);
    }

    public static SmallMultiples<PopulationChange> ofChanges(List<PopulationChange> changes) {
        return union(changes, PopulationChange::valueRange);
    }

    private static <T> SmallMultiples<T> union(List<T> panels, Function<T, AxisRange> rangeOf) {
        AxisRange range = panels.stream().map(rangeOf).reduce(AxisRange::union)
                .orElseThrow(() -> new IllegalArgumentException("no panels"));
        return new SmallMultiples<>(panels, range);
    }
}
