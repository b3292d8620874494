package jp.chiikiatlas.stats;

import java.nio.file.Path;

/**
 * Reads one official file layout into a {@link StatisticsSink}. Named by {@link #id()} in
 * {@code data/manifest.json}. Declares its dataset (with the file's SHA-256) and indicators first.
 */
public interface StatisticsImporter {
    /** Id used in the manifest, e.g. {@code juki-dynamics}. */
    String id();

    ImportReport importFile(Path file, StatisticsSink sink) throws DataFormatException;
}
