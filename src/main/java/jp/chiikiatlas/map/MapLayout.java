package jp.chiikiatlas.map;

import java.awt.Rectangle;
import java.awt.geom.Point2D;

/**
 * Where things go on the canvas: the main viewport and, at national zoom, an inset frame showing
 * the 南西諸島 (Nansei Islands) at the same scale, in the empty Sea of Japan corner as print atlases do.
 *
 * @param inset null when no inset is shown
 */
public record MapLayout(MapViewport main, Inset inset) {

    /**
     * An inset: a frame on the canvas and the viewport drawn inside it (whose size is the frame's).
     */
    public record Inset(Rectangle frame, MapViewport viewport, String caption) {
    }

    public static MapLayout of(MapViewport main) {
        return new MapLayout(main, null);
    }

    public int width() {
        return main.width();
    }

    public int height() {
        return main.height();
    }

    /** A screen point and the viewport it belongs to. */
    public record Located(MapViewport viewport, double viewportX, double viewportY) {
        public Point2D.Double world() {
            return viewport.toWorld(viewportX, viewportY);
        }
    }

    /** What is under a canvas pixel: the inset when the pixel is inside its frame, else the main map. */
    public Located locate(double x, double y) {
        if (inset != null && inset.frame().contains(x, y)) {
            return new Located(inset.viewport(), x - inset.frame().x, y - inset.frame().y);
        }
        return new Located(main, x, y);
    }

    /** Where a longitude/latitude is drawn on the canvas (in the inset when it shows that place). */
    public Point2D.Double canvasPointOf(double longitude, double latitude) {
        return canvasPointOfProjected(LambertConformalConic.JAPAN.project(longitude, latitude));
    }

    /** Where a projected point is drawn on the canvas. */
    public Point2D.Double canvasPointOfProjected(Point2D.Double p) {
        if (inset != null) {
            Point2D.Double s = inset.viewport().toScreen(p.x, p.y);
            if (s.x >= 0 && s.y >= 0 && s.x < inset.frame().width && s.y < inset.frame().height) {
                return new Point2D.Double(s.x + inset.frame().x, s.y + inset.frame().y);
            }
        }
        return main.toScreen(p.x, p.y);
    }
}
