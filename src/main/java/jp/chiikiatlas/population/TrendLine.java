package jp.chiikiatlas.population;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** One region's line in a trend chart: period → value (population, or index when indexed). */
public record TrendLine(String regionCode, String regionName, SortedMap<Integer, Double> values) {
    public TrendLine {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }
}
