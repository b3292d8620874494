package jp.chiikiatlas.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.Progress;
import jp.chiikiatlas.geo.BoundaryImporter;

/**
 * A cache holding the national N03 boundaries (2021-01-01), imported once per test JVM (it takes a
 * few seconds) into a temporary folder removed at exit. Tests must only read it.
 */
public final class ImportedBoundaries {
    private static Path cacheFile;

    private ImportedBoundaries() {
    }

    /** The cache file; skips the calling test when ../shared/data is absent. */
    public static synchronized Path cacheFile() throws Exception {
        SharedData.require(SharedData.NATIONAL_TOPOJSON);
        if (cacheFile == null) {
            Path dir = Files.createTempDirectory("chiiki-map-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            Path file = dir.resolve("atlas.sqlite");
            try (AtlasCache cache = AtlasCache.open(file)) {
                new BoundaryImporter(cache).importFile(SharedData.NATIONAL_TOPOJSON, null, Progress.NONE);
            }
            cacheFile = file;
        }
        return cacheFile;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
