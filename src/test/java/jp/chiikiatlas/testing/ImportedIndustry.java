package jp.chiikiatlas.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.stats.manifest.BoundaryImportHook;
import jp.chiikiatlas.stats.manifest.DataFolderImport;
import jp.chiikiatlas.stats.manifest.ImporterRegistry;
import jp.chiikiatlas.stats.manifest.Manifest;

/**
 * A cache with the national boundaries and the 経済センサス prefecture table (ExplanatoryVariablesBase.csv:
 * indicators with an {@code industry} dimension, 42 prefectures), built once per test JVM.
 */
public final class ImportedIndustry {
    public static final String TABLE = "industry/ExplanatoryVariablesBase.csv";
    public static final String AREAS = "industry/AreaID.csv";
    private static Path cacheFile;

    private ImportedIndustry() {
    }

    /** The cache file; skips the calling test when ../shared/data is absent. */
    public static synchronized Path cacheFile() throws Exception {
        SharedData.require(SharedData.NATIONAL_TOPOJSON);
        SharedData.require(SharedData.ROOT.resolve(TABLE));
        if (cacheFile == null) {
            Path dir = Files.createTempDirectory("chiiki-industry-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> ImportedStatistics.deleteQuietly(dir)));
            Path data = ImportedStatistics.linkedDataFolder(dir, "boundaries/n03-2021-01-01/N03-21_210101.topojson",
                    TABLE, AREAS);
            Path file = dir.resolve("atlas.sqlite");
            StringWriter log = new StringWriter();
            try (AtlasCache cache = AtlasCache.open(file)) {
                DataFolderImport.Outcome outcome = new DataFolderImport(Manifest.builtIn(), new ImporterRegistry(),
                        BoundaryImportHook.boundaryImporter(), new PrintWriter(log)).run(data, cache);
                if (outcome.anyFailed()) {
                    throw new IllegalStateException("test import failed: " + outcome.failed() + "\n" + log);
                }
            }
            cacheFile = file;
        }
        return cacheFile;
    }
}
