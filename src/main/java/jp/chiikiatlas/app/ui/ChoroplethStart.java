package jp.chiikiatlas.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import jp.chiikiatlas.choropleth.ui.ChoroplethPanel;
import jp.chiikiatlas.choropleth.ui.ChoroplethViewModel;
import jp.chiikiatlas.choropleth.ui.MapConnection;
import jp.chiikiatlas.map.ui.MapViewModel;

/**
 * The choropleth panel for the main window, and the first-start import of the statistics: when
 * the cache has boundaries but no statistics, they are built from {@code ../shared/data} if it is
 * there, else from a folder the user picks, with a progress dialog and cancel; then the panel fills.
 */
final class ChoroplethStart {
    /** The data folder imported on first start, relative to the project root. */
    static final Path DEFAULT_DATA = Path.of("../shared/data");

    private ChoroplethStart() {
    }

    /** @param statisticsImported run after a first-start statistics import, so other panels reload too */
    static Node panel(Stage stage, Path cacheFile, MapViewModel map, Runnable statisticsImported) {
        ChoroplethViewModel vm = new ChoroplethViewModel(cacheFile, Platform::runLater);
        MapConnection.connect(vm, map);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> vm.close()); // other panels may listen too
        vm.statisticsMissingProperty().addListener((o, a, missing) -> {
            if (missing) {
                Platform.runLater(() -> importStatistics(stage, cacheFile, vm,
                        Files.isDirectory(DEFAULT_DATA) ? DEFAULT_DATA : null, statisticsImported));
            }
        });
        vm.load();
        return new ChoroplethPanel(vm);
    }

    /** Imports {@code dataDir} (or a folder the user picks when null) and reloads the panel. */
    static void importStatistics(Stage stage, Path cacheFile, ChoroplethViewModel vm, Path dataDir,
                                 Runnable statisticsImported) {
        Path dir = dataDir;
        if (dir == null) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("統計データのフォルダ（../shared/data と同じ構成）を選んでください");
            var picked = chooser.showDialog(stage);
            if (picked == null) {
                return; // the panel keeps saying "no data loaded"
            }
            dir = picked.toPath();
        }
        StatisticsImportTask task = new StatisticsImportTask(cacheFile, dir);
        Stage dialog = ProgressDialog.of(stage, "統計データを取り込んでいます", task);
        task.setOnSucceeded(e -> {
            dialog.close();
            vm.load();
            statisticsImported.run();
        });
        task.setOnCancelled(e -> {
            dialog.close();
            vm.load(); // files already imported stay; the panel shows what there is
            statisticsImported.run();
        });
        task.setOnFailed(e -> {
            dialog.close();
            ErrorReporter.show(stage, "統計データを取り込めませんでした", task.getException());
            vm.load();
            statisticsImported.run();
        });
        Thread thread = new Thread(task, "statistics-import");
        thread.setDaemon(true);
        thread.start();
        dialog.show();
    }

}
