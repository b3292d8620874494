package jp.chiikiatlas.stats;

import java.util.Map;

/** An origin–destination count, e.g. movers from 神奈川県 to 東京都 in 2018. Codes are five digits. */
public record Flow(String datasetId, String indicatorId, int period, String originCode, String destinationCode,
                   Map<String, String> dimensions, double value) {
}
