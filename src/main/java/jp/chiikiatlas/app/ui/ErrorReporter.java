package jp.chiikiatlas.app.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * The one way errors reach the user: a dialog with the message written for them, never a stack
 * trace. Our exceptions carry user-facing messages; anything else is a bug, named so it can be filed.
 */
public final class ErrorReporter {
    private ErrorReporter() {
    }

    public static void show(Window owner, String title, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Chiiki Atlas");
        alert.setHeaderText(title);
        Label content = new Label(userMessage(error));
        content.setWrapText(true);
        content.setMaxWidth(560);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setStyle("-fx-font-size: 15px;");
        alert.show();
    }

    /** The message to show: our own exceptions' text; for anything else its type, to report it. */
    public static String userMessage(Throwable error) {
        Throwable e = error;
        while ((e instanceof RuntimeException && e.getCause() != null && !e.getClass().getName().startsWith("jp.chiikiatlas."))
                || e instanceof java.util.concurrent.ExecutionException && e.getCause() != null) {
            e = e.getCause();
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (e.getClass().getName().startsWith("jp.chiikiatlas.") || e instanceof java.sql.SQLException
                || e instanceof java.io.IOException) {
            return message;
        }
        return message + "\n\n(unexpected error — please report: " + e.getClass().getSimpleName() + ")";
    }
}
