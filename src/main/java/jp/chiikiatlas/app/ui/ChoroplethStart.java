package jp.chiikiatlas.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
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
        Stage dialog = progressDialog(stage, task);
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

    private static Stage progressDialog(Stage owner, StatisticsImportTask task) {
        Label title = new Label("統計データを取り込んでいます");
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        Label message = new Label();
        message.setWrapText(true);
        message.setPrefWidth(520);
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(520);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button("キャンセル");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        VBox box = new VBox(14, title, message, bar, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(24));
        box.setStyle("-fx-font-size: 16px;");
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Chiiki Atlas");
        dialog.setScene(new Scene(box));
        dialog.setOnCloseRequest(e -> task.cancel());
        return dialog;
    }
}
