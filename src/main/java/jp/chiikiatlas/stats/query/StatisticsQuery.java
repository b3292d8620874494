package jp.chiikiatlas.stats.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.stats.Dimensions;
import jp.chiikiatlas.stats.Flow;
import jp.chiikiatlas.stats.ValueStatus;
import jp.chiikiatlas.stats.store.SqliteStatisticsSink;

/**
 * Reads statistics from the cache for every view: one value, a region's time series, a
 * cross-section of all regions of a level, flows from or to a region. Every result carries the
 * credit lines of the datasets it came from; a missing value says why.
 *
 * <p>Holds prepared statements on the cache's connection: use from one thread, close when done.
 * Dimensions not given mean {@code total}. When two datasets give the same figure (the 2015 age
 * table and the 2015 dynamics table), the one with the smaller dataset id is used.
 */
public final class StatisticsQuery implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement value;
    private final PreparedStatement series;
    private final PreparedStatement cross;
    private final Map<String, IndicatorInfo> indicators = new HashMap<>();
    private final Map<String, String> credits = new HashMap<>();
    private final RegionLevels levels;
    private final CodeChanges codeChanges;

    private record IndicatorInfo(String id, String nameJa, String nameEn, String unit, List<String> dimensions) {
    }

    public StatisticsQuery(Connection connection) throws SQLException {
        this.connection = connection;
        this.value = connection.prepareStatement("SELECT o.value, o.status, s.dataset_id FROM series s"
                + " JOIN observation o ON o.series_id = s.id WHERE s.indicator_id = ? AND o.region_code = ?"
                + " AND o.period = ? AND s.dims = ? ORDER BY o.status <> 'ok', s.dataset_id LIMIT 1");
        this.series = connection.prepareStatement("SELECT o.period, o.value, o.status, s.dataset_id FROM series s"
                + " JOIN observation o ON o.series_id = s.id WHERE s.indicator_id = ? AND o.region_code = ?"
                + " AND s.dims = ? ORDER BY o.period, s.dataset_id");
        this.cross = connection.prepareStatement("SELECT o.region_code, o.value, o.status, s.dataset_id FROM series s"
                + " JOIN observation o ON o.series_id = s.id WHERE s.indicator_id = ? AND o.period = ? AND s.dims = ?"
                + " ORDER BY o.region_code, s.dataset_id");
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, name_ja, name_en, unit, dimensions FROM indicator")) {
                while (rs.next()) {
                    String dims = rs.getString(5);
                    indicators.put(rs.getString(1), new IndicatorInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), dims == null || dims.isEmpty() ? List.of() : Arrays.asList(dims.split(","))));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, credit FROM dataset")) {
                while (rs.next()) {
                    credits.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        this.levels = RegionLevels.load(connection);
        this.codeChanges = CodeChanges.load(connection);
    }

    /** The credit line of a dataset. */
    public String credit(String datasetId) {
        return credits.get(datasetId);
    }

    public RegionLevels levels() {
        return levels;
    }

    public CodeChanges codeChanges() {
        return codeChanges;
    }

    /** One value; {@code region} may be five digits or six with check digit. */
    public ValueResult value(String indicator, String region, int period, Map<String, String> dims) throws SQLException {
        String key = Dimensions.key(dims);
        Optional<String> code = toCode(region);
        if (code.isEmpty()) {
            return ValueResult.missing(indicator, region, period, key, Missing.INVALID_REGION, "\"" + region
                    + "\" is not a region code: give five digits (01100, Japan 00000) or six with the check digit (011002).");
        }
        IndicatorInfo info = indicators.get(indicator);
        if (info == null) {
            return ValueResult.missing(indicator, code.get(), period, key, Missing.NO_SUCH_INDICATOR,
                    "no such indicator \"" + indicator + "\" in the cache; known: " + new TreeSet<>(indicators.keySet()));
        }
        for (String dim : dims.keySet()) {
            if (!info.dimensions().contains(dim)) {
                return ValueResult.missing(indicator, code.get(), period, key, Missing.UNKNOWN_DIMENSION,
                        "indicator " + indicator + " has no dimension \"" + dim + "\""
                                + (info.dimensions().isEmpty() ? " (it has none)" : "; its dimensions: " + info.dimensions()));
            }
        }
        value.setString(1, indicator);
        value.setString(2, code.get());
        value.setInt(3, period);
        value.setString(4, key);
        try (ResultSet rs = value.executeQuery()) {
            if (rs.next()) {
                double v = rs.getDouble(1);
                boolean isNull = rs.wasNull();
                ValueStatus status = SqliteStatisticsSink.status(rs.getString(2));
                String dataset = rs.getString(3);
                if (status == ValueStatus.OK && !isNull) {
                    return new ValueResult(indicator, code.get(), period, key, v, status, dataset, credits.get(dataset),
                            null, null);
                }
                return markedMissing(indicator, code.get(), period, key, status, dataset);
            }
        }
        return diagnose(indicator, code.get(), period, key);
    }

    private ValueResult markedMissing(String indicator, String code, int period, String key, ValueStatus status,
                                      String dataset) {
        Missing why = switch (status) {
            case SUPPRESSED -> Missing.SUPPRESSED;
            case NOT_SURVEYED -> Missing.NOT_SURVEYED;
            default -> Missing.NOT_AVAILABLE;
        };
        String text = String.format("%s for %s in %d is marked %s in the source table (%s)", indicator, code, period,
                status.name().toLowerCase().replace('_', ' '), dataset);
        text += codeChanges.explain(code, period).map(e -> "; " + e).orElse("");
        return new ValueResult(indicator, code, period, key, null, status, dataset, credits.get(dataset), why, text);
    }

    private ValueResult diagnose(String indicator, String code, int period, String key) throws SQLException {
        SortedPeriods periods = periods(indicator);
        if (!periods.set().contains(period)) {
            return ValueResult.missing(indicator, code, period, key, Missing.PERIOD_NOT_IMPORTED, String.format(
                    "period %d of %s is not imported; periods in the cache: %s", period, indicator, periods.describe()));
        }
        Optional<String> change = codeChanges.explain(code, period);
        if (change.isPresent()) {
            return ValueResult.missing(indicator, code, period, key, Missing.CODE_CHANGED,
                    "no " + indicator + " for " + code + " in " + period + ": " + change.get());
        }
        List<String> otherDims = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT DISTINCT s.dims FROM series s"
                + " JOIN observation o ON o.series_id = s.id WHERE s.indicator_id = ? AND o.region_code = ?"
                + " AND o.period = ? ORDER BY s.dims")) {
            st.setString(1, indicator);
            st.setString(2, code);
            st.setInt(3, period);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    otherDims.add(rs.getString(1).isEmpty() ? "(total)" : rs.getString(1));
                }
            }
        }
        if (!otherDims.isEmpty()) {
            return ValueResult.missing(indicator, code, period, key, Missing.DIMENSION_NOT_IN_TABLE, String.format(
                    "no %s for %s in %d with %s; the tables have: %s", indicator, code, period,
                    key.isEmpty() ? "(total)" : key, summarise(otherDims)));
        }
        return ValueResult.missing(indicator, code, period, key, Missing.REGION_NOT_IN_TABLE, String.format(
                "region %s is not in the %d table(s) of %s (not a region of that period, or a county/island subtotal, "
                        + "which is not stored)", code, period, indicator));
    }

    private static String summarise(List<String> dims) {
        return dims.size() <= 12 ? String.join(", ", dims)
                : String.join(", ", dims.subList(0, 12)) + ", … (" + dims.size() + " in all)";
    }

    /** The indicator for one region over every imported period. */
    public TimeSeries timeSeries(String indicator, String region, Map<String, String> dims) throws SQLException {
        String code = toCode(region).orElse(region);
        String key = Dimensions.key(dims);
        series.setString(1, indicator);
        series.setString(2, code);
        series.setString(3, key);
        List<SeriesPoint> points = new ArrayList<>();
        Set<String> usedCredits = new LinkedHashSet<>();
        int lastPeriod = Integer.MIN_VALUE;
        try (ResultSet rs = series.executeQuery()) {
            while (rs.next()) {
                int period = rs.getInt(1);
                if (period == lastPeriod) {
                    continue; // a second dataset with the same figure
                }
                lastPeriod = period;
                double v = rs.getDouble(2);
                Double value = rs.wasNull() ? null : v;
                String dataset = rs.getString(4);
                points.add(new SeriesPoint(period, value, SqliteStatisticsSink.status(rs.getString(3)), dataset));
                usedCredits.add(credits.get(dataset));
            }
        }
        return new TimeSeries(indicator, code, key, points, usedCredits);
    }

    /** The indicator for every region of {@code level} in one period. */
    public CrossSection crossSection(String indicator, int period, RegionLevel level, Map<String, String> dims)
            throws SQLException {
        return crossSection(indicator, period, EnumSet.of(level), dims);
    }

    /**
     * The indicator for every region of the given levels in one period — e.g. MUNICIPALITY and
     * DESIGNATED_CITY for a map of municipalities with the designated cities' wards merged.
     */
    public CrossSection crossSection(String indicator, int period, Set<RegionLevel> wanted, Map<String, String> dims)
            throws SQLException {
        RegionLevel level = wanted.size() == 1 ? wanted.iterator().next() : null;
        String key = Dimensions.key(dims);
        cross.setString(1, indicator);
        cross.setInt(2, period);
        cross.setString(3, key);
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, ValueStatus> withoutValue = new LinkedHashMap<>();
        Set<String> usedCredits = new LinkedHashSet<>();
        String lastCode = null;
        try (ResultSet rs = cross.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString(1);
                if (code.equals(lastCode)) {
                    continue;
                }
                lastCode = code;
                if (!wanted.contains(levels.of(code))) {
                    continue;
                }
                double v = rs.getDouble(2);
                boolean isNull = rs.wasNull();
                String dataset = rs.getString(4);
                if (isNull) {
                    withoutValue.put(code, SqliteStatisticsSink.status(rs.getString(3)));
                } else {
                    values.put(code, v);
                }
                usedCredits.add(credits.get(dataset));
            }
        }
        return new CrossSection(indicator, period, level, key, values, withoutValue, usedCredits);
    }

    /** Flows out of a region ({@code outgoing}) or into it, for one period (all dimension values). */
    public FlowTable flows(String indicator, String region, int period, boolean outgoing) throws SQLException {
        String code = toCode(region).orElse(region);
        String sql = "SELECT f.origin_code, f.destination_code, s.dims, s.dataset_id, f.value FROM series s"
                + " JOIN flow f ON f.series_id = s.id WHERE s.indicator_id = ? AND f.period = ? AND "
                + (outgoing ? "f.origin_code" : "f.destination_code") + " = ?"
                + " ORDER BY f.origin_code, f.destination_code, s.dims, s.dataset_id";
        List<Flow> flows = new ArrayList<>();
        Set<String> usedCredits = new LinkedHashSet<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, indicator);
            st.setInt(2, period);
            st.setString(3, code);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String dataset = rs.getString(4);
                    flows.add(new Flow(dataset, indicator, period, rs.getString(1), rs.getString(2),
                            Dimensions.parse(rs.getString(3)), rs.getDouble(5)));
                    usedCredits.add(credits.get(dataset));
                }
            }
        }
        return new FlowTable(flows, usedCredits);
    }

    /** Every indicator with the periods it has values for and the region levels it covers. */
    public List<IndicatorSummary> indicators() throws SQLException {
        Map<String, TreeSet<Integer>> periods = new HashMap<>();
        Map<String, Set<RegionLevel>> levelsByIndicator = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT DISTINCT s.indicator_id, o.period, o.region_code FROM series s JOIN observation o ON o.series_id = s.id"
                        + " UNION SELECT DISTINCT s.indicator_id, f.period, f.origin_code FROM series s JOIN flow f ON f.series_id = s.id")) {
            while (rs.next()) {
                periods.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getInt(2));
                levelsByIndicator.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(RegionLevel.class))
                        .add(levels.of(rs.getString(3)));
            }
        }
        List<IndicatorSummary> out = new ArrayList<>();
        for (IndicatorInfo i : new TreeMap<>(indicators).values()) {
            out.add(new IndicatorSummary(i.id(), i.nameJa(), i.nameEn(), i.unit(), i.dimensions(),
                    periods.getOrDefault(i.id(), new TreeSet<>()),
                    levelsByIndicator.getOrDefault(i.id(), EnumSet.noneOf(RegionLevel.class))));
        }
        return out;
    }

    private record SortedPeriods(TreeSet<Integer> set) {
        String describe() {
            return set.isEmpty() ? "none" : set.toString();
        }
    }

    private SortedPeriods periods(String indicator) throws SQLException {
        TreeSet<Integer> set = new TreeSet<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT DISTINCT o.period FROM series s JOIN observation o ON o.series_id = s.id WHERE s.indicator_id = ?")) {
            st.setString(1, indicator);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    set.add(rs.getInt(1));
                }
            }
        }
        return new SortedPeriods(set);
    }

    /** Five digits as given, six digits checked and cut; anything else is not a code. */
    static Optional<String> toCode(String region) {
        String r = region == null ? "" : region.strip();
        if (RegionCode.isFiveDigits(r)) {
            return Optional.of(r);
        }
        return RegionCode.fromSixDigits(r);
    }

    @Override
    public void close() throws SQLException {
        value.close();
        series.close();
        cross.close();
    }
}
