package jp.chiikiatlas.map;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.Progress;
import jp.chiikiatlas.geo.BoundaryImporter;
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
 * The map renderer on the national N03 boundaries (../shared/data), 1920×1080, all municipalities
 * (designated cities whole) plus the 南西諸島 inset, no labels. SampleTime reports the median (p0.50).
 * <ul>
 * <li>{@code fullRedraw}: sea, fills and antialiased municipal and prefecture borders after a pan
 *     (alternating one pixel left and right: outlines at this scale are cached, borders are redrawn);</li>
 * <li>{@code zoomRedraw}: the same at a new scale each time, so the pixel-grid outlines are rebuilt too;</li>
 * <li>{@code recolour}: the same view with another fill layer (choropleth change): fills redrawn,
 *     the border image of this view reused;</li>
 * <li>{@code hoverHitTest}: the region under a random canvas pixel (mostly sea, as a pointer is);</li>
 * <li>{@code hoverHitTestOnLand}: the region under a point inside a municipality (always a polygon test).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MapRenderBenchmark {
    static final Path TOPOJSON = Path.of("../shared/data/boundaries/n03-2021-01-01/N03-21_210101.topojson");

    private Path dir;
    private MapRenderer renderer;
    private HitTester hits;
    private MapScene scene;
    private MapScene[] panned;
    private MapScene[] recoloured;
    private BufferedImage image;
    private double[] points;
    private double[] landPoints;
    private int next;
    private double zoom = 1;

    @Setup(Level.Trial)
    public void load() throws Exception {
        dir = Files.createTempDirectory("map-bench");
        Path file = dir.resolve("atlas.sqlite");
        try (AtlasCache cache = AtlasCache.open(file)) {
            new BoundaryImporter(cache).importFile(TOPOJSON, null, Progress.NONE);
        }
        try (AtlasCache cache = AtlasCache.open(file)) {
            MapData data = MapData.load(cache);
            renderer = new MapRenderer(data);
            hits = new HitTester(data);
            scene = new MapScene(NationalView.layout(1920, 1080), DisplayLevel.MUNICIPALITY, false,
                    FillLayer.neutral(), null, false);
            // forces every level of detail and feature set the benchmarks touch to load now
            renderer.render(scene);
            renderer.render(scene.withLayout(MapLayout.of(scene.layout().main().zoomAround(1.01, 960, 540))));
        }
        MapViewport main = scene.layout().main();
        panned = new MapScene[] {
            scene.withLayout(new MapLayout(main.panByPixels(1, 0), scene.layout().inset())),
            scene.withLayout(new MapLayout(main.panByPixels(-1, 0), scene.layout().inset()))};
        recoloured = new MapScene[] {scene.withFill(choropleth(1)), scene.withFill(choropleth(2))};
        image = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_ARGB_PRE);
        java.util.List<MapFeature> municipalities = renderer.data()
                .features(MapRenderer.levelOfDetail(scene.layout().main()), DisplayLevel.MUNICIPALITY, false).features();
        landPoints = new double[2048];
        for (int i = 0; i < landPoints.length; i += 2) {
            MapFeature f = municipalities.get((i * 7919) % municipalities.size());
            java.awt.geom.Point2D.Double p = scene.layout().canvasPointOfProjected(f.labelAnchor());
            landPoints[i] = p.x;
            landPoints[i + 1] = p.y;
        }
        Random random = new Random(7);
        points = new double[2048];
        for (int i = 0; i < points.length; i += 2) {
            points[i] = random.nextDouble() * 1920;
            points[i + 1] = random.nextDouble() * 1080;
        }
    }

    /** A stand-in choropleth: five classes by code. */
    private static FillLayer choropleth(int seed) {
        Color[] classes = {new Color(0xFEE5D9), new Color(0xFCAE91), new Color(0xFB6A4A), new Color(0xDE2D26), new Color(0xA50F15)};
        return region -> region.region() == null ? MapStyle.LAND
                : classes[Math.floorMod(region.region().code().hashCode() * seed, classes.length)];
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    public BufferedImage fullRedraw() {
        renderer.renderInto(image, panned[next++ & 1]);
        return image;
    }

    @Benchmark
    public BufferedImage zoomRedraw() {
        zoom = zoom > 1.5 ? 1 : zoom * 1.01;
        renderer.renderInto(image, scene.withLayout(MapLayout.of(scene.layout().main().zoomAround(zoom, 960, 540))));
        return image;
    }

    @Benchmark
    public BufferedImage recolour() {
        renderer.renderInto(image, recoloured[next++ & 1]);
        return image;
    }

    @Benchmark
    public String hoverHitTest() {
        int i = (next++ & 1023) * 2;
        return hits.regionAt(scene, points[i], points[i + 1]);
    }

    @Benchmark
    public String hoverHitTestOnLand() {
        int i = (next++ & 1023) * 2;
        return hits.regionAt(scene, landPoints[i], landPoints[i + 1]);
    }
}
