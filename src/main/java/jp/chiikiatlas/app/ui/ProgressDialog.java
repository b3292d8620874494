package jp.chiikiatlas.app.ui;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** The one progress dialog of long imports: title, the task's message and progress, and cancel. */
final class ProgressDialog {
    private ProgressDialog() {
    }

    /** A window-modal dialog over {@code owner}; closing it or pressing キャンセル cancels the task. */
    static Stage of(Stage owner, String title, Task<?> task) {
        Label heading = new Label(title);
        heading.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
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
        VBox box = new VBox(14, heading, message, bar, cancel);
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
