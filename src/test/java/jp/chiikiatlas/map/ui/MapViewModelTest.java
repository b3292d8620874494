package jp.chiikiatlas.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.map.DisplayLevel;
import jp.chiikiatlas.map.HandMadeMapAccess;
import jp.chiikiatlas.map.MapData;
import jp.chiikiatlas.map.MapViewport;
import jp.chiikiatlas.map.NationalView;
import org.junit.jupiter.api.Test;

/** The map screen's behaviour without any control: plain JUnit on the hand-made map. */
class MapViewModelTest {
    private final MapData data = HandMadeMapAccess.data();
    private final MapViewModel vm = new MapViewModel(data, 1200, 800);

    private Point2D.Double at(double lon, double lat) {
        return vm.scene().layout().canvasPointOf(lon, lat);
    }

    private Region region(String code) {
        return data.region(code).orElseThrow();
    }

    @Test
    void startsOnTheNationalViewWithPrefectures() {
        assertThat(vm.viewport()).isEqualTo(NationalView.viewport(1200, 800));
        assertThat(vm.displayLevel()).isEqualTo(DisplayLevel.PREFECTURE);
        assertThat(vm.breadcrumb()).isEmpty();
        assertThat(vm.scene().layout().inset()).isNotNull();
    }

    @Test
    void hoverShowsNameCodeAndPrefecture() {
        vm.drillInto(region("13000"));
        Point2D.Double p = at(139.25, 35.5);
        vm.hover(p.x, p.y);
        assertThat(vm.hoverTextProperty().get()).isEqualTo("千代田区（13101・東京都）");
        vm.hoverExited();
        assertThat(vm.hoverTextProperty().get()).isEmpty();
    }

    @Test
    void clickSelectsAndTheBreadcrumbFollows() {
        vm.drillInto(region("13000"));
        Point2D.Double p = at(139.75, 35.5);
        vm.click(p.x, p.y);
        assertThat(vm.selected().code()).isEqualTo("13102");
        assertThat(vm.breadcrumb()).extracting(Region::name).containsExactly("東京都", "中央区");
        assertThat(vm.scene().selectedCode()).isEqualTo("13102");
        Point2D.Double sea = at(140.5, 38);
        vm.click(sea.x, sea.y);
        assertThat(vm.selected()).isNull();
    }

    @Test
    void doubleClickOnAPrefectureDrillsInAndJapanGoesBack() {
        Point2D.Double hokkaido = at(142.5, 43);
        vm.doubleClick(hokkaido.x, hokkaido.y);
        assertThat(vm.focusProperty().get().code()).isEqualTo("01000");
        assertThat(vm.displayLevel()).isEqualTo(DisplayLevel.MUNICIPALITY);
        assertThat(vm.breadcrumb()).extracting(Region::name).containsExactly("北海道");
        assertThat(vm.viewport().visibleWorld().contains(data.bounds("01000").orElseThrow())).isTrue();
        vm.navigateTo(null);
        assertThat(vm.focusProperty().get()).isNull();
        assertThat(vm.viewport()).isEqualTo(NationalView.viewport(1200, 800));
    }

    @Test
    void searchByNameOrCode() {
        assertThat(vm.suggestions("札幌")).extracting(Region::code).startsWith("01100").contains("01101", "01102");
        assertThat(vm.suggestions("千代田")).extracting(Region::code).containsExactly("13101");
        assertThat(vm.suggestions("13101")).extracting(Region::code).containsExactly("13101");
        assertThat(vm.suggestions("131016")).extracting(Region::code).containsExactly("13101");
        assertThat(vm.suggestions("東京")).extracting(Region::code).startsWith("13000");
        assertThat(vm.suggestions("  ")).isEmpty();
    }

    @Test
    void choosingASearchResultSelectsAndFramesIt() {
        vm.choose(region("01100"));
        assertThat(vm.selected().code()).isEqualTo("01100");
        assertThat(vm.breadcrumb()).extracting(Region::name).containsExactly("北海道", "札幌市");
        MapViewport v = vm.viewport();
        var bounds = data.bounds("01100").orElseThrow();
        assertThat(v.visibleWorld().contains(bounds)).isTrue();
        assertThat(bounds.getHeight() * v.pixelsPerMetre()).as("札幌市 fills the height").isGreaterThan(600);
    }

    @Test
    void choosingAWardShowsWards() {
        vm.choose(region("01101"));
        assertThat(vm.wardsShownProperty().get()).isTrue();
        assertThat(vm.breadcrumb()).extracting(Region::name).containsExactly("北海道", "札幌市", "札幌市中央区");
    }

    @Test
    void wheelZoomKeepsThePointUnderTheCursorAndSwitchesToMunicipalities() {
        Point2D.Double tokyo = at(139.5, 35.5);
        for (int i = 0; i < 4; i++) {
            vm.zoomAt(1.5, tokyo.x, tokyo.y);
        }
        Point2D.Double after = at(139.5, 35.5);
        // the screen origin snaps to whole pixels: the first view's half pixel grows with the zoom, no more
        assertThat(after.distance(tokyo)).isLessThan(0.5 * Math.pow(1.5, 4) + 0.5);
        assertThat(vm.displayLevel()).isEqualTo(DisplayLevel.MUNICIPALITY);
        assertThat(vm.scene().layout().inset()).as("no inset once zoomed in").isNull();
    }

    @Test
    void arrowKeysAndButtonsPanAndZoom() {
        MapViewport start = vm.viewport();
        vm.panStep(1, 0);
        assertThat(vm.viewport().centerX()).isGreaterThan(start.centerX());
        vm.zoomIn();
        assertThat(vm.viewport().pixelsPerMetre()).isGreaterThan(start.pixelsPerMetre());
        vm.zoomOut();
        vm.fitJapan();
        assertThat(vm.viewport()).isEqualTo(start);
    }

    @Test
    void resizingTheNationalViewRefitsIt() {
        vm.resize(1600, 1000);
        assertThat(vm.viewport()).isEqualTo(NationalView.viewport(1600, 1000));
        vm.zoomIn();
        MapViewport zoomed = vm.viewport();
        vm.resize(1000, 700);
        assertThat(vm.viewport().pixelsPerMetre()).isEqualTo(zoomed.pixelsPerMetre());
    }
}
