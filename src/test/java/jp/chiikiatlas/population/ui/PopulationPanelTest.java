package jp.chiikiatlas.population.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.map.MapData;
import jp.chiikiatlas.map.MapRenderer;
import jp.chiikiatlas.map.ui.MapView;
import jp.chiikiatlas.map.ui.MapViewModel;
import jp.chiikiatlas.testing.ImportedPopulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panel beside the real map over the real 住基 tables (headless Monocle; skipped without ../shared/data). */
@ExtendWith(ApplicationExtension.class)
class PopulationPanelTest {
    private static Path cacheFile;
    private static MapData data;
    private MapViewModel map;
    private PopulationPanel panel;

    @BeforeAll
    static void load() throws Exception {
        cacheFile = ImportedPopulation.cacheFile();
        try (AtlasCache cache = AtlasCache.open(cacheFile)) {
            data = MapData.load(cache).loadAllLevels();
        }
    }

    @Start
    void start(Stage stage) {
        map = new MapViewModel(data, 780, 700);
        MapView view = new MapView(map, new MapRenderer(data), e -> {
            throw new AssertionError("render failed", e);
        });
        panel = PopulationPanel.following(cacheFile, map.selectedProperty(), data.regions());
        BorderPane workspace = new BorderPane(view);
        workspace.setRight(panel);
        stage.setScene(new Scene(workspace, 1270, 780)); // within the headless screen (1280×800)
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> columns(FxRobot robot) {
        TableView<?> table = robot.lookup("#population-data").queryAs(TableView.class);
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }

    private static boolean showsValue(FxRobot robot, String text) {
        return robot.lookup(".key-figure-value").queryAllAs(Label.class).stream().anyMatch(l -> text.equals(l.getText()));
    }

    @Test
    void selectingSapporoShowsItsFiguresAndPyramidAndComparisonAddsHokkaidoAndJapan(FxRobot robot) throws Exception {
        // Japan until a region is selected
        waitUntil(() -> "日本".equals(robot.lookup("#population-title").queryAs(Label.class).getText())
                && !panel.model().figures().isEmpty());

        robot.interact(() -> map.choose(map.region("01100").orElseThrow()));
        waitUntil(() -> showsValue(robot, "1,955,678人") && !panel.model().busyProperty().get());
        assertThat(robot.lookup("#population-title").queryAs(Label.class).getText()).isEqualTo("札幌市");

        robot.clickOn("人口ピラミッド");
        waitUntil(() -> columns(robot).equals(List.of("age", "male", "female")) && !panel.model().busyProperty().get());
        assertThat(robot.lookup("#population-chart").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#population-chart").queryAs(ImageView.class).isVisible()).isTrue();

        robot.clickOn("人口の推移");
        waitUntil(() -> columns(robot).equals(List.of("period", "value")));
        robot.clickOn("#trend-compare");
        assertThat(robot.lookup("#trend-compare").queryAs(CheckBox.class).isSelected()).isTrue();
        waitUntil(() -> columns(robot).equals(List.of("period", "value", "01000", "00000")));
        robot.interact(() -> panel.setVvalue(panel.getVmax())); // the buttons sit below the chart
        robot.clickOn("#show-data");
        assertThat(robot.lookup("#population-data").queryAs(TableView.class).isVisible()).isTrue();
        assertThat(robot.lookup("#population-data").queryAs(TableView.class).getItems()).hasSize(11);

        robot.clickOn("#copy-csv");
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).startsWith("period,value,01000,00000\n2015,1936016,").contains("\n2025,1955678,");

        // 画像を保存: the dialog (stubbed here: no FileChooser headless) names the file, the model writes it
        Path dir = java.nio.file.Files.createTempDirectory("population-save");
        String[] suggested = new String[1];
        panel.setSaveDialog((owner, name, formats) -> {
            suggested[0] = name;
            return java.util.Optional.of(dir.resolve(formats[0] == ChartExport.Format.CSV ? "trend.csv" : "trend.png"));
        });
        robot.clickOn("#save-image");
        waitUntil(() -> robot.lookup("#population-saved").queryAs(Label.class).getText().equals("保存しました: trend.png"));
        assertThat(suggested[0]).isEqualTo("01100-人口の推移.png");
        assertThat(javax.imageio.ImageIO.read(dir.resolve("trend.png").toFile()).getWidth())
                .isEqualTo(2 * (int) robot.lookup("#population-chart").queryAs(ImageView.class).getFitWidth());
        robot.clickOn("#save-csv");
        waitUntil(() -> java.nio.file.Files.exists(dir.resolve("trend.csv")));
        waitUntil(() -> java.nio.file.Files.readString(dir.resolve("trend.csv")).equals(copied[0]));
    }

    @Test
    void regionsFoundInThePanelsSearchJoinTheComparisonAndOneCanBeTakenOut(FxRobot robot) throws Exception {
        robot.interact(() -> map.choose(map.region("01100").orElseThrow()));
        waitUntil(() -> showsValue(robot, "1,955,678人") && !panel.model().busyProperty().get());
        robot.interact(() -> panel.setVvalue(panel.getVmax())); // the comparison row is the last one

        // by code, Enter pins the best match
        robot.clickOn("#compare-search").write("01209").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> columns(robot).equals(List.of("region", "period", "value")) && !panel.model().busyProperty().get());
        assertThat(panel.model().pinned()).containsExactly("01209");
        assertThat(robot.lookup("#unpin-01209").queryButton().getText()).isEqualTo("夕張市 ✕");
        assertThat(robot.lookup("#compare-search").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();

        // by name, choosing the suggestion
        robot.clickOn("#compare-search").write("横浜");
        waitUntil(() -> suggestion(robot, "横浜市（14100").isPresent());
        robot.clickOn(suggestion(robot, "横浜市（14100").orElseThrow());
        waitUntil(() -> panel.model().pinned().equals(List.of("01209", "14100")) && !panel.model().busyProperty().get());
        assertThat(regionsInTable(robot)).containsExactly("01100", "01209", "14100");

        // one out, the other stays
        robot.interact(() -> panel.setVvalue(panel.getVmax())); // three small multiples made the chart taller
        robot.clickOn("#unpin-01209");
        waitUntil(() -> panel.model().pinned().equals(List.of("14100")) && !panel.model().busyProperty().get()
                && regionsInTable(robot).equals(List.of("01100", "14100")));
        assertThat(robot.lookup("#unpin-01209").tryQuery()).isEmpty();
    }

    private static java.util.Optional<javafx.scene.control.ListCell<?>> suggestion(FxRobot robot, String start) {
        return robot.lookup(".auto-complete-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith(start))
                .<javafx.scene.control.ListCell<?>>map(c -> c).findFirst();
    }

    /** The distinct regions of the data view, in table order. */
    private static List<String> regionsInTable(FxRobot robot) {
        TableView<?> table = robot.lookup("#population-data").queryAs(TableView.class);
        return table.getItems().stream().map(r -> ((List<?>) r).get(0).toString()).distinct().toList();
    }
}
