package jp.chiikiatlas.choropleth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class GeodesicAreaTest {
    private static final GeometryFactory GF = new GeometryFactory();

    /*
     * 1°×1° cell centred on 35°N (34.5–35.5°N): on GRS80 the exact area is
     * a²/2·Δλ·(q(35.5°) − q(34.5°)) = 10,127.43 km², checked independently by integrating
     * M·N·cos φ dφ dλ numerically (100,000 steps) to the same 10,127.432 km².
     * (A sphere of R = 6,371 km gives 10,128.1.)
     */
    @Test
    void oneDegreeCellAt35NorthIsAbout10127SquareKilometres() {
        assertThat(GeodesicArea.squareKilometres(box(139, 34.5, 140, 35.5))).isCloseTo(10_127.43, within(0.05));
    }

    @Test
    void cellBetween35And36NorthIsSmaller() {
        assertThat(GeodesicArea.squareKilometres(box(139, 35, 140, 36))).isCloseTo(10_066.28, within(0.05));
    }

    @Test
    void holesAreSubtracted() {
        LinearRing shell = ring(139, 34.5, 140, 35.5);
        LinearRing hole = ring(139.25, 34.75, 139.75, 35.25);
        Polygon withHole = GF.createPolygon(shell, new LinearRing[] {hole});
        double expected = GeodesicArea.squareKilometres(box(139, 34.5, 140, 35.5))
                - GeodesicArea.squareKilometres(box(139.25, 34.75, 139.75, 35.25));
        assertThat(GeodesicArea.squareKilometres(withHole)).isCloseTo(expected, within(1e-6));
        assertThat(expected).isCloseTo(10_127.43 * 0.75, within(5.0));
    }

    @Test
    void orientationDoesNotMatter() {
        Polygon cw = (Polygon) box(139, 34.5, 140, 35.5).reverse();
        assertThat(GeodesicArea.squareKilometres(cw)).isCloseTo(10_127.43, within(0.05));
    }

    @Test
    void inputGeometryIsLeftUntouched() {
        Polygon p = box(139, 34.5, 140, 35.5);
        GeodesicArea.squareKilometres(p);
        assertThat(p.getEnvelopeInternal().getMinX()).isEqualTo(139.0);
    }

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(ring(x0, y0, x1, y1));
    }

    private static LinearRing ring(double x0, double y0, double x1, double y1) {
        return GF.createLinearRing(new Coordinate[] {
            new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
            new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }
}
