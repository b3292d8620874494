package jp.chiikiatlas.map;

import java.awt.Rectangle;
import java.awt.geom.Path2D;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Outlines of a feature set scaled to pixels and snapped to the pixel grid, with points falling on
 * the same pixel as the previous one dropped. This decimation is what makes a national redraw
 * cheap: at national zoom most of the ~200,000 vertices collapse. Coordinates are "world pixels"
 * ({@code x·scale, −y·scale}); a viewport only adds an integer translation, so panning reuses them.
 */
final class ScreenPaths {
    final double pixelsPerMetre;
    /** Border vertices closer than this to the simplified line are dropped (pixels; under a stroke width). */
    static final double BORDER_TOLERANCE = 0.75;

    /** Closed outlines for filling (grid-snapped, so neighbours still meet without gaps). */
    final Path2D.Float[] paths;
    final Rectangle[] bounds;
    /**
     * The borders, simplified to the pixel, in one path per prefecture (features come ordered by
     * code): a few dozen stroke calls instead of two thousand, still skipped when off-screen.
     */
    final List<Path2D.Float> borderChunks;
    final List<Rectangle> borderChunkBounds;

    private ScreenPaths(double pixelsPerMetre, Path2D.Float[] paths, Rectangle[] bounds,
                        List<Path2D.Float> borderChunks, List<Rectangle> borderChunkBounds) {
        this.pixelsPerMetre = pixelsPerMetre;
        this.paths = paths;
        this.bounds = bounds;
        this.borderChunks = borderChunks;
        this.borderChunkBounds = borderChunkBounds;
    }

    static ScreenPaths build(List<MapFeature> features, List<List<double[]>> arcs, double pixelsPerMetre) {
        Path2D.Float[] paths = new Path2D.Float[features.size()];
        Rectangle[] bounds = new Rectangle[features.size()];
        List<Path2D.Float> chunks = new java.util.ArrayList<>();
        List<Rectangle> chunkBounds = new java.util.ArrayList<>();
        String chunkKey = null;
        for (int i = 0; i < paths.length; i++) {
            Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
            Geometry g = features.get(i).projected();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                if (g.getGeometryN(p) instanceof Polygon polygon) {
                    appendRing(path, polygon.getExteriorRing(), pixelsPerMetre);
                    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                        appendRing(path, polygon.getInteriorRingN(h), pixelsPerMetre);
                    }
                }
            }
            paths[i] = path;
            bounds[i] = path.getBounds();
            if (arcs.get(i).isEmpty()) {
                continue;
            }
            String code = features.get(i).code();
            String key = code == null ? "" : code.substring(0, 2);
            if (!key.equals(chunkKey)) {
                chunks.add(new Path2D.Float());
                chunkBounds.add(new Rectangle(bounds[i]));
                chunkKey = key;
            }
            appendBorders(chunks.get(chunks.size() - 1), arcs.get(i), pixelsPerMetre);
            chunkBounds.get(chunkBounds.size() - 1).add(bounds[i]);
        }
        return new ScreenPaths(pixelsPerMetre, paths, bounds, chunks, chunkBounds);
    }

    private static void appendBorders(Path2D.Float path, List<double[]> arcs, double scale) {
        for (double[] arc : arcs) {
            int n = arc.length / 2;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = arc[2 * i] * scale;
                ys[i] = -arc[2 * i + 1] * scale;
            }
            boolean[] keep = DouglasPeucker.keep(xs, ys, BORDER_TOLERANCE);
            path.moveTo(xs[0], ys[0]);
            for (int i = 1; i < n; i++) {
                if (keep[i]) {
                    path.lineTo(xs[i], ys[i]);
                }
            }
        }
    }

    /** Appends one ring; rings smaller than a pixel become a single dot-sized square so islands stay visible. */
    private static void appendRing(Path2D.Float path, LineString ring, double scale) {
        CoordinateSequence seq = ring.getCoordinateSequence();
        int n = seq.size();
        if (n < 4) {
            return;
        }
        float lastX = Math.round(seq.getX(0) * scale);
        float lastY = Math.round(-seq.getY(0) * scale);
        path.moveTo(lastX, lastY);
        int kept = 1;
        for (int i = 1; i < n; i++) {
            float x = Math.round(seq.getX(i) * scale);
            float y = Math.round(-seq.getY(i) * scale);
            if (x != lastX || y != lastY) {
                path.lineTo(x, y);
                lastX = x;
                lastY = y;
                kept++;
            }
        }
        if (kept < 3) {
            // the whole ring is within a pixel or two: a tiny island, drawn as one pixel
            path.lineTo(lastX + 1, lastY);
            path.lineTo(lastX + 1, lastY + 1);
            path.lineTo(lastX, lastY + 1);
        }
        path.closePath();
    }

}
