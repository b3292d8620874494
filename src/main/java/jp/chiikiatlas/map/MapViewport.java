package jp.chiikiatlas.map;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Envelope;

/**
 * What part of the projected plane is shown, and how big: the centre (projected metres), the scale
 * (pixels per metre) and the pixel size of the view. Immutable: panning and zooming return a new
 * viewport, so a background render can hold one without it changing under it.
 * Screen y grows downwards, projected y northwards.
 */
public record MapViewport(double centerX, double centerY, double pixelsPerMetre, int width, int height) {
    /** Closest zoom: 2 m per pixel (a few streets); beyond that the 1 %-simplified outlines mean nothing. */
    public static final double MAX_PIXELS_PER_METRE = 0.5;
    /** Farthest zoom: 20 km per pixel. */
    public static final double MIN_PIXELS_PER_METRE = 1 / 20_000.0;

    public MapViewport {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("viewport size must be positive: " + width + "×" + height);
        }
        if (!(pixelsPerMetre > 0) || !Double.isFinite(centerX) || !Double.isFinite(centerY)) {
            throw new IllegalArgumentException("invalid viewport: centre " + centerX + "," + centerY + " scale " + pixelsPerMetre);
        }
    }

    /** The viewport of the given size that shows {@code bounds} (projected) whole, centred, with a margin in pixels. */
    public static MapViewport fit(Envelope bounds, int width, int height, int marginPixels) {
        double usableW = Math.max(1, width - 2.0 * marginPixels);
        double usableH = Math.max(1, height - 2.0 * marginPixels);
        double bw = Math.max(bounds.getWidth(), 1);
        double bh = Math.max(bounds.getHeight(), 1);
        double scale = clampScale(Math.min(usableW / bw, usableH / bh));
        return new MapViewport(bounds.centre().x, bounds.centre().y, scale, width, height);
    }

    public double metresPerPixel() {
        return 1 / pixelsPerMetre;
    }

    /** Approximate degrees of latitude per pixel, to choose a level of detail. */
    public double degreesPerPixel() {
        return metresPerPixel() / 111_000.0;
    }

    public Point2D.Double toScreen(double x, double y) {
        return new Point2D.Double(screenX(x), screenY(y));
    }

    /**
     * Screen x of projected world x = 0. Rounded to a whole pixel: the renderer draws cached
     * pixel-grid outlines under this translation, and Java2D copies every shape drawn under a
     * fractional one. Hit-testing and labels use the same rounding, so all agree exactly.
     */
    public double offsetX() {
        return Math.rint(width / 2.0 - centerX * pixelsPerMetre);
    }

    /** Screen y of projected world y = 0 (rounded like {@link #offsetX()}). */
    public double offsetY() {
        return Math.rint(height / 2.0 + centerY * pixelsPerMetre);
    }

    public double screenX(double x) {
        return x * pixelsPerMetre + offsetX();
    }

    public double screenY(double y) {
        return offsetY() - y * pixelsPerMetre;
    }

    public Point2D.Double toWorld(double screenX, double screenY) {
        return new Point2D.Double((screenX - offsetX()) / pixelsPerMetre, (offsetY() - screenY) / pixelsPerMetre);
    }

    /** Projected metres → screen pixels, for Graphics2D. */
    public AffineTransform worldToScreen() {
        AffineTransform t = new AffineTransform();
        t.translate(offsetX(), offsetY());
        t.scale(pixelsPerMetre, -pixelsPerMetre);
        return t;
    }

    /** The projected rectangle shown. */
    public Envelope visibleWorld() {
        Point2D.Double topLeft = toWorld(0, 0);
        Point2D.Double bottomRight = toWorld(width, height);
        return new Envelope(topLeft.x, bottomRight.x, topLeft.y, bottomRight.y);
    }

    /** Moves the map by a drag of (dx, dy) pixels: the content follows the pointer. */
    public MapViewport panByPixels(double dx, double dy) {
        return new MapViewport(centerX - dx / pixelsPerMetre, centerY + dy / pixelsPerMetre, pixelsPerMetre, width, height);
    }

    /** Zooms by {@code factor} (> 1 zooms in) keeping the point under (screenX, screenY) where it is. */
    public MapViewport zoomAround(double factor, double screenX, double screenY) {
        double scale = clampScale(pixelsPerMetre * factor);
        // the anchor from the unrounded mapping, so repeated wheel steps do not drift by the rounding
        Point2D.Double anchor = new Point2D.Double(centerX + (screenX - width / 2.0) / pixelsPerMetre,
                centerY - (screenY - height / 2.0) / pixelsPerMetre);
        double cx = anchor.x - (screenX - width / 2.0) / scale;
        double cy = anchor.y + (screenY - height / 2.0) / scale;
        return new MapViewport(cx, cy, scale, width, height);
    }

    /** Same centre and scale, new pixel size (window resized). */
    public MapViewport withSize(int newWidth, int newHeight) {
        return new MapViewport(centerX, centerY, pixelsPerMetre, newWidth, newHeight);
    }

    private static double clampScale(double scale) {
        return Math.max(MIN_PIXELS_PER_METRE, Math.min(MAX_PIXELS_PER_METRE, scale));
    }
}
