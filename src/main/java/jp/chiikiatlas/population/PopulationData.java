package jp.chiikiatlas.population;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import jp.chiikiatlas.geo.RegionLevel;

/**
 * What the population analyses need from the statistics, and nothing more. The application adapts
 * the statistics query API to it; tests fill {@code InMemoryPopulationData} with hand-made fixtures.
 *
 * <p>Region codes are five digits ({@code 01100}); Japan is {@code 00000}. Periods are years as the
 * statistics store them. Dimensions follow the statistics indicators: {@code population} carries
 * {@code sex} ({@code total|male|female}) and {@code age} ({@code total}, {@code 0-4} … {@code 100+}
 * or {@code 80+}); see {@link Dims}.
 */
public interface PopulationData {

    /** One value, empty when the table has none for this region and period (e.g. a merged code). */
    OptionalDouble value(String indicator, String regionCode, int period, Map<String, String> dims);

    /** Every period with a value for this region, in period order. */
    SortedMap<Integer, Double> series(String indicator, String regionCode, Map<String, String> dims);

    /** Values of every region for one period, for ranks (all levels; callers pick their peers). */
    Map<String, Double> crossSection(String indicator, int period, Map<String, String> dims);

    /** The source line of one table: 表名, 年, 出典. */
    String credit(String indicator, int period);

    /** One source line for a run of yearly tables (first to last period), for trend charts. */
    String credit(String indicator, int firstPeriod, int lastPeriod);

    Optional<String> regionName(String code);

    Optional<RegionLevel> level(String code);

    /** The prefecture a code lies in ({@code 01100} → {@code 01000}); Japan has none (null). */
    String parentPrefecture(String code);
}
