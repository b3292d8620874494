package jp.chiikiatlas.app;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;

/** Cold-start baseline: a bare JavaFX window with one label, exiting one pulse after it is shown. */
public class BareWindow extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("bare"), 1600, 1000));
        stage.show();
        PauseTransition onePulse = new PauseTransition(Duration.millis(1));
        onePulse.setOnFinished(e -> {
            long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.println("bare window shown after " + uptime + " ms");
            Platform.exit();
        });
        onePulse.play();
    }

    /** Launched from a class that is not an Application, as the real app is (classpath launch). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
