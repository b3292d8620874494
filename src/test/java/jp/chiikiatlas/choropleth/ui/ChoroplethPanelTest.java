package jp.chiikiatlas.choropleth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.choropleth.source.ChoroplethIndicator;
import jp.chiikiatlas.geo.LevelOfDetail;
import jp.chiikiatlas.map.DisplayLevel;
import jp.chiikiatlas.map.MapData;
import jp.chiikiatlas.map.MapRenderer;
import jp.chiikiatlas.map.ui.MapView;
import jp.chiikiatlas.map.ui.MapViewModel;
import jp.chiikiatlas.testing.ImportedStatistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panel beside the real map (headless Monocle): the controls recolour the map and update the legend. */
@ExtendWith(ApplicationExtension.class)
class ChoroplethPanelTest {
    private static MapData data;
    private MapView view;
    private ChoroplethViewModel choropleth;

    @BeforeAll
    static void loadBoundaries() throws Exception {
        try (AtlasCache cache = AtlasCache.open(ImportedStatistics.cacheFile())) {
            data = MapData.load(cache).loadAllLevels();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        MapViewModel map = new MapViewModel(data, 800, 620);
        view = new MapView(map, new MapRenderer(data), e -> {
            throw new AssertionError("render failed", e);
        });
        choropleth = new ChoroplethViewModel(ImportedStatistics.cacheFile(), Platform::runLater);
        MapConnection.connect(choropleth, map);
        choropleth.load();
        BorderPane root = new BorderPane(view);
        root.setLeft(new ChoroplethPanel(choropleth));
        stage.setScene(new Scene(root, 1260, 760));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void close() {
        choropleth.close();
    }

    private void settle(long renderedBefore) throws Exception {
        choropleth.idle().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.renderCount() > renderedBefore);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200); // a render just started may still be on its way to the canvas
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The colour on screen inside 千代田区 (below its name label), read from a snapshot of the map canvas. */
    private Color chiyodaPixel(FxRobot robot) {
        Node canvas = robot.lookup("#map-canvas").query();
        Point2D.Double p = view.viewModel().scene().layout().canvasPointOfProjected(
                data.features(LevelOfDetail.FULL, DisplayLevel.MUNICIPALITY, false).feature("13101").labelAnchor());
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null));
        return shot[0].getPixelReader().getColor((int) Math.round(p.x), (int) Math.round(p.y) + 40);
    }

    /**
     * Waits until 千代田区's pixel shows the classified map's colour for 13101 (renders run off the
     * FX thread and may lag a step behind), then returns it.
     */
    private Color awaitChiyodaInMapColour(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> awt(chiyodaPixel(robot))
                .equals(choropleth.mapProperty().get().colorFor("13101")));
        return chiyodaPixel(robot);
    }

    private static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
    }

    @Test
    void pickingAnotherIndicatorAndYearRecoloursTheMapAndUpdatesTheLegend(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> choropleth.mapProperty().get() != null);
        // framed on 千代田区, so its interior is hundreds of pixels wide
        robot.interact(() -> view.viewModel().choose(view.viewModel().region("13101").orElseThrow()));
        settle(0);
        assertThat(view.viewModel().displayLevel()).isEqualTo(DisplayLevel.MUNICIPALITY);
        assertThat(robot.lookup("#period-label").queryAs(Label.class).getText()).startsWith("2025年");
        assertThat(choropleth.legendTitleProperty().get()).isEqualTo("人口密度（2025）");
        assertThat(choropleth.mapProperty().get().classOf("13101")).as("千代田区 in the top density class").contains(4);
        Color density = awaitChiyodaInMapColour(robot);

        // the indicator, picked in the tree
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#indicator-picker").queryAs(TreeView.class);
        long rendered = view.renderCount();
        robot.interact(() -> tree.getRoot().getChildren().stream().flatMap(t -> t.getChildren().stream())
                .filter(i -> i.getValue() instanceof ChoroplethIndicator c && c.id().equals("social_change"))
                .findFirst().ifPresent(i -> {
                    i.getParent().setExpanded(true);
                    tree.getSelectionModel().select((TreeItem<Object>) i);
                }));
        settle(rendered);
        assertThat(choropleth.legendTitleProperty().get()).startsWith("社会増減数（2024）");
        Color social = awaitChiyodaInMapColour(robot);
        assertThat(social).isNotEqualTo(density);

        // the year, on the slider
        Slider slider = robot.lookup("#period-slider").queryAs(Slider.class);
        rendered = view.renderCount();
        robot.interact(() -> slider.setValue(0));
        settle(rendered);
        assertThat(choropleth.legendTitleProperty().get()).startsWith("社会増減数（2023）");
        assertThat(robot.lookup("#period-label").queryAs(Label.class).getText()).startsWith("2023年");
        awaitChiyodaInMapColour(robot);
    }

    @Test
    void hoverShowsValueUnitRankAndSource(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> choropleth.mapProperty().get() != null);
        robot.interact(() -> view.viewModel().choose(view.viewModel().region("13101").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D.Double p = view.viewModel().scene().layout().canvasPointOfProjected(
                data.features(LevelOfDetail.FULL, DisplayLevel.MUNICIPALITY, false).feature("13101").labelAnchor());
        robot.interact(() -> view.viewModel().hover(p.x, p.y));
        assertThat(view.viewModel().hoverTextProperty().get())
                .contains("千代田区").contains("人口密度（2025）").contains("人/km²").contains("位").contains("出典：総務省");
    }
}
