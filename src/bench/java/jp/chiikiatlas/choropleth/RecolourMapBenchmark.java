package jp.chiikiatlas.choropleth;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.choropleth.source.ChoroplethRequest;
import jp.chiikiatlas.choropleth.source.MapLevel;
import jp.chiikiatlas.choropleth.source.StatisticsChoroplethSource;
import jp.chiikiatlas.map.DisplayLevel;
import jp.chiikiatlas.choropleth.map.ChoroplethFill;
import jp.chiikiatlas.map.FillLayer;
import jp.chiikiatlas.map.MapData;
import jp.chiikiatlas.map.MapRenderer;
import jp.chiikiatlas.map.MapScene;
import jp.chiikiatlas.map.NationalView;
import jp.chiikiatlas.stats.manifest.BoundaryImportHook;
import jp.chiikiatlas.stats.manifest.DataFolderImport;
import jp.chiikiatlas.stats.manifest.ImporterRegistry;
import jp.chiikiatlas.stats.manifest.Manifest;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the user waits for after picking a new indicator or year: classify all 1,747 municipalities
 * (designated cities whole), build the fill layer and the legend, and redraw the national map at
 * 1920×1080 with the new fill (MapRenderer; borders of the view cached, as in the window). Real
 * values: the FY2024/FY2025 住基 tables on the national N03 boundaries (../shared/data).
 * <ul>
 * <li>{@code recolour}: values already read (the panel keeps recent ones; playing the years reads each once);</li>
 * <li>{@code recolourWithQuery}: the same plus reading the values from the cache (a first visit).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecolourMapBenchmark {
    static final Path DATA = Path.of("../shared/data");
    static final List<String> FILES = List.of("boundaries/n03-2021-01-01/N03-21_210101.topojson",
            "population/juki-dynamics/FY2024-population_dynamics_municipal.xlsx",
            "population/juki-dynamics/FY2025-population_dynamics_municipal.xlsx");
    /** Alternating indicators and years, so every call is a change. */
    static final List<ChoroplethRequest> REQUESTS = List.of(
            ChoroplethRequest.raw(StatisticsChoroplethSource.DENSITY, 2025, MapLevel.MUNICIPALITY),
            ChoroplethRequest.raw("social_change", 2024, MapLevel.MUNICIPALITY),
            ChoroplethRequest.raw(StatisticsChoroplethSource.DENSITY, 2024, MapLevel.MUNICIPALITY),
            ChoroplethRequest.raw("births", 2024, MapLevel.MUNICIPALITY));

    private Path dir;
    private AtlasCache cache;
    private StatisticsChoroplethSource source;
    private MapRenderer renderer;
    private MapScene scene;
    private BufferedImage image;
    private RegionValues[] values;
    private final ChoroplethStyle style = ChoroplethStyle.defaults(Measure.RAW);
    private int next;

    @Setup(Level.Trial)
    public void load() throws Exception {
        dir = Files.createTempDirectory("recolour-bench");
        Path data = dir.resolve("data");
        for (String f : FILES) {
            Path link = data.resolve(f);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, DATA.resolve(f).toAbsolutePath());
        }
        Path file = dir.resolve("atlas.sqlite");
        StringWriter log = new StringWriter();
        try (AtlasCache c = AtlasCache.open(file)) {
            if (new DataFolderImport(Manifest.builtIn(), new ImporterRegistry(), BoundaryImportHook.boundaryImporter(),
                    new PrintWriter(log)).run(data, c).anyFailed()) {
                throw new IllegalStateException("import failed: " + log);
            }
        }
        cache = AtlasCache.open(file);
        source = new StatisticsChoroplethSource(cache);
        MapData mapData = MapData.load(cache).loadAllLevels();
        renderer = new MapRenderer(mapData);
        scene = new MapScene(NationalView.layout(1920, 1080), DisplayLevel.MUNICIPALITY, false, FillLayer.neutral(),
                null, false);
        image = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_ARGB_PRE);
        renderer.renderInto(image, scene);
        renderer.renderInto(image, scene); // the second render of a view caches its borders, as the window does
        values = new RegionValues[REQUESTS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = source.values(REQUESTS.get(i));
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        source.close();
        cache.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public void recolour(Blackhole bh) {
        RegionValues v = values[next++ % values.length];
        draw(v, bh);
    }

    @Benchmark
    public void recolourWithQuery(Blackhole bh) throws Exception {
        RegionValues v = source.values(REQUESTS.get(next++ % REQUESTS.size()));
        draw(v, bh);
    }

    private void draw(RegionValues v, Blackhole bh) {
        ClassifiedMap map = Choropleth.classify(v, style);
        // the fill the panel and the CLI use: class colours, the hatch for regions without data
        renderer.renderInto(image, scene.withFill(ChoroplethFill.of(map)));
        bh.consume(map.legend());
        bh.consume(image);
    }
}
