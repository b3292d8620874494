package jp.chiikiatlas.map.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Cold-start measurement hook: with {@code -Datlas.exitAfterFirstMap=true} the application prints
 * the time since JVM start and exits once the first map image is on screen (one pulse after it is
 * set). {@code src/bench/cold-start.sh} compares that with a bare JavaFX window.
 */
final class FirstMapSignal {
    private static final boolean ENABLED = Boolean.getBoolean("atlas.exitAfterFirstMap");

    private FirstMapSignal() {
    }

    static void firstMapShown() {
        if (!ENABLED) {
            return;
        }
        PauseTransition onePulse = new PauseTransition(Duration.millis(1));
        onePulse.setOnFinished(e -> {
            long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.println("first map drawn after " + uptime + " ms");
            Platform.exit();
        });
        onePulse.play();
    }
}
