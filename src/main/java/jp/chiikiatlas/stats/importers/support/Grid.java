package jp.chiikiatlas.stats.importers.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ValueStatus;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One worksheet as plain values: each cell a {@code String}, a {@code Double} or null, plus the
 * merged ranges. Importers read this rather than POI's object model so that .xlsx files can be
 * streamed (see {@link Grids}) — the DOM of a 1 MB .xlsx costs seconds.
 */
public final class Grid {
    private final String sheetName;
    private final List<Object[]> rows = new ArrayList<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();

    public Grid(String sheetName) {
        this.sheetName = sheetName;
    }

    public String sheetName() {
        return sheetName;
    }

    void set(int row, int column, Object value) {
        while (rows.size() <= row) {
            rows.add(null);
        }
        Object[] cells = rows.get(row);
        if (cells == null || cells.length <= column) {
            Object[] grown = new Object[Math.max(column + 1, cells == null ? 8 : cells.length * 2)];
            if (cells != null) {
                System.arraycopy(cells, 0, grown, 0, cells.length);
            }
            cells = grown;
            rows.set(row, cells);
        }
        cells[column] = value;
    }

    void merge(CellRangeAddress range) {
        merged.add(range);
    }

    public List<CellRangeAddress> mergedRegions() {
        return merged;
    }

    /** Index of the last row (−1 when empty). */
    public int lastRow() {
        return rows.size() - 1;
    }

    /** Number of cell slots in a row (0 for an empty row). */
    public int width(int row) {
        Object[] cells = row < rows.size() ? rows.get(row) : null;
        if (cells == null) {
            return 0;
        }
        int w = cells.length;
        while (w > 0 && cells[w - 1] == null) {
            w--;
        }
        return w;
    }

    public boolean isEmptyRow(int row) {
        return width(row) == 0;
    }

    /** The cell's value: a String, a Double, or null for an empty cell. */
    public Object value(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0) {
            return null;
        }
        Object[] cells = rows.get(row);
        return cells == null || column >= cells.length ? null : cells[column];
    }

    /** The cell as text: strings as they are, whole numbers without decimals, "" for empty. */
    public String text(int row, int column) {
        Object v = value(row, column);
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        return v.toString();
    }

    /**
     * A count read from one cell: a number, or a marker from the file's legend, or a clear error
     * naming file, sheet, row, column and {@code header}. Numbers stored as text ("12,345") are read
     * as {@link CellText#label labels} without thousands separators; anything else is rejected.
     */
    public CellValue number(String file, int row, int column, String header, MarkerLegend legend)
            throws DataFormatException {
        Object value = value(row, column);
        if (value instanceof Double d) {
            return CellValue.of(d);
        }
        String text = value == null ? "" : value.toString();
        Optional<ValueStatus> marker = legend.statusOf(text);
        if (marker.isPresent() && !text.isBlank()) {
            return CellValue.marker(marker.get());
        }
        // Some exports store numbers as text ("12,345"); read those, reject anything else.
        String digits = CellText.label(text).replace(",", "");
        if (digits.matches("[-+]?\\d+(\\.\\d+)?")) {
            return CellValue.of(Double.parseDouble(digits));
        }
        throw new DataFormatException(String.format(
                "%s, sheet '%s', row %d, column %s (%s): expected a number or one of the markers %s, found %s.",
                file, sheetName, row + 1, CellText.columnName(column), header, legend.describe(),
                text.isBlank() ? "an empty cell" : "\"" + text + "\""));
    }
}
