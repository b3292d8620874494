package jp.chiikiatlas.population;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.BoundaryStore;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.stats.Dimensions;
import jp.chiikiatlas.stats.query.SeriesPoint;
import jp.chiikiatlas.stats.query.StatisticsQuery;
import jp.chiikiatlas.stats.query.ValueResult;

/**
 * The population analyses over the statistics cache: values from {@link StatisticsQuery}, names
 * and levels from the boundary table (the level pattern of the code where the boundary edition
 * lacks it, e.g. codes of 2000), source lines from the dataset table.
 *
 * <p>Like the query it wraps it holds prepared statements on one connection: use it from one
 * thread (the window gives it its own connection on its worker thread). Methods are synchronized
 * anyway, so a stray call from elsewhere waits instead of corrupting a statement.
 */
public final class CachePopulationData implements PopulationData, AutoCloseable {
    /** What the user is told when the cache has no population statistics. */
    public static final String NO_DATA = "no data loaded: run import --data ../shared/data (or pass --cache FILE)";

    private final AtlasCache cache;
    private final boolean ownsCache;
    private final StatisticsQuery query;
    private final BoundaryStore boundaries;
    private final Map<String, Optional<String>> names = new HashMap<>();
    private final Map<String, Map<String, Double>> crossSections = new HashMap<>();
    private final Map<String, Optional<Source>> sources = new HashMap<>();

    /** One table as its credit line names it. */
    private record Source(String title, String credit) {
    }

    private CachePopulationData(AtlasCache cache, boolean ownsCache) throws SQLException {
        this.cache = cache;
        this.ownsCache = ownsCache;
        this.query = new StatisticsQuery(cache.connection());
        this.boundaries = new BoundaryStore(cache);
    }

    /** Over a cache someone else opened and closes. */
    public static CachePopulationData over(AtlasCache cache) throws SQLException {
        return new CachePopulationData(cache, false);
    }

    /** Opens the cache file (closed with this); fails with {@link #NO_DATA} when it holds no population. */
    public static CachePopulationData open(Path file) throws Exception {
        if (!AtlasCache.exists(file)) {
            throw new PopulationDataException(NO_DATA.replace("(or pass --cache FILE)", "— no cache at " + file));
        }
        AtlasCache cache = AtlasCache.open(file);
        try {
            CachePopulationData data = new CachePopulationData(cache, true);
            if (!data.hasPopulation()) {
                throw new PopulationDataException(NO_DATA + " — the cache " + file + " has no population statistics");
            }
            return data;
        } catch (Exception e) {
            cache.close();
            throw e;
        }
    }

