package jp.chiikiatlas.map;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Envelope;

/**
 * The "whole of Japan" view: the four main islands (with 北方領土) fill the canvas and the 南西諸島
 * (沖縄 to 与那国) sit in an inset at the same scale when it fits, otherwise a smaller one.
 */
public final class NationalView {
    /** Main islands from 対馬/五島 and 屋久島 to 択捉島, in degrees: west, east, south, north. */
    static final double[] MAIN_ISLANDS = {128.5, 148.95, 30.2, 45.6};
    /** 南西諸島 from 与那国島 to トカラ列島. */
    static final double[] NANSEI = {122.9, 130.0, 24.0, 29.95};
    /** The whole, for views without an inset. */
    static final double[] WHOLE = {122.9, 148.95, 24.0, 45.6};

    private static final int MARGIN = 16;

    private NationalView() {
    }

    /** The national view on a canvas of this size. */
    public static MapLayout layout(int width, int height) {
        MapViewport main = MapViewport.fit(projectedBounds(MAIN_ISLANDS), width, height, MARGIN);
        Envelope nansei = projectedBounds(NANSEI);
        double scale = main.pixelsPerMetre();
        double maxW = width * 0.34;
        double maxH = height * 0.42;
        double insetScale = Math.min(scale, Math.min(maxW / nansei.getWidth(), maxH / nansei.getHeight()));
        int w = (int) Math.ceil(nansei.getWidth() * insetScale) + 2 * 8;
        int h = (int) Math.ceil(nansei.getHeight() * insetScale) + 2 * 8;
        Rectangle frame = new Rectangle(MARGIN, MARGIN, w, h);
        MapViewport inset = new MapViewport(nansei.centre().x, nansei.centre().y, insetScale, w, h);
        return new MapLayout(main, new MapLayout.Inset(frame, inset, "南西諸島"));
    }

    /** The main viewport of the national view (what "fit to Japan" returns to). */
    public static MapViewport viewport(int width, int height) {
        return layout(width, height).main();
    }

    /**
     * The layout for a viewport: the national inset is added while the view is at national zoom
     * (not zoomed in) and 沖縄本島 is off-screen, so it never hides something the user zoomed to.
     */
    public static MapLayout layoutFor(MapViewport viewport) {
        MapLayout national = layout(viewport.width(), viewport.height());
        boolean zoomedOut = viewport.pixelsPerMetre() <= national.main().pixelsPerMetre() * 1.001;
        Point2D.Double okinawa = LambertConformalConic.JAPAN.project(127.8, 26.4);
        if (zoomedOut && !viewport.visibleWorld().contains(okinawa.x, okinawa.y)) {
            MapLayout.Inset inset = national.inset();
            return new MapLayout(viewport, inset);
        }
        return MapLayout.of(viewport);
    }

    /** Projected envelope of a lon/lat box, sampling its edges (parallels are curved in this projection). */
    static Envelope projectedBounds(double[] box) {
        Envelope env = new Envelope();
        LambertConformalConic p = LambertConformalConic.JAPAN;
        for (int i = 0; i <= 20; i++) {
            double lon = box[0] + (box[1] - box[0]) * i / 20;
            double lat = box[2] + (box[3] - box[2]) * i / 20;
            Point2D.Double q = new Point2D.Double();
            env.expandToInclude(p.project(lon, box[2], q).x, q.y);
            env.expandToInclude(p.project(lon, box[3], q).x, q.y);
            env.expandToInclude(p.project(box[0], lat, q).x, q.y);
            env.expandToInclude(p.project(box[1], lat, q).x, q.y);
        }
        return env;
    }
}
