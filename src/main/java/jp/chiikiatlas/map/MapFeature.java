package jp.chiikiatlas.map;

import java.awt.geom.Point2D;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionGeometry;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * One region ready to draw: its outline projected to metres once (projection is the costly part,
 * so it is never redone per frame), its bounds, a label anchor inside it, and a point locator built
 * on first hit-test.
 */
public final class MapFeature {
    private final RegionGeometry source;
    private final Geometry projected;
    private final Envelope bounds;
    private Point2D.Double labelAnchor;
    private Envelope focusBounds;
    private volatile PointOnGeometryLocator locator;

    MapFeature(RegionGeometry source, Geometry projected) {
        this.source = source;
        this.projected = projected;
        this.bounds = projected.getEnvelopeInternal();
    }

    public RegionGeometry source() {
        return source;
    }

    /** The region, or null for 所属未定地. */
    public Region region() {
        return source.region();
    }

    public String code() {
        return source.region() == null ? null : source.region().code();
    }

    public String label() {
        return source.label();
    }

    /** Outline in projected metres. */
    public Geometry projected() {
        return projected;
    }

    public Envelope bounds() {
        return bounds;
    }

    /**
     * A point inside the largest part (so 北海道's label sits on the main island, not on 利尻),
     * in projected metres.
     */
    public synchronized Point2D.Double labelAnchor() {
        if (labelAnchor == null) {
            Geometry largest = projected;
            double area = -1;
            for (int i = 0; i < projected.getNumGeometries(); i++) {
                Geometry part = projected.getGeometryN(i);
                if (part instanceof Polygon && part.getArea() > area) {
                    area = part.getArea();
                    largest = part;
                }
            }
            Coordinate c = largest.isEmpty() ? bounds.centre() : largest.getInteriorPoint().getCoordinate();
            labelAnchor = new Point2D.Double(c.x, c.y);
        }
        return labelAnchor;
    }

    /**
     * The bounds worth framing when zooming to this region: its parts of at least a tenth of the
     * largest part's area. 東京都 framed whole would be mostly Pacific (小笠原, 南鳥島); this frames
     * the mainland instead.
     */
    public synchronized Envelope focusBounds() {
        if (focusBounds == null) {
            double largest = 0;
            for (int i = 0; i < projected.getNumGeometries(); i++) {
                largest = Math.max(largest, projected.getGeometryN(i).getArea());
            }
            Envelope env = new Envelope();
            for (int i = 0; i < projected.getNumGeometries(); i++) {
                Geometry part = projected.getGeometryN(i);
                if (part.getArea() >= largest * 0.1) {
                    env.expandToInclude(part.getEnvelopeInternal());
                }
            }
            focusBounds = env.isNull() ? bounds : env;
        }
        return focusBounds;
    }

    /** Whether the projected point lies inside (or on the border of) this region. */
    public boolean contains(double x, double y) {
        if (!bounds.contains(x, y)) {
            return false;
        }
        PointOnGeometryLocator l = locator;
        if (l == null) {
            l = new IndexedPointInAreaLocator(projected);
            locator = l;
        }
        return l.locate(new Coordinate(x, y)) != Location.EXTERIOR;
    }
}
