package jp.chiikiatlas.geo.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.referencing.crs.SingleCRS;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * Brings shapefile coordinates to longitude/latitude degrees using the .prj (parsed by Apache SIS).
 *
 * <p>N03 is published in JGD2011 geographic coordinates; other sources (prefectural open data) may
 * use a plane rectangular or UTM projection, which we undo onto the projection's own geographic CRS.
 */
final class PrjLonLat {
    /** Transform to apply, or null when the coordinates already are longitude/latitude degrees. */
    private final MathTransform toLonLat;

    private PrjLonLat(MathTransform toLonLat) {
        this.toLonLat = toLonLat;
    }

    /**
     * @param prj   the .prj bytes, or null when there is none (then JGD2011 lon/lat is assumed)
     * @param notes receives a note on what was assumed or converted
     */
    static PrjLonLat fromPrj(byte[] prj, String prjName, List<String> notes) throws BoundaryFormatException {
        if (prj == null) {
            notes.add(prjName + " is missing: assuming JGD2011 longitude/latitude degrees (EPSG:6668), as in N03");
            return new PrjLonLat(null);
        }
        String wkt = new String(prj, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        try {
            CoordinateReferenceSystem crs = CRS.fromWKT(wkt);
            SingleCRS horizontal = CRS.getHorizontalComponent(crs);
            GeographicCRS base;
            if (horizontal instanceof ProjectedCRS projected) {
                base = projected.getBaseCRS();
            } else if (horizontal instanceof GeographicCRS geographic) {
                base = geographic;
            } else {
                throw new BoundaryFormatException(prjName + " describes '" + crs.getName().getCode()
                        + "', which is neither geographic nor projected: export the file in JGD2011 (EPSG:6668)");
            }
            // Same datum and ellipsoid, but (longitude, latitude) axis order in degrees
            AbstractCRS lonLat = AbstractCRS.castOrCopy(base).forConvention(AxesConvention.NORMALIZED);
            MathTransform transform = CRS.findOperation(horizontal, lonLat, null).getMathTransform();
            if (transform.isIdentity()) {
                notes.add(prjName + ": geographic CRS '" + crs.getName().getCode() + "', longitude/latitude kept as is");
                return new PrjLonLat(null);
            }
            notes.add(prjName + ": coordinates in '" + crs.getName().getCode() + "' converted to longitude/latitude on '"
                    + base.getName().getCode() + "'");
            return new PrjLonLat(transform);
        } catch (FactoryException | RuntimeException e) {
            throw new BoundaryFormatException(prjName + " cannot be understood as a coordinate system ("
                    + e.getMessage() + "): replace it with the .prj from the download, or delete it if the"
                    + " coordinates are JGD2011 longitude/latitude", e);
        }
    }

    boolean isIdentity() {
        return toLonLat == null;
    }

    /** Transforms {@code geometry} in place. */
    void apply(Geometry geometry, String featureName) throws BoundaryFormatException {
        if (toLonLat == null) {
            return;
        }
        TransformFilter filter = new TransformFilter(toLonLat);
        geometry.apply(filter);
        if (filter.failure != null) {
            throw new BoundaryFormatException(featureName + ": a point cannot be converted to longitude/latitude ("
                    + filter.failure.getMessage() + "): check that the .prj matches the coordinates", filter.failure);
        }
        geometry.geometryChanged();
    }

    private static final class TransformFilter implements CoordinateSequenceFilter {
        private final MathTransform transform;
        private final double[] point = new double[2];
        TransformException failure;

        TransformFilter(MathTransform transform) {
            this.transform = transform;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            point[0] = seq.getX(i);
            point[1] = seq.getY(i);
            try {
                transform.transform(point, 0, point, 0, 1);
            } catch (TransformException e) {
                failure = e;
                return;
            }
            seq.setOrdinate(i, 0, point[0]);
            seq.setOrdinate(i, 1, point[1]);
        }

        @Override
        public boolean isDone() {
            return failure != null;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
