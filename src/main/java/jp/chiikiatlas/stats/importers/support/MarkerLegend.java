package jp.chiikiatlas.stats.importers.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.chiikiatlas.stats.ValueStatus;

/**
 * What the non-numeric symbols of one file mean. Each file has its own legend: the same {@code -}
 * means "not available" in one table and "zero" or "皆増" in another, so legends are never global.
 */
public final class MarkerLegend {
    private final Map<String, ValueStatus> markers = new LinkedHashMap<>();

    public static MarkerLegend none() {
        return new MarkerLegend();
    }

    public MarkerLegend with(String marker, ValueStatus status) {
        markers.put(marker, status);
        return this;
    }

    public Optional<ValueStatus> statusOf(String text) {
        return Optional.ofNullable(markers.get(text == null ? null : text.strip()));
    }

    public Map<String, ValueStatus> asMap() {
        return Map.copyOf(markers);
    }

    /** The status a legend line's explanation describes (e-Stat wording), or empty if it is not a legend. */
    public static Optional<ValueStatus> statusDescribedBy(String explanation) {
        if (explanation == null) {
            return Optional.empty();
        }
        if (explanation.contains("秘匿")) {
            return Optional.of(ValueStatus.SUPPRESSED);
        }
        if (explanation.contains("調査") && explanation.contains("していない")
                || explanation.contains("集計していない")) {
            return Optional.of(ValueStatus.NOT_SURVEYED);
        }
        if (explanation.contains("得られない") || explanation.contains("該当") || explanation.contains("不詳")
                || explanation.contains("不明")) {
            return Optional.of(ValueStatus.NOT_AVAILABLE);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return markers.toString();
    }
}
