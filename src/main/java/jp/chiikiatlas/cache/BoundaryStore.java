package jp.chiikiatlas.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.chiikiatlas.geo.BoundarySet;
import jp.chiikiatlas.geo.LevelOfDetail;
import jp.chiikiatlas.geo.Prefectures;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionGeometry;
import jp.chiikiatlas.geo.RegionLevel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** Reads regions and their geometries from the cache. */
public final class BoundaryStore {
    private static final String REGION_COLUMNS = "code, level, parent_code, name, full_name";

    private final Connection connection;

    public BoundaryStore(AtlasCache cache) {
        this.connection = cache.connection();
    }

    public Optional<BoundarySet> boundarySet() throws SQLException {
        String sql = "SELECT edition_date, source_file, source, licence, attribution, sha256, imported_at "
                + "FROM boundary_set ORDER BY id DESC LIMIT 1";
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new BoundarySet(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
        }
    }

    /** Regions of the given levels (all levels when none given), ordered by code. */
    public List<Region> regions(RegionLevel... levels) throws SQLException {
        String sql = "SELECT " + REGION_COLUMNS + " FROM region" + levelFilter("level", levels) + " ORDER BY code";
        List<Region> regions = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                regions.add(region(rs, 1));
            }
        }
        return regions;
    }

    public Optional<Region> region(String code) throws SQLException {
        String sql = "SELECT " + REGION_COLUMNS + " FROM region WHERE code = ?";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(region(rs, 1)) : Optional.empty();
            }
        }
    }

    /** Geometries of the regions of the given levels at one level of detail, ordered by code. */
    public List<RegionGeometry> geometries(LevelOfDetail lod, RegionLevel... levels) throws SQLException {
        String sql = "SELECT r.code, r.level, r.parent_code, r.name, r.full_name, g.wkb FROM region_geometry g "
                + "JOIN region r ON r.code = g.region_code WHERE g.lod = ?"
                + levelFilter("r.level", levels).replace(" WHERE ", " AND ") + " ORDER BY r.code";
        List<RegionGeometry> result = new ArrayList<>();
        WKBReader wkb = new WKBReader();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setInt(1, lod.id());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Region region = region(rs, 1);
                    result.add(new RegionGeometry(region, region.name(), parse(wkb, rs.getBytes(6))));
                }
            }
        }
        return result;
    }

    /** Areas without a municipality (所属未定地) at one level of detail. */
    public List<RegionGeometry> unassignedAreas(LevelOfDetail lod) throws SQLException {
        String sql = "SELECT u.prefecture_code, u.name, g.wkb FROM region_geometry g "
                + "JOIN unassigned_area u ON u.id = g.unassigned_id WHERE g.lod = ? ORDER BY u.id";
        List<RegionGeometry> result = new ArrayList<>();
        WKBReader wkb = new WKBReader();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setInt(1, lod.id());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String prefecture = rs.getString(1);
                    String label = (prefecture == null ? "" : Prefectures.nameOf(prefecture)) + " " + rs.getString(2);
                    result.add(new RegionGeometry(null, label.strip(), parse(wkb, rs.getBytes(3))));
                }
            }
        }
        return result;
    }

    private static Region region(ResultSet rs, int first) throws SQLException {
        return new Region(rs.getString(first), RegionLevel.fromId(rs.getString(first + 1)),
                rs.getString(first + 2), rs.getString(first + 3), rs.getString(first + 4));
    }

    private static String levelFilter(String column, RegionLevel... levels) {
        if (levels.length == 0) {
            return "";
        }
        return " WHERE " + column + " IN (" + Arrays.stream(levels).map(l -> "'" + l.id() + "'")
                .collect(Collectors.joining(",")) + ")";
    }

    private static Geometry parse(WKBReader reader, byte[] bytes) throws SQLException {
        try {
            return reader.read(bytes);
        } catch (ParseException e) {
            throw new SQLException("corrupt geometry in the cache; re-import the boundaries", e);
        }
    }
}
