package jp.chiikiatlas.choropleth.source;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.BoundaryStore;
import jp.chiikiatlas.choropleth.Measure;
import jp.chiikiatlas.choropleth.Measures;
import jp.chiikiatlas.choropleth.NoData;
import jp.chiikiatlas.choropleth.RegionValues;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.stats.query.CrossSection;
import jp.chiikiatlas.stats.query.IndicatorSummary;
import jp.chiikiatlas.stats.query.StatisticsQuery;

/**
 * Statistics from the cache as {@link RegionValues} for a choropleth: one value or no-data reason
 * for every region the map shows at the chosen level (the boundaries say which), the measures
 * (per capita, per km², change) and the derived indicators (人口密度, 高齢化率, 生産年齢人口割合).
 *
 * <p>Uses the cache's connection: confine an instance to one thread.
 */
public final class StatisticsChoroplethSource implements AutoCloseable {
    public static final String DENSITY = "derived_density";
    public static final String AGING_RATE = "derived_aging_rate";
    public static final String WORKING_AGE_SHARE = "derived_working_age_share";
    static final String POPULATION = "population";
    /** Signed by nature: increase and decrease on one scale, drawn diverging around 0. */
    private static final Set<String> SIGNED = Set.of("natural_change", "social_change", "pref_social_change");
    private static final List<String> BANDS_65_79 = List.of("65-69", "70-74", "75-79");
    private static final List<String> BANDS_80_UP = List.of("80-84", "85-89", "90-94", "95-99", "100+");
    private static final List<String> BANDS_15_64 = List.of("15-19", "20-24", "25-29", "30-34", "35-39", "40-44",
            "45-49", "50-54", "55-59", "60-64");

    private final AtlasCache cache;
    private final StatisticsQuery query;
    private final BoundaryStore boundaries;
    private final AreaTable areas;
    private final Map<String, IndicatorSummary> summaries = new HashMap<>();
    private final Map<MapLevel, List<String>> shownCodes = new EnumMap<>(MapLevel.class);

    public StatisticsChoroplethSource(AtlasCache cache) throws SQLException {
        this.cache = cache;
        this.query = new StatisticsQuery(cache.connection());
        this.boundaries = new BoundaryStore(cache);
        this.areas = new AreaTable(query, boundaries);
        for (IndicatorSummary s : query.indicators()) {
            summaries.put(s.id(), s);
        }
    }

    /** False when no statistics were imported (the map can still be drawn, but not coloured). */
    public boolean hasStatistics() {
        return summaries.values().stream().anyMatch(s -> !s.periods().isEmpty());
    }

    /** Everything the picker can offer, stored and derived, in theme order then by id. */
    public List<ChoroplethIndicator> indicators() throws SQLException {
        List<ChoroplethIndicator> out = new ArrayList<>();
        Map<String, List<Breakdown>> breakdowns = breakdowns();
        for (IndicatorSummary s : summaries.values()) {
            Set<MapLevel> levels = mapLevels(s.levels());
            if (!levels.isEmpty() && !s.periods().isEmpty()) {
                out.add(new ChoroplethIndicator(s.id(), s.nameJa(), s.unit(), IndicatorThemes.of(s.id(), s.nameJa()),
                        s.periods(), levels, SIGNED.contains(s.id()), false,
                        breakdowns.getOrDefault(s.id(), List.of())));
            }
        }
        IndicatorSummary population = summaries.get(POPULATION);
        if (population != null && !population.periods().isEmpty()) {
            Set<MapLevel> levels = mapLevels(population.levels());
            out.add(new ChoroplethIndicator(DENSITY, "人口密度", "人/km²", IndicatorThemes.POPULATION,
                    population.periods(), levels, false, true));
            SortedSet<Integer> agePeriods = periodsWithDims(POPULATION, "age=65-69");
            if (!agePeriods.isEmpty()) {
                out.add(new ChoroplethIndicator(AGING_RATE, "高齢化率（65歳以上人口の割合）", "%", IndicatorThemes.AGE,
                        agePeriods, levels, false, true));
                out.add(new ChoroplethIndicator(WORKING_AGE_SHARE, "生産年齢人口（15〜64歳）の割合", "%",
                        IndicatorThemes.AGE, agePeriods, levels, false, true));
            }
        }
        out.sort((a, b) -> {
            int t = Integer.compare(IndicatorThemes.ORDER.indexOf(a.theme()), IndicatorThemes.ORDER.indexOf(b.theme()));
            return t != 0 ? t : a.id().compareTo(b.id());
        });
        return out;
    }

