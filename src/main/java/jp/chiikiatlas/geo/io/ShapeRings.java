package jp.chiikiatlas.geo.io;

import jp.chiikiatlas.geo.Geometries;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns the flat ring list of a shapefile polygon record into a Polygon or MultiPolygon.
 *
 * <p>A shapefile record does not say which ring is a hole: the spec says outer rings run clockwise
 * and holes counter-clockwise, and a hole belongs to the outer ring that contains it.
 */
final class ShapeRings {
    private ShapeRings() {
    }

    /**
     * @param rings closed rings (first point equals last), at least 4 points each
     * @return a Polygon if there is one outer ring, else a MultiPolygon
     */
    static Geometry assemble(List<Coordinate[]> rings) {
        List<Coordinate[]> shells = new ArrayList<>();
        List<Coordinate[]> holes = new ArrayList<>();
        for (Coordinate[] ring : rings) {
            // Orientation.isCCW works in a y-up plane, as lon/lat are
            (Orientation.isCCW(ring) ? holes : shells).add(ring);
        }
        if (shells.isEmpty() && !holes.isEmpty()) {
            // Writers that ignore the spec (all rings counter-clockwise): treat them as outer rings
            shells.addAll(holes);
            holes.clear();
        }
        List<Envelope> shellEnvelopes = shells.stream().map(ShapeRings::envelope).toList();
        List<List<Coordinate[]>> holesOfShell = new ArrayList<>();
        shells.forEach(s -> holesOfShell.add(new ArrayList<>()));
        for (Coordinate[] hole : holes) {
            int owner = smallestContainingShell(hole, shells, shellEnvelopes);
            if (owner < 0) {
                // A counter-clockwise ring inside nothing is an island drawn the wrong way round
                shells.add(hole);
                shellEnvelopes = append(shellEnvelopes, envelope(hole));
                holesOfShell.add(new ArrayList<>());
            } else {
                holesOfShell.get(owner).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < shells.size(); i++) {
            GeometryFactory factory = Geometries.FACTORY;
            LinearRing[] inner = holesOfShell.get(i).stream().map(factory::createLinearRing).toArray(LinearRing[]::new);
            polygons[i] = factory.createPolygon(factory.createLinearRing(shells.get(i)), inner);
        }
        return polygons.length == 1 ? polygons[0] : Geometries.FACTORY.createMultiPolygon(polygons);
    }

    private static int smallestContainingShell(Coordinate[] hole, List<Coordinate[]> shells, List<Envelope> envelopes) {
        Envelope holeEnvelope = envelope(hole);
        int best = -1;
        double bestArea = Double.POSITIVE_INFINITY;
        for (int i = 0; i < shells.size(); i++) {
            Envelope e = envelopes.get(i);
            if (!e.covers(holeEnvelope) || e.getArea() >= bestArea) {
                continue;
            }
            if (inside(hole, shells.get(i))) {
                best = i;
                bestArea = e.getArea();
            }
        }
        return best;
    }

    /** A hole may touch its shell at a vertex, so decide on the first vertex not on the boundary. */
    private static boolean inside(Coordinate[] hole, Coordinate[] shell) {
        for (Coordinate c : hole) {
            int location = PointLocation.locateInRing(c, shell);
            if (location != Location.BOUNDARY) {
                return location == Location.INTERIOR;
            }
        }
        return true;
    }

    private static Envelope envelope(Coordinate[] ring) {
        Envelope e = new Envelope();
        for (Coordinate c : ring) {
            e.expandToInclude(c);
        }
        return e;
    }

    private static List<Envelope> append(List<Envelope> list, Envelope e) {
        List<Envelope> copy = new ArrayList<>(list);
        copy.add(e);
        return copy;
    }
}
