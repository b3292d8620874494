package jp.chiikiatlas.choropleth;

import java.awt.Color;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a legend shows: title, unit, the classes with their ranges, counts and colours, the
 * no-data class with counts by reason, the method, and the source lines and caveats.
 */
public record Legend(String title, String unit, DisplayUnit displayUnit, String method, List<LegendClass> classes,
                     int noDataCount, Map<NoData, Integer> noDataByReason, Color noDataColor,
                     List<String> sources, List<String> notes) {
    public Legend {
        classes = List.copyOf(classes);
        noDataByReason = Collections.unmodifiableMap(new EnumMap<>(noDataByReason.isEmpty()
                ? new EnumMap<>(NoData.class) : noDataByReason));
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** Regions shown: with data plus without. */
    public int regionCount() {
        return classes.stream().mapToInt(LegendClass::count).sum() + noDataCount;
    }

    /** e.g. {@code データなし 3（秘匿 2、表に記載なし 1）}. */
    public String noDataLabel() {
        StringBuilder s = new StringBuilder("データなし");
        if (!noDataByReason.isEmpty()) {
            s.append("（");
            boolean first = true;
            for (Map.Entry<NoData, Integer> e : noDataByReason.entrySet()) {
                if (!first) {
                    s.append("、");
                }
                s.append(e.getKey().labelJa()).append(' ').append(e.getValue());
                first = false;
            }
            s.append("）");
        }
        return s.toString();
    }
}
