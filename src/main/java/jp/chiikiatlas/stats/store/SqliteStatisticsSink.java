package jp.chiikiatlas.stats.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.Dimensions;
import jp.chiikiatlas.stats.Flow;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.Observation;
import jp.chiikiatlas.stats.StatisticsSink;
import jp.chiikiatlas.stats.ValueStatus;

/**
 * Writes what an importer reads into the V2 tables of the cache, on the caller's connection and
 * transaction (see {@code AtlasCache.inTransaction}). Observations and flows are batched; call
 * {@link #flush()} before the transaction commits.
 *
 * <p>Declaring a dataset first deletes everything stored under its id, so re-importing a file
 * replaces it, and a failed re-import rolls back to the previous rows.
 */
public final class SqliteStatisticsSink implements StatisticsSink, AutoCloseable {
    private static final int BATCH = 2000;
    /** Rows per multi-row INSERT: one statement step for many rows is what makes SQLite inserts fast. */
    private static final int ROWS_PER_INSERT = 100;

    private final Connection connection;
    private final PreparedStatement insertObservation;
    private final PreparedStatement insertFlow;
    private final PreparedStatement insertSeries;
    private final PreparedStatement insertObservations;
    private final Object[][] pending = new Object[ROWS_PER_INSERT][];
    private int pendingRows;
    private final Set<String> datasets = new HashSet<>();
    /** dataset|indicator|dims → series id, for this sink's datasets. */
    private final Map<String, Long> series = new HashMap<>();
    private int pendingObservations;
    private int pendingFlows;
    private long observations;
    private long flows;

    public SqliteStatisticsSink(Connection connection) throws SQLException {
        this.connection = connection;
        // OR REPLACE: a file may state the same figure twice (e.g. a repeated row); last one wins.
        this.insertObservation = connection.prepareStatement(
                "INSERT OR REPLACE INTO observation(series_id, region_code, period, value, status) VALUES (?,?,?,?,?)");
        this.insertFlow = connection.prepareStatement(
                "INSERT OR REPLACE INTO flow(series_id, origin_code, destination_code, period, value) VALUES (?,?,?,?,?)");
        this.insertObservations = connection.prepareStatement(
                "INSERT OR REPLACE INTO observation(series_id, region_code, period, value, status) VALUES "
                        + String.join(",", java.util.Collections.nCopies(ROWS_PER_INSERT, "(?,?,?,?,?)")));
        this.insertSeries = connection.prepareStatement(
                "INSERT INTO series(indicator_id, dims, dataset_id) VALUES (?,?,?)", Statement.RETURN_GENERATED_KEYS);
    }

