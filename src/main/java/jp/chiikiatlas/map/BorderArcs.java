package jp.chiikiatlas.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The borders of a feature set with every shared edge kept once. Neighbouring municipalities
 * share their border vertex for vertex (the levels of detail are coverage-simplified), so stroking
 * each outline would draw every inner border twice; antialiased stroking is the costliest part of
 * a redraw, so each feature gets only the chains of edges no earlier feature already had.
 */
final class BorderArcs {
    private BorderArcs() {
    }

    /**
     * For each feature, its not-yet-seen edge chains as flat {x0, y0, x1, y1, …} arrays (projected
     * metres). With {@code coast} (prefectures) every edge is kept once. Without it (municipalities)
     * only inner borders within one prefecture are kept: the coast and prefecture borders are drawn
     * by the heavier prefecture outline on top, so stroking them here too would be wasted work.
     */
    static List<List<double[]>> of(List<MapFeature> features, boolean coast) {
        Set<Edge> seen = new HashSet<>();
        if (!coast) {
            // walk all edges first; mark as already seen those that are not an inner border
            java.util.Map<Edge, String> owner = new java.util.HashMap<>();
            Set<Edge> inner = new HashSet<>();
            for (MapFeature f : features) {
                String prefecture = f.region() == null ? "" : f.region().prefectureCode();
                forEachEdge(f, e -> {
                    String first = owner.putIfAbsent(e, prefecture);
                    if (first != null && !first.isEmpty() && first.equals(prefecture)) {
                        inner.add(e);
                    }
                });
            }
            for (Edge e : owner.keySet()) {
                if (!inner.contains(e)) {
                    seen.add(e);
                }
            }
        }
        List<List<double[]>> result = new ArrayList<>(features.size());
        for (MapFeature f : features) {
            List<double[]> arcs = new ArrayList<>();
            Geometry g = f.projected();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                if (g.getGeometryN(p) instanceof Polygon polygon) {
                    addRing(polygon.getExteriorRing(), seen, arcs);
                    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                        addRing(polygon.getInteriorRingN(h), seen, arcs);
                    }
                }
            }
            result.add(arcs);
        }
        return result;
    }

    private static void forEachEdge(MapFeature f, java.util.function.Consumer<Edge> action) {
        {
            Geometry g = f.projected();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                if (g.getGeometryN(p) instanceof Polygon polygon) {
                    for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                        CoordinateSequence seq = (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r)).getCoordinateSequence();
                        for (int i = 0; i + 1 < seq.size(); i++) {
                            action.accept(Edge.of(seq.getX(i), seq.getY(i), seq.getX(i + 1), seq.getY(i + 1)));
                        }
                    }
                }
            }
        }
    }

    private static void addRing(LineString ring, Set<Edge> seen, List<double[]> arcs) {
        CoordinateSequence seq = ring.getCoordinateSequence();
        int n = seq.size();
        double[] chain = new double[2 * n];
        int len = 0;
        for (int i = 0; i + 1 < n; i++) {
            double x0 = seq.getX(i);
            double y0 = seq.getY(i);
            double x1 = seq.getX(i + 1);
            double y1 = seq.getY(i + 1);
            if (seen.add(Edge.of(x0, y0, x1, y1))) {
                if (len == 0) {
                    chain[len++] = x0;
                    chain[len++] = y0;
                }
                chain[len++] = x1;
                chain[len++] = y1;
            } else if (len > 0) {
                arcs.add(java.util.Arrays.copyOf(chain, len));
                len = 0;
            }
        }
        if (len > 0) {
            arcs.add(java.util.Arrays.copyOf(chain, len));
        }
    }

    /** An undirected edge: the same whichever of the two polygons walks it. */
    private record Edge(double ax, double ay, double bx, double by) {
        static Edge of(double x0, double y0, double x1, double y1) {
            boolean forward = x0 < x1 || (x0 == x1 && y0 <= y1);
            return forward ? new Edge(x0, y0, x1, y1) : new Edge(x1, y1, x0, y0);
        }
    }
}
