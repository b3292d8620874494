package jp.chiikiatlas.stats.query;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import jp.chiikiatlas.geo.RegionLevel;

/** What the cache holds for one indicator: periods with values and region levels covered. */
public record IndicatorSummary(String id, String nameJa, String nameEn, String unit, List<String> dimensions,
                               SortedSet<Integer> periods, Set<RegionLevel> levels) {
}
