package jp.chiikiatlas.stats;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.stats.manifest.DataFolderImport;
import jp.chiikiatlas.stats.manifest.ImporterRegistry;
import jp.chiikiatlas.stats.manifest.Manifest;

/** The real data folder and a full import of it, for the benchmarks. */
final class BenchData {
    static final Path DATA = Path.of(System.getProperty("chiikiatlas.data", "../shared/data"));

    private BenchData() {
    }

    static Path requireData() {
        if (!Files.isDirectory(DATA)) {
            throw new IllegalStateException("benchmarks need the real data folder " + DATA.toAbsolutePath()
                    + " (or -Dchiikiatlas.data=DIR)");
        }
        return DATA;
    }

    /** Imports the whole folder into a new cache file; returns the import log. */
    static String importAll(Path cacheFile) throws Exception {
        StringWriter log = new StringWriter();
        try (AtlasCache cache = AtlasCache.open(cacheFile)) {
            DataFolderImport.Outcome outcome = new DataFolderImport(Manifest.builtIn(), new ImporterRegistry(), null,
                    new PrintWriter(log)).run(requireData(), cache);
            if (outcome.anyFailed()) {
                throw new IllegalStateException("import failed: " + log);
            }
        }
        return log.toString();
    }
}
