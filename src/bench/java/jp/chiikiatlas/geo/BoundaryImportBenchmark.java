package jp.chiikiatlas.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.Progress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import of the national N03 shapefile (../shared/data). {@code parseAndStore}: read the
 * shapefile, build the regions, store them with the as-imported geometry (what GDAL's
 * {@code ogr2ogr -f SQLite} does); {@code wholeImport}: the same plus every level of detail.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class BoundaryImportBenchmark {
    static final Path SHAPEFILE = Path.of("../shared/data/boundaries/n03-2021-01-01/shapefile/N03-21_210101.shp");

    private Path dir;
    private AtlasCache cache;

    @Setup(Level.Invocation)
    public void openCache() throws Exception {
        dir = Files.createTempDirectory("bench");
        cache = AtlasCache.open(dir.resolve("atlas.sqlite"));
    }

    @TearDown(Level.Invocation)
    public void closeCache() throws Exception {
        cache.close();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    public BoundaryImportReport parseAndStore() throws Exception {
        return new BoundaryImporter(cache, EnumSet.of(LevelOfDetail.FULL)).importFile(SHAPEFILE, null, Progress.NONE);
    }

    @Benchmark
    public BoundaryImportReport wholeImport() throws Exception {
        return new BoundaryImporter(cache).importFile(SHAPEFILE, null, Progress.NONE);
    }
}
