package jp.chiikiatlas.stats.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.stats.query.RegionLevels;

/**
 * Checks each dataset's totals: every prefecture row against the sum of its municipalities
 * (cities incl. designated cities, towns, villages, 特別区 — not wards, not county rows), and Japan
 * against the sum of the prefectures. Differences are reported, not hidden or corrected.
 */
public final class TotalsCheck {
    /** One prefecture (or Japan) whose parts do not add up. */
    public record Difference(String datasetId, String indicatorId, int period, String regionCode, double stated,
                             double sumOfParts, int parts) {
        public double difference() {
            return stated - sumOfParts;
        }
    }

    /** The outcome for one dataset, indicator and period. */
    public record Result(String datasetId, String indicatorId, int period, int prefecturesChecked,
                         List<Difference> differences) {
    }

    private final Connection connection;
    private final RegionLevels levels;
    /** Municipalities (incl. designated cities) per prefecture in the boundaries; empty without boundaries. */
    private final Map<String, Integer> municipalitiesPerPrefecture = new TreeMap<>();

    public TotalsCheck(Connection connection) throws SQLException {
        this.connection = connection;
        this.levels = RegionLevels.load(connection);
        try (PreparedStatement st = connection.prepareStatement("SELECT prefecture_code, count(*) FROM region"
                + " WHERE level IN ('municipality', 'designated_city') GROUP BY prefecture_code");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                municipalitiesPerPrefecture.put(rs.getString(1), rs.getInt(2));
            }
        }
    }

    /** Whether a table's parts of a prefecture are at least half its municipalities (always, without boundaries). */
    private boolean coversMostMunicipalities(String prefectureCode, int parts) {
        Integer known = municipalitiesPerPrefecture.get(prefectureCode);
        return known == null || 2 * parts >= known;
    }

    /** Checks the plain totals (no dimensions) of one dataset. */
    public List<Result> check(String datasetId) throws SQLException {
        // indicator|period → region → value
        Map<String, Map<String, Double>> groups = new TreeMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT s.indicator_id, o.period, o.region_code, o.value,"
                + " i.unit, i.name_ja FROM series s JOIN observation o ON o.series_id = s.id"
                + " JOIN indicator i ON i.id = s.indicator_id"
                + " WHERE s.dataset_id = ? AND s.dims = '' AND o.status = 'ok'")) {
            st.setString(1, datasetId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (!isAdditive(rs.getString(5), rs.getString(6))) {
                        continue;
                    }
                    groups.computeIfAbsent(rs.getString(1) + "|" + rs.getInt(2), k -> new TreeMap<>())
                            .put(rs.getString(3), rs.getDouble(4));
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> group : groups.entrySet()) {
            String[] key = group.getKey().split("\\|");
            results.add(checkGroup(datasetId, key[0], Integer.parseInt(key[1]), group.getValue()));
        }
        return results;
    }

    /** Rates, ratios, shares and averages do not add up over regions: such indicators are not checked. */
    static boolean isAdditive(String unit, String name) {
        String text = (unit == null ? "" : unit) + " " + (name == null ? "" : name);
        return !(text.contains("%") || text.contains("％") || text.contains("‰") || text.contains("率")
                || text.contains("比") || text.contains("/") || text.contains("当たり") || text.contains("平均")
                || text.contains("歳"));
    }

    private Result checkGroup(String datasetId, String indicator, int period, Map<String, Double> values) {
        Map<String, double[]> byPrefecture = new TreeMap<>(); // prefecture → {sum, count}
        double prefectureSum = 0;
        int prefectures = 0;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String code = e.getKey();
            RegionLevel level = levels.of(code);
            if (level == RegionLevel.PREFECTURE) {
                prefectureSum += e.getValue();
                prefectures++;
            } else if (level == RegionLevel.MUNICIPALITY || level == RegionLevel.DESIGNATED_CITY) {
                double[] acc = byPrefecture.computeIfAbsent(RegionCode.prefectureOf(code), k -> new double[2]);
                acc[0] += e.getValue();
                acc[1]++;
            }
        }
        List<Difference> differences = new ArrayList<>();
        int checked = 0;
        // A table with only a few cities per prefecture (GDP's 政令市 rows, the census extract's
        // 7 cities) says nothing about whether prefectures add up: check only covered prefectures.
        byPrefecture.entrySet().removeIf(e -> !coversMostMunicipalities(e.getKey(), (int) e.getValue()[1]));
        for (Map.Entry<String, double[]> e : byPrefecture.entrySet()) {
            Double stated = values.get(e.getKey());
            if (stated == null) {
                continue;
            }
            checked++;
            if (Math.abs(stated - e.getValue()[0]) > 0.5) {
                differences.add(new Difference(datasetId, indicator, period, e.getKey(), stated, e.getValue()[0],
                        (int) e.getValue()[1]));
            }
        }
        Double japan = values.get(RegionCode.JAPAN);
        // Japan is checked only against all 47 (the economic-census extract lacks five prefectures).
        if (japan != null && prefectures == 47 && Math.abs(japan - prefectureSum) > 0.5) {
            differences.add(new Difference(datasetId, indicator, period, RegionCode.JAPAN, japan, prefectureSum,
                    prefectures));
        }
        return new Result(datasetId, indicator, period, checked, differences);
    }
}
