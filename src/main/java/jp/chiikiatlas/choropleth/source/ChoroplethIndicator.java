package jp.chiikiatlas.choropleth.source;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * One entry of the indicator picker: a stored indicator or one derived from stored ones.
 *
 * @param theme   the picker group (人口, 人口動態, …), see {@link IndicatorThemes}
 * @param periods the periods with values, ascending
 * @param levels  the map levels it has values for
 * @param signed  true when values are signed by nature (自然増減, 社会増減): diverging colours
 * @param derived true when computed here (density, aging rate …) rather than read from a table
 * @param breakdowns the slices of an indicator with dimensions (the total first, where the table has one);
 *                   empty for an indicator without dimensions
 */
public record ChoroplethIndicator(String id, String name, String unit, String theme, SortedSet<Integer> periods,
                                  Set<MapLevel> levels, boolean signed, boolean derived, List<Breakdown> breakdowns) {
    public ChoroplethIndicator {
        breakdowns = List.copyOf(breakdowns);
    }

    /** An indicator without dimensions. */
    public ChoroplethIndicator(String id, String name, String unit, String theme, SortedSet<Integer> periods,
                               Set<MapLevel> levels, boolean signed, boolean derived) {
        this(id, name, unit, theme, periods, levels, signed, derived, List.of());
    }

    /** What a request without a breakdown maps: the total, or else the first slice. */
    public Breakdown defaultBreakdown() {
        return breakdowns.isEmpty() ? Breakdown.TOTAL : breakdowns.get(0);
    }

    public int latestPeriod() {
        return periods.isEmpty() ? 0 : periods.last();
    }

    /** The name as the picker shows it. */
    @Override
    public String toString() {
        return name + (unit == null || unit.isBlank() ? "" : "（" + unit + "）");
    }
}
