package jp.chiikiatlas.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.stats.manifest.BoundaryImportHook;
import jp.chiikiatlas.stats.manifest.DataFolderImport;
import jp.chiikiatlas.stats.manifest.ImporterRegistry;
import jp.chiikiatlas.stats.manifest.Manifest;

/**
 * A cache with the national boundaries and the FY2025 住基 dynamics table (population on
 * 2025-01-01 by municipality), built once per test JVM through the {@code import --data} machinery
 * on a folder holding just those two real files — enough for choropleths, and fast.
 */
public final class ImportedStatistics {
    public static final Path JUKI_2025 = SharedData.ROOT.resolve(
            "population/juki-dynamics/FY2025-population_dynamics_municipal.xlsx");
    public static final Path JUKI_2024 = SharedData.ROOT.resolve(
            "population/juki-dynamics/FY2024-population_dynamics_municipal.xlsx");
    private static Path cacheFile;

    private ImportedStatistics() {
    }

    /** The cache file; skips the calling test when ../shared/data is absent. */
    public static synchronized Path cacheFile() throws Exception {
        SharedData.require(SharedData.NATIONAL_TOPOJSON);
        SharedData.require(JUKI_2025);
        SharedData.require(JUKI_2024);
        if (cacheFile == null) {
            Path dir = Files.createTempDirectory("chiiki-choropleth-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            Path data = dir.resolve("data");
            link(data, "boundaries/n03-2021-01-01/N03-21_210101.topojson");
            link(data, "population/juki-dynamics/" + JUKI_2025.getFileName());
            link(data, "population/juki-dynamics/" + JUKI_2024.getFileName());
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

    /** A data folder laid out like ../shared/data holding links to the given real files. */
    public static Path linkedDataFolder(Path dir, String... relative) throws IOException {
        Path data = dir.resolve("data");
        for (String r : relative) {
            link(data, r);
        }
        return data;
    }

    private static void link(Path data, String relative) throws IOException {
        Path target = data.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.createSymbolicLink(target, SharedData.ROOT.resolve(relative).toAbsolutePath());
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
