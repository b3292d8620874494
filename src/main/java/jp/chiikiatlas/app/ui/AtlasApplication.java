package jp.chiikiatlas.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.BoundaryStore;
import jp.chiikiatlas.cache.Progress;
import jp.chiikiatlas.geo.BoundaryImporter;
import jp.chiikiatlas.map.MapData;
import jp.chiikiatlas.map.MapRenderer;
import jp.chiikiatlas.map.ui.MapView;
import jp.chiikiatlas.map.ui.MapViewModel;

/**
 * The JavaFX application: opens the cache, imports the boundaries on first start (the shared N03
 * file when present, else one the user picks) with a progress dialog and cancel, then shows the map.
 * All I/O runs in {@link Task}s; errors go to {@link ErrorReporter}.
 */
public final class AtlasApplication extends Application {
    /** The national boundaries imported on first start, relative to the project root. */
    static final Path DEFAULT_BOUNDARIES = Path.of("../shared/data/boundaries/n03-2021-01-01/N03-21_210101.topojson");

    private final Path cacheFile = AtlasCache.DEFAULT_PATH;
    private Stage stage;
    private final StackPane root = new StackPane();

    public static void launchWindow(String[] args) {
        Application.launch(AtlasApplication.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Label loading = new Label("地図を読み込んでいます…");
        loading.setStyle("-fx-font-size: 18px;");
        root.getChildren().setAll(loading);
        root.setStyle("-fx-background-color: #c9ddeb; -fx-font-size: 16px;");
        stage.setTitle("Chiiki Atlas — 地域経済アトラス");
        // as large as a projector needs, never larger than the screen
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, screen.getWidth(), screen.getHeight()));
        // map, indicator panel and region panel side by side need the whole screen (projectors: 1920×1080)
        stage.setMaximized(true);
        stage.setFullScreenExitHint("F11 で全画面を終了");
        stage.show();
        load(null);
    }

    /** Loads the map, importing {@code boundaryFile} first (or the default file when the cache has none). */
    private void load(Path boundaryFile) {
        StartupTask task = new StartupTask(cacheFile, boundaryFile, DEFAULT_BOUNDARIES);
        Stage progress = ProgressDialog.of(stage, "境界データを取り込んでいます", task);
        task.setOnRunning(e -> {
            if (task.importing) {
                progress.show();
            }
        });
        task.messageProperty().addListener((o, a, b) -> {
            if (task.importing && !progress.isShowing()) {
                progress.show();
            }
        });
        task.setOnSucceeded(e -> {
            progress.close();
            showMap(task.getValue());
        });
        task.setOnCancelled(e -> {
            progress.close();
            chooseBoundaryFile("取り込みを取り消しました。境界データのファイルを選んでください。");
        });
        task.setOnFailed(e -> {
            progress.close();
            if (task.getException() instanceof NeedsBoundaryFile) {
                chooseBoundaryFile("境界データ（国土数値情報 行政区域 N03）のファイルを選んでください。");
            } else if (task.getException() instanceof CancellationException) {
                chooseBoundaryFile("取り込みを取り消しました。境界データのファイルを選んでください。");
            } else {
                ErrorReporter.show(stage, "地図を読み込めませんでした", task.getException());
                if (boundaryFile != null) {
                    chooseBoundaryFile("別のファイルを選んでください。");
                }
            }
        });
        Thread thread = new Thread(task, "startup");
        thread.setDaemon(true);
        thread.start();
    }

    private void chooseBoundaryFile(String why) {
        ((Label) root.getChildren().get(0)).setText(why);
        FileChooser chooser = new FileChooser();
        chooser.setTitle(why);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                "境界データ (.shp, .zip, .geojson, .topojson)", "*.shp", "*.zip", "*.geojson", "*.json", "*.topojson"));
        var file = chooser.showOpenDialog(stage);
        if (file == null) {
            Platform.exit();
            return;
        }
        load(file.toPath());
    }

    private void showMap(MapData data) {
        double w = Math.max(root.getWidth(), 800);
        double h = Math.max(root.getHeight(), 600);
        MapViewModel viewModel = new MapViewModel(data, (int) w, (int) h - 50);
        MapView view = new MapView(viewModel, new MapRenderer(data),
                e -> ErrorReporter.show(stage, "地図を描けませんでした", e));
        root.getChildren().setAll(workspace(view, viewModel, data));
        // demos and screenshots: -Datlas.select=01100 opens with 札幌市 selected
        java.util.Optional.ofNullable(System.getProperty("atlas.select")).flatMap(viewModel::region).ifPresent(viewModel::choose);
    }

    /**
     * The main window's layout: the map in the centre; the indicator (choropleth) panel on the left
     * and the analysis of the selected region on the right plug in here.
     */
    private BorderPane workspace(MapView view, MapViewModel viewModel, MapData data) {
        BorderPane workspace = new BorderPane(view);
        jp.chiikiatlas.population.ui.PopulationPanel analysis = jp.chiikiatlas.population.ui.PopulationPanel
                .following(cacheFile, viewModel.selectedProperty(), data.regions());
        javafx.scene.Node indicators = ChoroplethStart.panel(stage, cacheFile, viewModel, () -> analysis.model().reload());
        workspace.setLeft(indicators);
        workspace.setRight(analysis);
        // a projected map wants the whole width: each side panel can be put away and brought back
        view.addToolbarItems(panelToggle("指標", "左の指標パネルを表示・隠す", () -> workspace.setLeft(
                workspace.getLeft() == null ? indicators : null)),
                panelToggle("地域分析", "右の地域分析パネルを表示・隠す", () -> workspace.setRight(
                        workspace.getRight() == null ? analysis : null)));
        return workspace;
    }

    private static javafx.scene.control.ToggleButton panelToggle(String label, String tip, Runnable toggle) {
        javafx.scene.control.ToggleButton button = new javafx.scene.control.ToggleButton(label);
        button.setSelected(true);
        button.setTooltip(new javafx.scene.control.Tooltip(tip));
        button.setOnAction(e -> toggle.run());
        return button;
    }


    /** The cache has no boundaries and the default file is not there: the user must pick one. */
    static final class NeedsBoundaryFile extends Exception {
        NeedsBoundaryFile() {
            super("no boundary file");
        }
    }

    /** Opens the cache, imports when needed, reads the map; runs off the FX thread. */
    static final class StartupTask extends Task<MapData> {
        private final Path cacheFile;
        private final Path boundaryFile;
        private final Path defaultBoundaries;
        /** Set before any import starts, read on the FX thread to show the progress dialog. */
        volatile boolean importing;

        /**
         * @param boundaryFile      a file the user chose, imported first; null to use the cache as it is
         * @param defaultBoundaries imported when the cache has no boundaries and no file was chosen
         */
        StartupTask(Path cacheFile, Path boundaryFile, Path defaultBoundaries) {
            this.cacheFile = cacheFile;
            this.boundaryFile = boundaryFile;
            this.defaultBoundaries = defaultBoundaries;
        }

        @Override
        protected MapData call() throws Exception {
            try (AtlasCache cache = AtlasCache.open(cacheFile)) {
                Path toImport = boundaryFile;
                if (toImport == null && new BoundaryStore(cache).boundarySet().isEmpty()) {
                    if (!Files.isRegularFile(defaultBoundaries)) {
                        throw new NeedsBoundaryFile();
                    }
                    toImport = defaultBoundaries;
                }
                if (toImport != null) {
                    importing = true;
                    updateMessage("読み込み中: " + toImport.getFileName());
                    new BoundaryImporter(cache).importFile(toImport, null, new Progress() {
                        @Override
                        public void update(double fraction, String message) {
                            updateProgress(fraction, 1);
                            updateMessage(message);
                        }

                        @Override
                        public boolean cancelled() {
                            return isCancelled();
                        }
                    });
                    importing = false;
                }
                updateMessage("地図を準備しています…");
                return MapData.load(cache).loadAllLevels();
            }
        }
    }
}
