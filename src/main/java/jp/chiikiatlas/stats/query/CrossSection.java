package jp.chiikiatlas.stats.query;

import java.util.Map;
import java.util.Set;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.stats.ValueStatus;

/**
 * One indicator for all regions of a level in one period.
 *
 * @param level    the level asked for; null when several were
 * @param values   region code → value, for cells with a number, in code order
 * @param withoutValue region code → status, for cells the file marks (suppressed, not available …)
 * @param credits  credit lines of the datasets the values came from
 */
public record CrossSection(String indicatorId, int period, RegionLevel level, String dimensions,
                           Map<String, Double> values, Map<String, ValueStatus> withoutValue, Set<String> credits) {
}
