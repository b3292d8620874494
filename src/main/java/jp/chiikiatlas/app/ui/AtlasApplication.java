package jp.chiikiatlas.app.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: the main window. */
public final class AtlasApplication extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(AtlasApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Chiiki Atlas"));
        stage.setTitle("Chiiki Atlas — 地域経済アトラス");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }
}
