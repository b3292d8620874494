package jp.chiikiatlas.stats.query;

import jp.chiikiatlas.stats.ValueStatus;

/** One period of a time series; {@code value} is null unless {@code status} is OK. */
public record SeriesPoint(int period, Double value, ValueStatus status, String datasetId) {
}
