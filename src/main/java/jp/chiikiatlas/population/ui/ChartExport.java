package jp.chiikiatlas.population.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import jp.chiikiatlas.population.chart.ChartFiles;
import jp.chiikiatlas.population.chart.RenderScale;

/**
 * Writes the chart on screen for slides: PNG or SVG by the file's ending, the credit line drawn in
 * as on screen (it is part of the chart), and its numbers as CSV. Plain Java: the save dialog only
 * asks for the path.
 */
final class ChartExport {
    /** PNG at twice the panel's size: sharp when a slide is projected full screen. */
    static final RenderScale PNG_SCALE = new RenderScale(2);

    enum Format {
        PNG("png"), SVG("svg"), CSV("csv");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private ChartExport() {
    }

    /** The format a name asks for; a name without .png/.svg is taken as PNG. */
    static Format imageFormat(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? Format.SVG : Format.PNG;
    }

    /** Adds the ending when the dialog returned a bare name (GTK dialogs do not add it). */
    static Path withExtension(Path file, Format format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension) ? file
                : file.resolveSibling(name + "." + format.extension);
    }

    static void writeImage(ChartRequest.Output chart, Path file) throws IOException {
        if (imageFormat(file) == Format.SVG) {
            ChartFiles.writeSvg(chart.painter(), chart.width(), chart.height(), file);
        } else {
            ChartFiles.writePng(chart.painter(), chart.width(), chart.height(), PNG_SCALE, file);
        }
    }

    /** Exactly what 「CSVとしてコピー」 copies and the {@code chart} command writes. */
    static void writeCsv(ChartRequest.Output chart, Path file) throws IOException {
        Files.writeString(file, chart.table().toCsv(), StandardCharsets.UTF_8);
    }
}
