package jp.chiikiatlas.choropleth.source;

import java.util.Objects;
import jp.chiikiatlas.choropleth.Measure;

/**
 * What to map: an indicator (stored or derived) in one period at one level, as a measure.
 *
 * @param basePeriod the period a change is measured from; null unless the measure is a change
 */
public record ChoroplethRequest(String indicatorId, int period, MapLevel level, Measure measure, Integer basePeriod) {
    public ChoroplethRequest {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(measure, "measure");
    }

    public static ChoroplethRequest raw(String indicatorId, int period, MapLevel level) {
        return new ChoroplethRequest(indicatorId, period, level, Measure.RAW, null);
    }

    public ChoroplethRequest withPeriod(int p) {
        return new ChoroplethRequest(indicatorId, p, level, measure, basePeriod);
    }
}
