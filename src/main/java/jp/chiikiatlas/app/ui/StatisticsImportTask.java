package jp.chiikiatlas.app.ui;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.stats.manifest.BoundaryImportHook;
import jp.chiikiatlas.stats.manifest.DataFolderImport;
import jp.chiikiatlas.stats.manifest.ImporterRegistry;
import jp.chiikiatlas.stats.manifest.Manifest;

/**
 * {@code import --data DIR} off the FX thread: each line the import prints becomes the dialog's
 * message and one step of progress. Cancel takes effect between files (each file is its own
 * transaction, so what was imported before stays consistent).
 */
final class StatisticsImportTask extends Task<DataFolderImport.Outcome> {
    /** The map is already open on the cache's boundaries: the statistics import leaves them alone. */
    private static final BoundaryImportHook KEEP_BOUNDARIES = (cache, file, object) -> "boundaries already in the cache: kept";

    private final Path cacheFile;
    private final Path dataDir;

    StatisticsImportTask(Path cacheFile, Path dataDir) {
        this.cacheFile = cacheFile;
        this.dataDir = dataDir;
    }

    @Override
    protected DataFolderImport.Outcome call() throws Exception {
        long files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = Math.max(1, walk.filter(Files::isRegularFile).count());
        }
        updateMessage("読み込み中: " + dataDir.toAbsolutePath().normalize());
        PrintWriter log = new PrintWriter(new LineWriter(files), true);
        try (AtlasCache cache = AtlasCache.open(cacheFile)) {
            return new DataFolderImport(Manifest.builtIn(), new ImporterRegistry(),
                    KEEP_BOUNDARIES, log).run(dataDir, cache);
        }
    }

    /** Lines of the import's report → progress; refuses to go on once cancelled. */
    private final class LineWriter extends Writer {
        private final long expected;
        private final StringBuilder line = new StringBuilder();
        private long done;

        LineWriter(long expected) {
            this.expected = expected;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            if (isCancelled()) {
                throw new CancellationException("import cancelled");
            }
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    String text = line.toString().strip();
                    line.setLength(0);
                    if (!text.isEmpty() && !text.startsWith(" ")) {
                        done++;
                        updateProgress(Math.min(done, expected), expected);
                        updateMessage(text.length() > 160 ? text.substring(0, 160) + "…" : text);
                    }
                } else {
                    line.append(buf[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
