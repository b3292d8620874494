package jp.chiikiatlas.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.stats.query.CrossSection;
import jp.chiikiatlas.stats.query.StatisticsQuery;
import jp.chiikiatlas.stats.query.ValueResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Query speed on a cache holding every imported file of ../shared/data (about a million
 * observations). Targets: one value ≤ 1 ms, a cross-section of all municipalities ≤ 20 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StatisticsQueryBenchmark {
    private static final EnumSet<RegionLevel> MUNICIPALITIES = EnumSet.of(RegionLevel.MUNICIPALITY, RegionLevel.DESIGNATED_CITY);

    private Path dir;
    private AtlasCache cache;
    private StatisticsQuery query;

    @Setup(Level.Trial)
    public void importEverything() throws Exception {
        dir = Files.createTempDirectory("chiiki-bench");
        Path file = dir.resolve("atlas.sqlite");
        BenchData.importAll(file);
        cache = AtlasCache.open(file);
        query = new StatisticsQuery(cache.connection());
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        query.close();
        cache.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** 札幌市 population on 2025-01-01. */
    @Benchmark
    public ValueResult oneValue() throws Exception {
        return query.value("population", "01100", 2025, Map.of());
    }

    /** A value with dimensions from the age tables. */
    @Benchmark
    public ValueResult oneValueWithDimensions() throws Exception {
        return query.value("population", "13101", 2022, Map.of("sex", "female", "age", "100+"));
    }

    /** Population of every municipality (designated cities whole, wards not) on 2025-01-01. */
    @Benchmark
    public CrossSection crossSectionOfAllMunicipalities() throws Exception {
        CrossSection section = query.crossSection("population", 2025, MUNICIPALITIES, Map.of());
        if (section.values().size() < 1700) {
            throw new IllegalStateException("too few municipalities: " + section.values().size());
        }
        return section;
    }
}
