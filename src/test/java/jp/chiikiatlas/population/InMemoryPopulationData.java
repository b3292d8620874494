package jp.chiikiatlas.population;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.geo.RegionLevel;

/** {@link PopulationData} held in maps, filled by tests with small hand-made fixtures. */
public final class InMemoryPopulationData implements PopulationData {
    private record Key(String indicator, String code, int period, Map<String, String> dims) {
    }

    private record Source(String table, String publisher) {
    }

    private final Map<Key, Double> values = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, RegionLevel> levels = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();

    public InMemoryPopulationData region(String code, String name, RegionLevel level) {
        names.put(code, name);
        levels.put(code, level);
        return this;
    }

    public InMemoryPopulationData source(String indicator, String table, String publisher) {
        sources.put(indicator, new Source(table, publisher));
        return this;
    }

    public InMemoryPopulationData put(String indicator, String code, int period, Map<String, String> dims, double value) {
        values.put(new Key(indicator, code, period, Map.copyOf(dims)), value);
        return this;
    }

    /** A yearly series of an indicator without dimensions, from {@code firstPeriod} on. */
    public InMemoryPopulationData series(String indicator, String code, Map<String, String> dims, int firstPeriod,
                                         double... yearly) {
        for (int i = 0; i < yearly.length; i++) {
            put(indicator, code, firstPeriod + i, dims, yearly[i]);
        }
        return this;
    }

    /** One sex's row of an age table: its total, then the bands from 0-4 up (17 bands end at 80+, 21 at 100+). */
    public InMemoryPopulationData ageRow(String code, int period, Sex sex, double total, double... bands) {
        List<String> ages = AgeBands.upTo(bands.length == 17 ? 80 : 100);
        if (ages.size() != bands.length) {
            throw new IllegalArgumentException("an age row has 17 or 21 bands, not " + bands.length);
        }
        put(Indicators.POPULATION, code, period, Dims.of(sex, Dims.AGE_TOTAL), total);
        for (int i = 0; i < bands.length; i++) {
            put(Indicators.POPULATION, code, period, Dims.of(sex, ages.get(i)), bands[i]);
        }
        return this;
    }

    @Override
    public OptionalDouble value(String indicator, String regionCode, int period, Map<String, String> dims) {
        Double v = values.get(new Key(indicator, regionCode, period, Map.copyOf(dims)));
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    @Override
    public SortedMap<Integer, Double> series(String indicator, String regionCode, Map<String, String> dims) {
        SortedMap<Integer, Double> series = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.indicator().equals(indicator) && k.code().equals(regionCode) && k.dims().equals(dims)) {
                series.put(k.period(), v);
            }
        });
        return series;
    }

    @Override
    public Map<String, Double> crossSection(String indicator, int period, Map<String, String> dims) {
        Map<String, Double> section = new HashMap<>();
        values.forEach((k, v) -> {
            if (k.indicator().equals(indicator) && k.period() == period && k.dims().equals(dims)) {
                section.put(k.code(), v);
            }
        });
        return section;
    }

    @Override
    public String credit(String indicator, int period) {
        Source s = sourceOf(indicator);
        return "「" + s.table() + "」" + period + "年 出典：" + s.publisher();
    }

    @Override
    public String credit(String indicator, int firstPeriod, int lastPeriod) {
        Source s = sourceOf(indicator);
        return "「" + s.table() + "」" + firstPeriod + "–" + lastPeriod + "年 出典：" + s.publisher();
    }

    private Source sourceOf(String indicator) {
        Source s = sources.get(indicator);
        if (s == null) {
            throw new IllegalStateException("fixture has no source for " + indicator);
        }
        return s;
    }

    @Override
    public Optional<String> regionName(String code) {
        return Optional.ofNullable(names.get(code));
    }

    @Override
    public Optional<RegionLevel> level(String code) {
        return Optional.ofNullable(levels.get(code));
    }

    @Override
    public String parentPrefecture(String code) {
        return RegionCode.JAPAN.equals(code) ? null : RegionCode.prefectureOf(code);
    }
}
