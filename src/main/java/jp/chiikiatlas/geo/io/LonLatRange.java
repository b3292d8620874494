package jp.chiikiatlas.geo.io;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Rejects coordinates that cannot be longitude/latitude degrees: the sign of projected metres (a
 * missing or wrong .prj, a GeoJSON exported in a plane CRS) or of swapped axes, which would
 * otherwise put areas far from Japan without any error.
 */
final class LonLatRange {
    private LonLatRange() {
    }

    static void check(Geometry geometry, String featureName, String advice) throws BoundaryFormatException {
        Envelope e = geometry.getEnvelopeInternal();
        if (e.isNull()) {
            return;
        }
        if (e.getMinX() < -180 || e.getMaxX() > 360 || e.getMinY() < -90 || e.getMaxY() > 90) {
            throw new BoundaryFormatException(featureName + ": coordinates span x " + e.getMinX() + " to " + e.getMaxX()
                    + ", y " + e.getMinY() + " to " + e.getMaxY() + ", which are not longitude/latitude degrees: "
                    + advice);
        }
    }
}
