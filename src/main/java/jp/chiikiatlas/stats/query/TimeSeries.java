package jp.chiikiatlas.stats.query;

import java.util.List;
import java.util.Set;

/** An indicator for one region over the imported periods, with the credit lines of its datasets. */
public record TimeSeries(String indicatorId, String regionCode, String dimensions, List<SeriesPoint> points,
                         Set<String> credits) {
}
