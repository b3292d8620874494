package jp.chiikiatlas.choropleth.source;

import java.util.Map;
import java.util.Objects;
import jp.chiikiatlas.choropleth.Measure;

/**
 * What to map: an indicator (stored or derived) in one period at one level, as a measure.
 *
 * @param basePeriod the period a change is measured from; null unless the measure is a change
 * @param dims       the breakdown of an indicator with dimensions ({@code industry=4}); empty for the total
 */
public record ChoroplethRequest(String indicatorId, int period, MapLevel level, Measure measure, Integer basePeriod,
                                Map<String, String> dims) {
    public ChoroplethRequest {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(measure, "measure");
        dims = dims == null ? Map.of() : Map.copyOf(dims);
    }

    /** The total of the indicator (no breakdown). */
    public ChoroplethRequest(String indicatorId, int period, MapLevel level, Measure measure, Integer basePeriod) {
        this(indicatorId, period, level, measure, basePeriod, Map.of());
    }

    public static ChoroplethRequest raw(String indicatorId, int period, MapLevel level) {
        return new ChoroplethRequest(indicatorId, period, level, Measure.RAW, null);
    }

    public ChoroplethRequest withPeriod(int p) {
        return new ChoroplethRequest(indicatorId, p, level, measure, basePeriod, dims);
    }
}
