package jp.chiikiatlas.choropleth;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Area of a longitude/latitude geometry on the GRS80 ellipsoid (JGD2011's), in km².
 *
 * <p>Why this works: the Lambert cylindrical equal-area projection of the ellipsoid maps
 * (φ, λ) to (λ, a²·q(φ)/2) — q being the authalic function (Snyder, <i>Map Projections: A
 * Working Manual</i>, eq. 3-12) — and preserves area exactly. So the planar area of the projected
 * polygon (JTS, holes subtracted) is the ellipsoidal area, with each edge read as a straight line in
 * that projection: exact along parallels and meridians, and for boundary outlines with vertices
 * metres apart the edge reading does not matter. Never the area in square degrees.
 */
public final class GeodesicArea {
    /** GRS80 semi-major axis, m. */
    static final double A = 6_378_137.0;
    /** GRS80 flattening. */
    static final double F = 1 / 298.257222101;
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);

    private GeodesicArea() {
    }

    /** Area in km² of a polygonal geometry in lon/lat degrees (x = longitude); 0 for points and lines. */
    public static double squareKilometres(Geometry lonLat) {
        Geometry projected = lonLat.copy();
        projected.apply(new EqualAreaFilter());
        return projected.getArea() * A * A / 2 / 1e6;
    }

    /** Snyder's q(φ) for the ellipsoid; sin β = q(φ)/q(90°) gives the authalic latitude β. */
    static double q(double latitudeRadians) {
        double s = Math.sin(latitudeRadians);
        return (1 - E2) * (s / (1 - E2 * s * s) - 1 / (2 * E) * Math.log((1 - E * s) / (1 + E * s)));
    }

    private static final class EqualAreaFilter implements CoordinateSequenceFilter {
        @Override
        public void filter(CoordinateSequence seq, int i) {
            double lon = seq.getX(i);
            double lat = seq.getY(i);
            seq.setOrdinate(i, 0, Math.toRadians(lon));
            seq.setOrdinate(i, 1, q(Math.toRadians(lat)));
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
