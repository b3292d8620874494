package jp.chiikiatlas.population.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/**
 * Asks where to save; the thin shell around {@link FileChooser}, which cannot open headless, so
 * tests replace it and the writing itself stays in the view model.
 */
@FunctionalInterface
interface SaveDialog {
    /** The chosen file with its ending; empty when cancelled. */
    Optional<Path> ask(Node owner, String suggestedName, ChartExport.Format... formats);

    static SaveDialog fileChooser() {
        return (owner, suggestedName, formats) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(formats[0] == ChartExport.Format.CSV ? "CSVとして保存" : "画像を保存");
            chooser.setInitialFileName(suggestedName);
            for (ChartExport.Format f : formats) {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        f.name() + " (*." + f.extension + ")", "*." + f.extension));
            }
            File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
            if (file == null) {
                return Optional.empty();
            }
            // the dialog may return a bare name: add the ending of the filter the user picked
            String name = file.getName().toLowerCase(java.util.Locale.ROOT);
            if (java.util.Arrays.stream(formats).anyMatch(f -> name.endsWith("." + f.extension))) {
                return Optional.of(file.toPath());
            }
            FileChooser.ExtensionFilter picked = chooser.getSelectedExtensionFilter();
            ChartExport.Format format = java.util.Arrays.stream(formats)
                    .filter(f -> picked != null && picked.getExtensions().contains("*." + f.extension))
                    .findFirst().orElse(formats[0]);
            return Optional.of(ChartExport.withExtension(file.toPath(), format));
        };
    }
}
