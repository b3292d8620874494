package jp.chiikiatlas.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.geo.LevelOfDetail;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.map.DisplayLevel;
import jp.chiikiatlas.map.MapData;
import jp.chiikiatlas.map.MapRenderer;
import jp.chiikiatlas.map.NationalView;
import jp.chiikiatlas.testing.ImportedBoundaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Real clicks on the map screen over the national boundaries (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class MapViewTest {
    private static MapData data;
    private MapView view;

    @BeforeAll
    static void loadBoundaries() throws Exception {
        try (AtlasCache cache = AtlasCache.open(ImportedBoundaries.cacheFile())) {
            data = MapData.load(cache).loadAllLevels();
        }
    }

    @Start
    void start(Stage stage) {
        MapViewModel vm = new MapViewModel(data, 1000, 620);
        view = new MapView(vm, new MapRenderer(data), e -> {
            throw new AssertionError("render failed", e);
        });
        stage.setScene(new Scene(view, 1000, 680)) ; // within the headless screen (1280×800)
        stage.setX(0);
        stage.setY(0);
        stage.toFront();
        stage.show();
    }

    private MapViewModel vm() {
        return view.viewModel();
    }

    /** Screen position of a projected point on the map canvas. */
    private javafx.geometry.Point2D onScreen(FxRobot robot, Point2D.Double projected) {
        Node canvas = robot.lookup("#map-canvas").query();
        Point2D.Double p = vm().scene().layout().canvasPointOfProjected(projected);
        return canvas.localToScreen(p.x, p.y);
    }

    private static Point2D.Double interior(String code, DisplayLevel level) {
        return data.features(LevelOfDetail.FULL, level, false).feature(code).labelAnchor();
    }

    private void waitForRender() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.renderCount() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void hoveringChiyodaShowsItsNameAndAClickSelectsIt(FxRobot robot) throws Exception {
        waitForRender();
        robot.interact(() -> vm().drillInto(vm().region("13000").orElseThrow()));
        Point2D.Double chiyoda = interior("13101", DisplayLevel.MUNICIPALITY);

        robot.moveTo(onScreen(robot, chiyoda));
        WaitForAsyncUtils.waitForFxEvents();
        Label hover = robot.lookup("#hover-label").queryAs(Label.class);
        assertThat(hover.isVisible()).isTrue();
        assertThat(hover.getText()).contains("千代田区").contains("13101").contains("東京都");

        robot.clickOn(onScreen(robot, chiyoda));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().selected().code()).isEqualTo("13101");
        assertThat(robot.lookup("#breadcrumb .crumb").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText).containsExactly("日本", "東京都", "千代田区");
        waitForRender();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "13101".equals(vm().scene().selectedCode()));
    }

    @Test
    void searchingSapporoAndChoosingItFramesIt(FxRobot robot) throws Exception {
        waitForRender();
        robot.clickOn("#search").write("札幌");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell")
                .queryAllAs(ListCell.class).stream().anyMatch(c -> c.getText() != null && c.getText().startsWith("札幌市（01100")));
        @SuppressWarnings("unchecked")
        ListCell<Region> sapporo = robot.lookup(".auto-complete-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("札幌市（01100")).findFirst().orElseThrow();
        robot.clickOn(sapporo);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm().selected().code()).isEqualTo("01100");
        var bounds = data.bounds("01100").orElseThrow();
        assertThat(vm().viewport().visibleWorld().contains(bounds)).as("札幌市 is framed").isTrue();
        double shownHeight = bounds.getHeight() * vm().viewport().pixelsPerMetre();
        assertThat(shownHeight).as("札幌市 fills the view").isGreaterThan(400);
        assertThat(vm().breadcrumb()).extracting(Region::name).containsExactly("北海道", "札幌市");
    }

    @Test
    void doubleClickOnHokkaidoDrillsInAndTheBreadcrumbReturnsToJapan(FxRobot robot) throws Exception {
        waitForRender();
        robot.doubleClickOn(onScreen(robot, interior("01000", DisplayLevel.PREFECTURE)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().focusProperty().get().code()).isEqualTo("01000");
        assertThat(vm().displayLevel()).isEqualTo(DisplayLevel.MUNICIPALITY);
        assertThat(vm().viewport().visibleWorld().contains(data.bounds("01000").orElseThrow())).isTrue();

        Hyperlink japan = robot.lookup("#breadcrumb .crumb").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h instanceof Hyperlink && "日本".equals(h.getText())).findFirst().orElseThrow();
        robot.clickOn(japan);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().focusProperty().get()).isNull();
        assertThat(vm().viewport()).isEqualTo(NationalView.viewport(vm().viewport().width(), vm().viewport().height()));
        assertThat(vm().displayLevel()).isEqualTo(DisplayLevel.PREFECTURE);
    }

    @Test
    void draggingMovesTheMapWithThePointerAndTheWheelZoomsAroundIt(FxRobot robot) throws Exception {
        waitForRender();
        Node canvas = robot.lookup("#map-canvas").query();
        javafx.geometry.Point2D from = canvas.localToScreen(600, 400);
        var start = vm().viewport();
        robot.drag(from).moveTo(from.add(-100, 50)).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        var panned = vm().viewport();
        assertThat((start.centerX() - panned.centerX()) * start.pixelsPerMetre()).isCloseTo(-100, org.assertj.core.data.Offset.offset(2.0));
        assertThat((panned.centerY() - start.centerY()) * start.pixelsPerMetre()).isCloseTo(50, org.assertj.core.data.Offset.offset(2.0));
        assertThat(vm().selected()).as("a drag is not a click").isNull();

        robot.moveTo(from).scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().viewport().pixelsPerMetre()).isNotEqualTo(panned.pixelsPerMetre());
        // the image follows at once and a render comes after the gesture settles
        long renders = view.renderCount();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.renderCount() > renders);
    }

    @Test
    void keysPanAndZoom(FxRobot robot) throws Exception {
        waitForRender();
        robot.clickOn("#map-canvas", javafx.scene.input.MouseButton.SECONDARY);
        var start = vm().viewport();
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        robot.type(javafx.scene.input.KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().viewport().centerX()).isGreaterThan(start.centerX());
        assertThat(vm().viewport().pixelsPerMetre()).isGreaterThan(start.pixelsPerMetre());
        robot.clickOn("#fit-japan");
        assertThat(vm().viewport()).isEqualTo(NationalView.viewport(start.width(), start.height()));
    }
}