    @Override
    public void dataset(Dataset d) throws SQLException {
        flush();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM dataset WHERE id = ?")) {
            delete.setString(1, d.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO dataset(id, title_ja, title_en, publisher, survey, table_name, reference_date, licence,"
                        + " credit, source_file, sha256, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            insert.setString(1, d.id());
            insert.setString(2, d.titleJa());
            insert.setString(3, d.titleEn());
            insert.setString(4, d.publisher());
            insert.setString(5, d.survey());
            insert.setString(6, d.tableName());
            insert.setString(7, d.referenceDate());
            insert.setString(8, d.licence());
            insert.setString(9, d.credit());
            insert.setString(10, d.sourceFile());
            insert.setString(11, d.sha256());
            insert.setString(12, Instant.now().toString());
            insert.executeUpdate();
        }
        datasets.add(d.id());
        series.keySet().removeIf(k -> k.startsWith(d.id() + '|'));
    }

    @Override
    public void indicator(Indicator i) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO indicator(id, name_ja, name_en, unit, dimensions) VALUES (?,?,?,?,?)"
                        + " ON CONFLICT(id) DO UPDATE SET name_ja = excluded.name_ja, name_en = excluded.name_en,"
                        + " unit = excluded.unit, dimensions = excluded.dimensions")) {
            upsert.setString(1, i.id());
            upsert.setString(2, i.nameJa());
            upsert.setString(3, i.nameEn());
            upsert.setString(4, i.unit());
            upsert.setString(5, String.join(",", i.dimensions()));
            upsert.executeUpdate();
        }
    }

    @Override
    public void observation(Observation o) throws SQLException {
        requireDeclared(o.datasetId());
        requireCode(o.regionCode());
        if ((o.status() == ValueStatus.OK) != (o.value() != null)) {
            throw new IllegalArgumentException("a value needs status OK and status OK needs a value: " + o);
        }
        pending[pendingRows++] = new Object[]{seriesId(o.datasetId(), o.indicatorId(), o.dimensions()),
                o.regionCode(), o.period(), o.value(), statusId(o.status())};
        observations++;
        if (pendingRows == ROWS_PER_INSERT) {
            int p = 1;
            for (Object[] row : pending) {
                p = bind(insertObservations, p, row);
            }
            insertObservations.executeUpdate();
            pendingRows = 0;
        }
    }

    @Override
    public void flow(Flow f) throws SQLException {
        requireDeclared(f.datasetId());
        requireCode(f.originCode());
        requireCode(f.destinationCode());
        insertFlow.setLong(1, seriesId(f.datasetId(), f.indicatorId(), f.dimensions()));
        insertFlow.setString(2, f.originCode());
        insertFlow.setString(3, f.destinationCode());
        insertFlow.setInt(4, f.period());
        insertFlow.setDouble(5, f.value());
        insertFlow.addBatch();
        flows++;
        if (++pendingFlows >= BATCH) {
            insertFlow.executeBatch();
            pendingFlows = 0;
        }
    }

    private static int bind(PreparedStatement st, int first, Object[] row) throws SQLException {
        st.setLong(first, (Long) row[0]);
        st.setString(first + 1, (String) row[1]);
        st.setInt(first + 2, (Integer) row[2]);
        if (row[3] == null) {
            st.setNull(first + 3, Types.REAL);
        } else {
            st.setDouble(first + 3, (Double) row[3]);
        }
        st.setString(first + 4, (String) row[4]);
        return first + 5;
    }

    private long seriesId(String dataset, String indicator, Map<String, String> dims) throws SQLException {
        String dimsKey = Dimensions.key(dims);
        String key = dataset + '|' + indicator + '|' + dimsKey;
        Long id = series.get(key);
        if (id == null) {
            insertSeries.setString(1, indicator);
            insertSeries.setString(2, dimsKey);
            insertSeries.setString(3, dataset);
            insertSeries.executeUpdate();
            try (ResultSet keys = insertSeries.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            series.put(key, id);
        }
        return id;
    }

    /** Writes the pending batches; call before the transaction commits. */
    public void flush() throws SQLException {
        for (int i = 0; i < pendingRows; i++) {
            bind(insertObservation, 1, pending[i]);
            insertObservation.addBatch();
            pendingObservations++;
        }
        pendingRows = 0;
        if (pendingObservations > 0) {
            insertObservation.executeBatch();
            pendingObservations = 0;
        }
        if (pendingFlows > 0) {
            insertFlow.executeBatch();
            pendingFlows = 0;
        }
    }

    public long observationsWritten() {
        return observations;
    }

    public long flowsWritten() {
        return flows;
    }

    /** The status as stored ({@code not_surveyed}). */
    public static String statusId(ValueStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    public static ValueStatus status(String id) {
        return ValueStatus.valueOf(id.toUpperCase(Locale.ROOT));
    }

    private void requireDeclared(String datasetId) {
        if (!datasets.contains(datasetId)) {
            throw new IllegalStateException("dataset " + datasetId + " was not declared before its values");
        }
    }

    private static void requireCode(String code) {
        if (!RegionCode.isFiveDigits(code)) {
            throw new IllegalArgumentException("region codes are five digits: " + code);
        }
    }

    @Override
    public void close() throws SQLException {
        insertObservation.close();
        insertFlow.close();
        insertSeries.close();
        insertObservations.close();
    }
}