    /** The values to classify: the indicator in the request's period and level, as its measure. */
    public RegionValues values(ChoroplethRequest r) throws SQLException {
        RegionValues value = indicatorValues(r.indicatorId(), r.period(), r.level(), r.dims());
        return switch (r.measure()) {
            case RAW -> value;
            case PER_CAPITA -> Measures.perCapita(value, stored(POPULATION, r.period(), r.level(), Map.of()));
            case PER_KM2 -> Measures.perKm2(value, areas.areas(r.level(), latest(AreaTable.OFFICIAL_AREA)));
            case CHANGE, CHANGE_PERCENT -> {
                if (r.basePeriod() == null) {
                    throw new IllegalArgumentException("a change needs a base period (--base-period)");
                }
                RegionValues base = indicatorValues(r.indicatorId(), r.basePeriod(), r.level(), r.dims());
                yield r.measure() == Measure.CHANGE ? Measures.change(value, base) : Measures.changePercent(value, base);
            }
            case SHARE -> throw new IllegalArgumentException("share of a total is not offered for " + r.indicatorId());
        };
    }

    private RegionValues indicatorValues(String id, int period, MapLevel level, Map<String, String> dims)
            throws SQLException {
        return switch (id) {
            case DENSITY -> Measures.perKm2(stored(POPULATION, period, level, Map.of()),
                    areas.areas(level, latest(AreaTable.OFFICIAL_AREA)));
            case AGING_RATE -> ageShare("高齢化率（65歳以上人口の割合）", period, level, agedBands(period, level));
            case WORKING_AGE_SHARE -> ageShare("生産年齢人口（15〜64歳）の割合", period, level, BANDS_15_64);
            default -> stored(id, period, level, dims);
        };
    }

