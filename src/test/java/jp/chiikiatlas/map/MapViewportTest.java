package jp.chiikiatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class MapViewportTest {
    private final MapViewport viewport = new MapViewport(1_000, 2_000, 0.01, 800, 600);

    @Test
    void centreIsInTheMiddleAndNorthIsUp() {
        Point2D.Double c = viewport.toScreen(1_000, 2_000);
        assertThat(c.x).isEqualTo(400);
        assertThat(c.y).isEqualTo(300);
        assertThat(viewport.toScreen(1_000, 3_000).y).isEqualTo(290); // 1 km north = 10 px up
    }

    @Test
    void screenAndWorldAreInverse() {
        Point2D.Double w = viewport.toWorld(123, 456);
        Point2D.Double s = viewport.toScreen(w.x, w.y);
        assertThat(s.x).isCloseTo(123, within(1e-9));
        assertThat(s.y).isCloseTo(456, within(1e-9));
        Point2D.Double viaTransform = (Point2D.Double) viewport.worldToScreen().transform(w, new Point2D.Double());
        assertThat(viaTransform.x).isCloseTo(123, within(1e-9));
        assertThat(viaTransform.y).isCloseTo(456, within(1e-9));
    }

    @Test
    void panMovesTheContentWithThePointer() {
        Point2D.Double before = viewport.toScreen(5_000, 0);
        MapViewport panned = viewport.panByPixels(30, -20);
        Point2D.Double after = panned.toScreen(5_000, 0);
        assertThat(after.x - before.x).isCloseTo(30, within(1.0));
        assertThat(after.y - before.y).isCloseTo(-20, within(1.0));
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        Point2D.Double anchor = viewport.toWorld(100, 500);
        MapViewport zoomed = viewport.zoomAround(2, 100, 500);
        assertThat(zoomed.pixelsPerMetre()).isEqualTo(0.02);
        Point2D.Double s = zoomed.toScreen(anchor.x, anchor.y);
        assertThat(s.x).isCloseTo(100, within(0.5)); // the origin snaps to whole pixels
        assertThat(s.y).isCloseTo(500, within(0.5));
    }

    @Test
    void zoomIsClamped() {
        assertThat(viewport.zoomAround(1e9, 0, 0).pixelsPerMetre()).isEqualTo(MapViewport.MAX_PIXELS_PER_METRE);
        assertThat(viewport.zoomAround(1e-9, 0, 0).pixelsPerMetre()).isEqualTo(MapViewport.MIN_PIXELS_PER_METRE);
    }

    @Test
    void fitShowsTheWholeBoundsCentredWithTheMargin() {
        Envelope bounds = new Envelope(0, 100_000, 0, 50_000);
        MapViewport fit = MapViewport.fit(bounds, 800, 600, 20);
        assertThat(fit.pixelsPerMetre()).isCloseTo(760.0 / 100_000, within(1e-12)); // width limits
        assertThat(fit.visibleWorld().contains(bounds)).isTrue();
        assertThat(fit.toScreen(0, 25_000).x).isCloseTo(20, within(0.5));
        assertThat(fit.toScreen(50_000, 25_000).y).isCloseTo(300, within(0.5));
    }

    @Test
    void rejectsAnEmptyCanvas() {
        assertThatThrownBy(() -> new MapViewport(0, 0, 1, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nationalViewShowsMainIslandsAndPutsTheNanseiIslandsInAnInset() {
        MapLayout layout = NationalView.layout(1600, 1000);
        Point2D.Double sapporo = layout.canvasPointOf(141.35, 43.06);
        Point2D.Double kagoshima = layout.canvasPointOf(130.55, 31.6);
        Point2D.Double naha = layout.canvasPointOf(127.68, 26.21);
        for (Point2D.Double p : new Point2D.Double[] {sapporo, kagoshima, naha}) {
            assertThat(p.x).isBetween(0.0, 1600.0);
            assertThat(p.y).isBetween(0.0, 1000.0);
        }
        assertThat(layout.inset().frame().contains(naha)).isTrue();
        assertThat(layout.inset().frame().contains(sapporo)).isFalse();
        assertThat(layout.inset().frame().contains(kagoshima)).isFalse();
        assertThat(NationalView.layoutFor(layout.main().zoomAround(2, 800, 500)).inset()).isNull();
    }
}
