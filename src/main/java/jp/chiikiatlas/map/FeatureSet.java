package jp.chiikiatlas.map;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The regions drawn together at one level of detail (e.g. all municipalities with designated
 * cities by ward), with an STRtree on their projected bounds for hit-testing and the pixel-grid
 * outlines of the last scales drawn.
 */
public final class FeatureSet {
    private final List<MapFeature> features;
    private final Map<String, MapFeature> byCode;
    private final STRtree index = new STRtree();
    private final Envelope bounds = new Envelope();
    /** Each feature's share of the deduplicated borders, built on first draw. */
    private volatile List<List<double[]>> borderArcs;
    /** Outlines decimated to the pixel grid, by scale; a pan reuses them, a zoom adds one. */
    private final Map<Double, ScreenPaths> pathsByScale = new ConcurrentHashMap<>();

    /** Whether the stroked borders include coastlines (prefectures) or only inner borders (municipalities). */
    private final boolean coastInBorders;

    FeatureSet(List<MapFeature> features, boolean coastInBorders) {
        this.coastInBorders = coastInBorders;
        this.features = List.copyOf(features);
        this.byCode = features.stream().filter(f -> f.code() != null)
                .collect(Collectors.toMap(MapFeature::code, Function.identity(), (a, b) -> a));
        for (MapFeature f : features) {
            index.insert(f.bounds(), f);
            bounds.expandToInclude(f.bounds());
        }
        index.build(); // built eagerly: STRtree building is not thread-safe, queries are
    }

    public List<MapFeature> features() {
        return features;
    }

    public MapFeature feature(String code) {
        return byCode.get(code);
    }

    public Envelope bounds() {
        return bounds;
    }

    /** The feature under a projected point, or null. Smaller candidates win (an enclave over its host). */
    public MapFeature featureAt(double x, double y) {
        @SuppressWarnings("unchecked")
        List<MapFeature> candidates = index.query(new Envelope(x, x, y, y));
        MapFeature best = null;
        for (MapFeature f : candidates) {
            if ((best == null || f.bounds().getArea() < best.bounds().getArea()) && f.contains(x, y)) {
                best = f;
            }
        }
        return best;
    }

    List<List<double[]>> borderArcs() {
        List<List<double[]>> arcs = borderArcs;
        if (arcs == null) {
            synchronized (this) {
                arcs = borderArcs;
                if (arcs == null) {
                    arcs = BorderArcs.of(features, coastInBorders);
                    borderArcs = arcs;
                }
            }
        }
        return arcs;
    }

    /** Outlines at this scale in pixel-grid coordinates; cached, the cache keeps the last few scales. */
    ScreenPaths screenPaths(double pixelsPerMetre) {
        ScreenPaths paths = pathsByScale.get(pixelsPerMetre);
        if (paths == null) {
            paths = ScreenPaths.build(features, borderArcs(), pixelsPerMetre);
            if (pathsByScale.size() >= 4) {
                pathsByScale.clear(); // zooming produces many scales; keep memory bounded
            }
            pathsByScale.put(pixelsPerMetre, paths);
        }
        return paths;
    }
}
