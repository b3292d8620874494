package jp.chiikiatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

/** {@link HitTester} on the hand-made map: the region under a pixel, on the geometry displayed. */
class MapHitTestingTest {
    private final MapData data = HandMadeMap.data();
    private final HitTester hits = new HitTester(data);
    private final MapLayout layout = MapLayout.of(HandMadeMap.viewport(800, 600));

    private Point2D.Double at(double lon, double lat) {
        return layout.canvasPointOf(lon, lat);
    }

    @Test
    void findsTheMunicipalityUnderThePointer() {
        MapScene scene = MapScene.of(layout, DisplayLevel.MUNICIPALITY);
        Point2D.Double chiyoda = at(139.25, 35.5);
        Point2D.Double chuo = at(139.75, 35.5);
        assertThat(hits.regionAt(scene, chiyoda.x, chiyoda.y)).isEqualTo("13101");
        assertThat(hits.regionAt(scene, chuo.x, chuo.y)).isEqualTo("13102");
    }

    @Test
    void findsThePrefectureAtPrefectureLevel() {
        MapScene scene = MapScene.of(layout, DisplayLevel.PREFECTURE);
        Point2D.Double p = at(139.25, 35.5);
        assertThat(hits.regionAt(scene, p.x, p.y)).isEqualTo("13000");
    }

    @Test
    void designatedCityWholeOrByWard() {
        MapScene whole = MapScene.of(layout, DisplayLevel.MUNICIPALITY);
        Point2D.Double p = at(141.25, 43);
        assertThat(hits.regionAt(whole, p.x, p.y)).isEqualTo("01100");
        assertThat(hits.regionAt(whole.withWards(true), p.x, p.y)).isEqualTo("01101");
    }

    @Test
    void seaHasNoRegion() {
        MapScene scene = MapScene.of(layout, DisplayLevel.MUNICIPALITY);
        Point2D.Double sea = at(140.5, 38);
        assertThat(hits.regionAt(scene, sea.x, sea.y)).isNull();
    }

    @Test
    void aHitTestTakesWellUnderATenthOfAMillisecond() {
        MapScene scene = MapScene.of(layout, DisplayLevel.MUNICIPALITY);
        Point2D.Double p = at(139.25, 35.5);
        hits.regionAt(scene, p.x, p.y); // builds the locator
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            hits.regionAt(scene, p.x + (i % 7), p.y);
        }
        assertThat((System.nanoTime() - start) / 10_000.0).isLessThan(100_000);
    }
}
