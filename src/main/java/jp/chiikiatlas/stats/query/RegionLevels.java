package jp.chiikiatlas.stats.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.geo.RegionLevel;

/**
 * The level of a region code: as the boundary table (V1 {@code region.level}) says when it has the
 * code, else from the code itself — statistics name regions the boundary edition lacks (2000
 * codes before the mergers, 浜松市's 2024 wards).
 */
public final class RegionLevels {
    /** The 20 designated cities (政令指定都市); their wards are numbered just above the city code. */
    static final Set<String> DESIGNATED_CITIES = Set.of(
            "01100", "04100", "11100", "12100", "14100", "14130", "14150", "15100", "22100", "22130",
            "23100", "26100", "27100", "27140", "28100", "33100", "34100", "40100", "40130", "43100");

    private final Map<String, RegionLevel> boundaryLevels;

    private RegionLevels(Map<String, RegionLevel> boundaryLevels) {
        this.boundaryLevels = boundaryLevels;
    }

    public static RegionLevels load(Connection connection) throws SQLException {
        Map<String, RegionLevel> levels = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT code, level FROM region")) {
            while (rs.next()) {
                levels.put(rs.getString(1), RegionLevel.fromId(rs.getString(2)));
            }
        }
        return new RegionLevels(levels);
    }

    public RegionLevel of(String code5) {
        RegionLevel level = boundaryLevels.get(code5);
        return level != null ? level : byPattern(code5);
    }

    /** The level the code pattern implies. */
    public static RegionLevel byPattern(String code5) {
        if (RegionCode.JAPAN.equals(code5)) {
            return RegionLevel.COUNTRY;
        }
        if (RegionCode.isPrefecture(code5)) {
            return RegionLevel.PREFECTURE;
        }
        if (DESIGNATED_CITIES.contains(code5)) {
            return RegionLevel.DESIGNATED_CITY;
        }
        return cityOfWard(code5) != null ? RegionLevel.WARD : RegionLevel.MUNICIPALITY;
    }

    /** The designated city a ward code belongs to (22138 → 22130), or null. */
    public static String cityOfWard(String code5) {
        int code = Integer.parseInt(code5);
        String best = null;
        for (String city : DESIGNATED_CITIES) {
            int c = Integer.parseInt(city);
            if (code > c && code < c + 30 && (best == null || c > Integer.parseInt(best))) {
                best = city;
            }
        }
        return best;
    }
}
