package jp.chiikiatlas.stats.query;

import jp.chiikiatlas.stats.ValueStatus;

/**
 * One value, or why there is none. A present value carries the dataset it came from and that
 * dataset's credit line; a missing one carries a {@link Missing} reason and a sentence for the user.
 */
public record ValueResult(String indicatorId, String regionCode, int period, String dimensions, Double value,
                          ValueStatus status, String datasetId, String credit, Missing missing, String explanation) {

    public boolean isPresent() {
        return value != null;
    }

    static ValueResult missing(String indicator, String region, int period, String dims, Missing why, String text) {
        return new ValueResult(indicator, region, period, dims, null, null, null, null, why, text);
    }
}
