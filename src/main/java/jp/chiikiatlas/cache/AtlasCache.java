package jp.chiikiatlas.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The local SQLite cache: one file holding boundaries and statistics.
 *
 * <p>Opened once with deliberate PRAGMAs; the schema lives in versioned {@code .sql} resources
 * ({@code schema/V1.sql}, {@code V2.sql}, …) applied in order and recorded in
 * {@code PRAGMA user_version}. Every import runs in one transaction ({@link #inTransaction}), so a
 * failed or killed import leaves the previous cache as it was.
 */
public final class AtlasCache implements AutoCloseable {

    /** Default cache location, relative to the working directory (the project root). */
    public static final Path DEFAULT_PATH = Path.of("data", "cache", "atlas.sqlite");

    /** Schema scripts in the order they are applied; index + 1 is the user_version they leave. */
    static final List<String> MIGRATIONS = List.of("V1.sql", "V2.sql");

    private final Path file;
    private final Connection connection;

    private AtlasCache(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the cache file and brings its schema up to date. */
    public static AtlasCache open(Path file) throws CacheException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            AtlasCache cache = new AtlasCache(file, connection);
            cache.configure();
            cache.migrate();
            return cache;
        } catch (SQLException | IOException e) {
            throw new CacheException("Cannot open the cache " + file + ": " + e.getMessage()
                    + ". Check that the folder is writable, or pass another file with --cache.", e);
        }
    }

    /** Whether a cache file already exists at this path (without creating it). */
    public static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    public Path file() {
        return file;
    }

    /** The open connection; callers must not close it or change its auto-commit mode. */
    public Connection connection() {
        return connection;
    }

    public int schemaVersion() throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     */
    public <T> T inTransaction(TransactionWork<T> work) throws Exception {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (Exception | Error e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws Exception;
    }

    private void configure() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA synchronous=NORMAL");
            st.execute("PRAGMA foreign_keys=ON");
            st.execute("PRAGMA busy_timeout=5000");
        }
    }

    private void migrate() throws SQLException, IOException {
        int version = schemaVersion();
        for (int i = version; i < MIGRATIONS.size(); i++) {
            String script = readScript(MIGRATIONS.get(i));
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : SqlScript.statements(script)) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + (i + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static String readScript(String name) throws IOException {
        try (InputStream in = AtlasCache.class.getResourceAsStream("schema/" + name)) {
            if (in == null) {
                throw new IOException("schema script missing from the application: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws CacheException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new CacheException("Cannot close the cache " + file + ": " + e.getMessage(), e);
        }
    }
}
