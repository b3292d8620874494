package jp.chiikiatlas.geo.io;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;

/** The one JTS factory the readers share (floating precision: coordinates kept as read). */
final class Geometries {
    static final GeometryFactory FACTORY = new GeometryFactory();

    private Geometries() {
    }

    /** What a feature without usable geometry gets, so that it is kept rather than dropped. */
    static MultiPolygon empty() {
        return FACTORY.createMultiPolygon();
    }
}
