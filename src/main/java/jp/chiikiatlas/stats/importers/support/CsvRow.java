package jp.chiikiatlas.stats.importers.support;

import java.util.List;

/**
 * One CSV record.
 *
 * @param line  1-based line of the file where the record starts (for messages)
 * @param cells the fields, quotes removed
 */
public record CsvRow(int line, List<String> cells) {

    /** The field at {@code index}, stripped; empty when the record is shorter. */
    public String get(int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    public int size() {
        return cells.size();
    }

    /** True when every field is empty (e.g. {@code ,,,}). */
    public boolean isBlank() {
        return cells.stream().allMatch(c -> c.isBlank());
    }
}
