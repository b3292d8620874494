package jp.chiikiatlas.geo.io;

import jp.chiikiatlas.geo.Geometries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds JTS polygons from explicit ring lists (GeoJSON, TopoJSON: first ring outer, others holes),
 * where the structure is given and, unlike in shapefiles, need not be inferred.
 */
final class JsonPolygons {
    private JsonPolygons() {
    }

    /**
     * @param rings one polygon's rings, outer first
     * @param notes receives a note for each ring left out as degenerate
     * @return null when the outer ring is degenerate (fewer than 3 distinct points)
     */
    static Polygon polygon(List<Coordinate[]> rings, String featureName, List<String> notes)
            throws BoundaryFormatException {
        if (rings.isEmpty()) {
            throw new BoundaryFormatException(featureName + ": a polygon without rings; export the file again");
        }
        Coordinate[] shell = closed(rings.get(0));
        if (shell == null) {
            notes.add(featureName + ": left out a polygon whose outer ring has fewer than 3 distinct points");
            return null;
        }
        List<LinearRing> holes = new ArrayList<>();
        for (Coordinate[] ring : rings.subList(1, rings.size())) {
            Coordinate[] hole = closed(ring);
            if (hole == null) {
                notes.add(featureName + ": left out a hole with fewer than 3 distinct points");
            } else {
                holes.add(Geometries.FACTORY.createLinearRing(hole));
            }
        }
        return Geometries.FACTORY.createPolygon(Geometries.FACTORY.createLinearRing(shell),
                holes.toArray(LinearRing[]::new));
    }

    /** A Polygon for one part, a MultiPolygon for several, an empty MultiPolygon for none. */
    static Geometry combine(List<Polygon> polygons) {
        List<Polygon> kept = polygons.stream().filter(p -> p != null).toList();
        return kept.size() == 1 ? kept.get(0)
                : Geometries.FACTORY.createMultiPolygon(kept.toArray(Polygon[]::new));
    }

    /** The ring closed if it was not; null when too short to enclose an area. */
    static Coordinate[] closed(Coordinate[] ring) {
        Coordinate[] result = ring;
        if (ring.length > 0 && !ring[0].equals2D(ring[ring.length - 1])) {
            result = Arrays.copyOf(ring, ring.length + 1);
            result[ring.length] = ring[0].copy();
        }
        return result.length >= 4 ? result : null;
    }
}
