package jp.chiikiatlas.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.chiikiatlas.geo.BoundarySet;
import jp.chiikiatlas.geo.LevelOfDetail;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionModel;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/** Replaces the boundaries in the cache; call inside {@link AtlasCache#inTransaction}. */
public final class BoundaryWriter {
    private final Connection connection;
    private final WKBWriter wkb = new WKBWriter();

    public BoundaryWriter(Connection connection) {
        this.connection = connection;
    }

    /** Removes the previous boundary set with its regions and geometries. */
    public void clear() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM region_geometry");
            st.execute("DELETE FROM unassigned_area");
            st.execute("DELETE FROM region");
            st.execute("DELETE FROM boundary_set");
        }
    }

    public long insertBoundarySet(BoundarySet set) throws SQLException {
        String sql = "INSERT INTO boundary_set (edition_date, source_file, source, licence, attribution, sha256, imported_at)"
                + " VALUES (?,?,?,?,?,?,?)";
        try (PreparedStatement st = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, set.editionDate());
            st.setString(2, set.sourceFile());
            st.setString(3, set.source());
            st.setString(4, set.licence());
            st.setString(5, set.attribution());
            st.setString(6, set.sha256());
            st.setString(7, set.importedAt() != null ? set.importedAt() : Instant.now().toString());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Inserts regions; parents must come before their children. */
    public void insertRegions(long setId, List<Region> regions) throws SQLException {
        String sql = "INSERT INTO region (code, code6, level, parent_code, prefecture_code, name, full_name, boundary_set_id)"
                + " VALUES (?,?,?,?,?,?,?,?)";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (Region r : regions) {
                st.setString(1, r.code());
                st.setString(2, r.code6());
                st.setString(3, r.level().id());
                st.setString(4, r.parentCode());
                st.setString(5, r.prefectureCode());
                st.setString(6, r.name());
                st.setString(7, r.fullName());
                st.setLong(8, setId);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Inserts the unassigned areas and returns their ids, in model order. */
    public long[] insertUnassigned(long setId, List<RegionModel.UnassignedArea> areas) throws SQLException {
        String sql = "INSERT INTO unassigned_area (boundary_set_id, prefecture_code, name, feature_index) VALUES (?,?,?,?)";
        long[] ids = new long[areas.size()];
        try (PreparedStatement st = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < areas.size(); i++) {
                RegionModel.UnassignedArea area = areas.get(i);
                st.setLong(1, setId);
                st.setString(2, area.prefectureCode());
                st.setString(3, area.name());
                st.setInt(4, area.featureIndex());
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    ids[i] = keys.getLong(1);
                }
            }
        }
        return ids;
    }

    public void insertGeometries(LevelOfDetail lod, Map<String, Geometry> byCode, long[] unassignedIds,
                                 List<Geometry> unassigned) throws SQLException {
        String sql = "INSERT INTO region_geometry (region_code, unassigned_id, lod, wkb, min_x, min_y, max_x, max_y)"
                + " VALUES (?,?,?,?,?,?,?,?)";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (Map.Entry<String, Geometry> e : byCode.entrySet()) {
                st.setString(1, e.getKey());
                st.setNull(2, Types.INTEGER);
                bindGeometry(st, lod, e.getValue());
            }
            for (int i = 0; i < unassigned.size(); i++) {
                st.setNull(1, Types.VARCHAR);
                st.setLong(2, unassignedIds[i]);
                bindGeometry(st, lod, unassigned.get(i));
            }
            st.executeBatch();
        }
    }

    private void bindGeometry(PreparedStatement st, LevelOfDetail lod, Geometry geometry) throws SQLException {
        Envelope box = geometry.getEnvelopeInternal();
        st.setInt(3, lod.id());
        st.setBytes(4, wkb.write(geometry));
        st.setDouble(5, box.getMinX());
        st.setDouble(6, box.getMinY());
        st.setDouble(7, box.getMaxX());
        st.setDouble(8, box.getMaxY());
        st.addBatch();
    }
}