    /** A stored indicator for every shown region; reasons for those without a number. */
    RegionValues stored(String id, int period, MapLevel level, Map<String, String> dims) throws SQLException {
        IndicatorSummary s = summaries.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no indicator \"" + id + "\" in the cache");
        }
        CrossSection cross = query.crossSection(id, period, level.regionLevels(), dims);
        String name = dims.isEmpty() ? s.nameJa() : s.nameJa() + "（" + DimensionNames.label(dims) + "）";
        RegionValues.Builder b = RegionValues.builder(name, s.unit() == null ? "" : s.unit(), period)
                .level(level.id()).signed(SIGNED.contains(id));
        cross.credits().forEach(c -> b.source(CreditLines.of(c, period)));
        for (String code : shownCodes(level)) {
            Double v = cross.values().get(code);
            if (v != null && Double.isFinite(v)) {
                b.value(code, v);
            } else if (cross.withoutValue().containsKey(code)) {
                b.noData(code, NoData.of(cross.withoutValue().get(code)));
            } else if (query.codeChanges().explain(code, period).isPresent()) {
                b.noData(code, NoData.CODE_CHANGED);
            } else {
                b.noData(code, NoData.NOT_IN_TABLE);
            }
        }
        return b.build();
    }

    /** 100 × (sum of age bands) ÷ the table's total, per region. */
    private RegionValues ageShare(String name, int period, MapLevel level, List<String> bands) throws SQLException {
        RegionValues total = stored(POPULATION, period, level, Map.of());
        Map<String, Double> sum = new HashMap<>();
        Set<String> incomplete = new java.util.HashSet<>();
        for (String band : bands) {
            RegionValues part = stored(POPULATION, period, level, Map.of("age", band));
            for (String code : part.codes()) {
                part.value(code).ifPresentOrElse(v -> sum.merge(code, v, Double::sum), () -> incomplete.add(code));
            }
        }
        RegionValues.Builder parts = total.derive(name, "人");
        sum.forEach((code, v) -> {
            if (!incomplete.contains(code)) {
                parts.value(code, v);
            }
        });
        incomplete.forEach(code -> parts.noData(code, NoData.INPUT_MISSING));
        RegionValues share = Measures.share(parts.build(), total);
        RegionValues.Builder named = share.derive(name, "%");
        share.values().forEach(named::value);
        share.noData().forEach(named::noData);
        return named.build();
    }

    /** 65+ bands: the old tables end with 80歳以上, the newer ones go on to 100歳以上. */
    private List<String> agedBands(int period, MapLevel level) throws SQLException {
        List<String> bands = new ArrayList<>(BANDS_65_79);
        boolean openAt80 = !query.crossSection(POPULATION, period, level.regionLevels(), Map.of("age", "80+"))
                .values().isEmpty();
        bands.addAll(openAt80 ? List.of("80+") : BANDS_80_UP);
        return bands;
    }

    private int latest(String id) {
        IndicatorSummary s = summaries.get(id);
        return s == null || s.periods().isEmpty() ? 0 : s.periods().last();
    }

    private List<String> shownCodes(MapLevel level) throws SQLException {
        List<String> codes = shownCodes.get(level);
        if (codes == null) {
            codes = boundaries.regions(level.regionLevels().toArray(RegionLevel[]::new)).stream()
                    .map(Region::code).toList();
            shownCodes.put(level, codes);
        }
        return codes;
    }

    /**
     * The slices of each indicator stored with dimensions, total first then in natural order
     * (industry 2 before 10, age 5-9 before 10-14); indicators stored only as a total have none.
     */
    private Map<String, List<Breakdown>> breakdowns() throws SQLException {
        Map<String, List<Breakdown>> out = new HashMap<>();
        try (PreparedStatement st = cache.connection().prepareStatement(
                "SELECT DISTINCT indicator_id, dims FROM series WHERE dims <> ''")) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Breakdown.ofKey(rs.getString(2)));
                }
            }
        }
        for (Map.Entry<String, List<Breakdown>> e : out.entrySet()) {
            e.getValue().sort(Breakdown.NATURAL_ORDER);
            if (hasTotal(e.getKey())) {
                e.getValue().add(0, Breakdown.TOTAL);
            }
        }
        return out;
    }

    private boolean hasTotal(String id) throws SQLException {
        try (PreparedStatement st = cache.connection().prepareStatement(
                "SELECT 1 FROM series WHERE indicator_id = ? AND dims = '' LIMIT 1")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The periods with values for one breakdown of an indicator (a slice may cover fewer years than the total). */
    public SortedSet<Integer> periods(String indicatorId, Breakdown breakdown) throws SQLException {
        return periodsWithDims(indicatorId, breakdown.key());
    }

    private SortedSet<Integer> periodsWithDims(String id, String dims) throws SQLException {
        SortedSet<Integer> periods = new TreeSet<>();
        try (PreparedStatement st = cache.connection().prepareStatement("SELECT DISTINCT o.period FROM series s"
                + " JOIN observation o ON o.series_id = s.id WHERE s.indicator_id = ? AND s.dims = ?")) {
            st.setString(1, id);
            st.setString(2, dims);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    periods.add(rs.getInt(1));
                }
            }
        }
        return periods;
    }

    private static Set<MapLevel> mapLevels(Set<RegionLevel> levels) {
        Set<MapLevel> out = EnumSet.noneOf(MapLevel.class);
        if (levels.contains(RegionLevel.PREFECTURE)) {
            out.add(MapLevel.PREFECTURE);
        }
        if (levels.contains(RegionLevel.MUNICIPALITY)) {
            out.add(MapLevel.MUNICIPALITY);
            out.add(MapLevel.MUNICIPALITY_WARDS);
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        query.close();
    }
}
