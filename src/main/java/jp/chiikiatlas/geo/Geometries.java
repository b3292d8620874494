package jp.chiikiatlas.geo;

import java.util.Collection;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Geometry helpers shared by the importers. */
public final class Geometries {
    public static final GeometryFactory FACTORY = new GeometryFactory();

    private Geometries() {
    }

    /** What a feature without usable geometry gets, so that it is kept (and reported) rather than dropped. */
    public static MultiPolygon empty() {
        return FACTORY.createMultiPolygon();
    }

    /** Union of arbitrary polygons (overlay; robust, slower). */
    public static Geometry union(Collection<Geometry> geometries) {
        return UnaryUnionOp.union(geometries, FACTORY);
    }

    /**
     * Union of polygons that form a coverage (neighbours share borders exactly, as N03's do).
     * Coverage union is much faster; where the input is not a clean coverage its result is
     * invalid, and the overlay union is used instead.
     */
    public static Geometry coverageUnion(Collection<Geometry> parts) {
        Geometry result = CoverageUnion.union(parts.toArray(Geometry[]::new));
        // Overlapping parts come out of the coverage union as overlapping polygons (same total
        // area, so an area check cannot tell): only a validity check catches them.
        if (result != null && result.isValid()) {
            return result;
        }
        Geometry overlay = union(parts);
        return overlay.isValid() ? overlay : GeometryFixer.fix(overlay);
    }
}
