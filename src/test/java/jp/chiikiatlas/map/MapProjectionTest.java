package jp.chiikiatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

/** Lambert conformal conic (GRS80, 33°/44°, 136°E, origin 38°N). */
class MapProjectionTest {
    private final LambertConformalConic lcc = LambertConformalConic.JAPAN;

    @Test
    void originMapsToZero() {
        Point2D.Double p = lcc.project(136, 38);
        assertThat(p.x).isCloseTo(0, within(1e-6));
        assertThat(p.y).isCloseTo(0, within(1e-6));
    }

    @Test
    void scaleIsTrueOnBothStandardParallelsAndSmallerBetween() {
        assertThat(lcc.scaleFactor(33)).isCloseTo(1, within(1e-12));
        assertThat(lcc.scaleFactor(44)).isCloseTo(1, within(1e-12));
        assertThat(lcc.scaleFactor(38.5)).isBetween(0.99, 1.0);
        assertThat(lcc.scaleFactor(24)).isGreaterThan(1.0).isLessThan(1.03); // 与那国島: within 3 %
    }

    @Test
    void coneConstantLiesBetweenTheSinesOfTheParallels() {
        assertThat(lcc.coneConstant()).isBetween(Math.sin(Math.toRadians(33)), Math.sin(Math.toRadians(44)));
    }

    @Test
    void northIsUpOnTheCentralMeridianAndEastIsRight() {
        Point2D.Double tokyo = lcc.project(139.767, 35.681);
        Point2D.Double sapporo = lcc.project(141.354, 43.062);
        assertThat(tokyo.x).isPositive();
        assertThat(sapporo.y).isGreaterThan(tokyo.y);
        assertThat(lcc.project(136, 45).x).isCloseTo(0, within(1e-6));
    }

    @Test
    void distanceAlongTheStandardParallelMatchesTheEllipsoid() {
        // on a standard parallel the scale is 1, so a short east-west step measures the parallel's arc
        double phi = Math.toRadians(33);
        double e2 = LambertConformalConic.GRS80_F * (2 - LambertConformalConic.GRS80_F);
        double radiusOfParallel = LambertConformalConic.GRS80_A * Math.cos(phi) / Math.sqrt(1 - e2 * Math.sin(phi) * Math.sin(phi));
        double arc = radiusOfParallel * Math.toRadians(0.001);
        Point2D.Double a = lcc.project(135.9995, 33);
        Point2D.Double b = lcc.project(136.0005, 33);
        assertThat(a.distance(b)).isCloseTo(arc, within(arc * 1e-6));
    }

    @Test
    void tokyoToOsakaDistanceIsAboutRight() {
        // 東京駅–大阪駅: 403 km on the ellipsoid; conformal conic scale here is within 0.5 %
        double d = lcc.project(139.7671, 35.6812).distance(lcc.project(135.4959, 34.7025));
        assertThat(d).isCloseTo(403_000, within(3_000.0));
    }

    @Test
    void inverseReturnsTheOriginalPointAcrossJapan() {
        double[][] points = {{122.93, 24.45}, {127.68, 26.21}, {139.77, 35.68}, {141.35, 43.06}, {148.75, 45.5}, {153.98, 24.28}};
        for (double[] lonLat : points) {
            Point2D.Double p = lcc.project(lonLat[0], lonLat[1]);
            Point2D.Double back = lcc.unproject(p.x, p.y);
            assertThat(back.x).as("longitude of %s", (Object) lonLat).isCloseTo(lonLat[0], within(1e-9));
            assertThat(back.y).as("latitude of %s", (Object) lonLat).isCloseTo(lonLat[1], within(1e-9));
        }
    }
}
