package jp.chiikiatlas.stats;

import java.util.Map;

/**
 * One value of an indicator for a region and period.
 *
 * @param datasetId  the dataset it came from (for its credit line)
 * @param regionCode five digits, Japan {@code 00000}
 * @param period     calendar year, or fiscal year for fiscal data (see the statistics README)
 * @param dimensions e.g. {@code sex=male, age=0-4}; empty for the plain total
 * @param value      null unless {@code status} is {@link ValueStatus#OK}
 */
public record Observation(String datasetId, String indicatorId, String regionCode, int period,
                          Map<String, String> dimensions, Double value, ValueStatus status) {
}
