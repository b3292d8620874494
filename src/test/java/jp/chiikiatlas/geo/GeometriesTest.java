package jp.chiikiatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class GeometriesTest {
    private static Geometry box(double x0, double y0, double x1, double y1) {
        return Geometries.FACTORY.toGeometry(new Envelope(x0, x1, y0, y1));
    }

    @Test
    void neighboursSharingABorderDissolveIntoOneValidPolygon() {
        Geometry union = Geometries.coverageUnion(List.of(box(0, 0, 1, 1), box(1, 0, 2, 1)));
        assertThat(union.isValid()).isTrue();
        assertThat(union.getArea()).isEqualTo(2.0);
        assertThat(union.getNumGeometries()).isEqualTo(1);
    }

    @Test
    void overlappingPartsAreNotACoverageAndFallBackToTheOverlayUnion() {
        Geometry union = Geometries.coverageUnion(List.of(box(0, 0, 2, 1), box(1, 0, 3, 1)));
        assertThat(union.isValid()).isTrue();
        assertThat(union.getArea()).isEqualTo(3.0); // the overlap counted once
    }
}