    /** Whether any population observation was imported (the first start may have boundaries only). */
    public synchronized boolean hasPopulation() throws SQLException {
        try (PreparedStatement st = cache.connection().prepareStatement("SELECT 1 FROM series s JOIN observation o"
                + " ON o.series_id = s.id WHERE s.indicator_id = ? LIMIT 1")) {
            st.setString(1, Indicators.POPULATION);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public synchronized OptionalDouble value(String indicator, String regionCode, int period, Map<String, String> dims) {
        try {
            ValueResult r = query.value(indicator, regionCode, period, dims);
            return r.isPresent() ? OptionalDouble.of(r.value()) : OptionalDouble.empty();
        } catch (SQLException e) {
            throw new PopulationDataException("cannot read the cache: " + e.getMessage());
        }
    }

    @Override
    public synchronized SortedMap<Integer, Double> series(String indicator, String regionCode, Map<String, String> dims) {
        SortedMap<Integer, Double> values = new TreeMap<>();
        try {
            for (SeriesPoint p : query.timeSeries(indicator, regionCode, dims).points()) {
                if (p.value() != null) {
                    values.put(p.period(), p.value());
                }
            }
        } catch (SQLException e) {
            throw new PopulationDataException("cannot read the cache: " + e.getMessage());
        }
        return values;
    }

    /** Cached: ranks ask for the same national cross-section twice (prefecture and Japan). */
    @Override
    public synchronized Map<String, Double> crossSection(String indicator, int period, Map<String, String> dims) {
        String key = indicator + "|" + period + "|" + Dimensions.key(dims);
        Map<String, Double> section = crossSections.get(key);
        if (section == null) {
            try {
                section = Map.copyOf(query.crossSection(indicator, period, EnumSet.allOf(RegionLevel.class), dims).values());
            } catch (SQLException e) {
                throw new PopulationDataException("cannot read the cache: " + e.getMessage());
            }
            crossSections.put(key, section);
        }
        return section;
    }

    /** 表名 with its date, the year, 出典 — e.g. for events "… 2025年1月1日（2024年の人口動態） 出典：…". */
    @Override
    public synchronized String credit(String indicator, int period) {
        Optional<Source> source = source(indicator, period);
        if (source.isEmpty()) {
            return "（" + indicator + " " + period + "年の表はありません）";
        }
        String events = isEventIndicator(indicator) ? "（" + period + "年の人口動態）" : "";
        return source.get().title() + events + " " + source.get().credit();
    }

    @Override
    public synchronized String credit(String indicator, int firstPeriod, int lastPeriod) {
        Optional<Source> source = source(indicator, lastPeriod).or(() -> source(indicator, firstPeriod));
        if (source.isEmpty()) {
            return "（" + indicator + " " + firstPeriod + "–" + lastPeriod + "年の表はありません）";
        }
        String kind = isEventIndicator(indicator) ? "年の人口動態" : "年";
        return titleStem(source.get().title()) + " " + firstPeriod + "–" + lastPeriod + kind + " " + source.get().credit();
    }

    /** Natural and social change are events of a calendar year, not a stock on a date. */
    private static boolean isEventIndicator(String indicator) {
        return !Indicators.POPULATION.equals(indicator) && !Indicators.HOUSEHOLDS.equals(indicator);
    }

    /** The title without its trailing date ("…（市区町村別）2025年1月1日" → "…（市区町村別）"). */
    static String titleStem(String title) {
        return title.replaceFirst("\\s*\\d{4}(年.*|-\\d\\d-\\d\\d)$", "");
    }

    /** The dataset an indicator's period came from (the smallest id, as the query picks it). */
    private Optional<Source> source(String indicator, int period) {
        return sources.computeIfAbsent(indicator + "|" + period, k -> {
            try (PreparedStatement st = cache.connection().prepareStatement("SELECT d.title_ja, d.credit FROM dataset d"
                    + " WHERE d.id = (SELECT MIN(s.dataset_id) FROM series s JOIN observation o ON o.series_id = s.id"
                    + " WHERE s.indicator_id = ? AND o.period = ? AND o.region_code = ?)")) {
                st.setString(1, indicator);
                st.setInt(2, period);
                st.setString(3, RegionCode.JAPAN);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new Source(rs.getString(1), rs.getString(2))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new PopulationDataException("cannot read the cache: " + e.getMessage());
            }
        });
    }

    /** The boundary table's name: wards already carry their city (札幌市中央区). */
    @Override
    public synchronized Optional<String> regionName(String code) {
        return names.computeIfAbsent(code, c -> {
            try {
                return boundaries.region(c).map(Region::name);
            } catch (SQLException e) {
                throw new PopulationDataException("cannot read the cache: " + e.getMessage());
            }
        });
    }

    @Override
    public Optional<RegionLevel> level(String code) {
        return Optional.of(query.levels().of(code));
    }

    @Override
    public String parentPrefecture(String code) {
        return RegionCode.JAPAN.equals(code) ? null : RegionCode.prefectureOf(code);
    }

    @Override
    public synchronized void close() throws Exception {
        query.close();
        if (ownsCache) {
            cache.close();
        }
    }
}
