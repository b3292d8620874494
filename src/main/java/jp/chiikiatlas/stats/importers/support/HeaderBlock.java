package jp.chiikiatlas.stats.importers.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import jp.chiikiatlas.stats.DataFormatException;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The header rows above a table's data, read into one label path per column, so columns are
 * found by what their headers say, not by position. Merged header cells (人口 over 男/女/計) are
 * spread over the columns they cover; unit labels (人, 世帯, ％) and year labels (令和7年, 2025年)
 * are dropped, so the leaf is the column's own name.
 */
public final class HeaderBlock {
    private final String file;
    private final Grid sheet;
    private final int firstDataRow;
    private final List<List<String>> paths;

    private HeaderBlock(String file, Grid sheet, int firstDataRow, List<List<String>> paths) {
        this.file = file;
        this.sheet = sheet;
        this.firstDataRow = firstDataRow;
        this.paths = paths;
    }

    /** Reads the labels of rows {@code 0 .. firstDataRow-1}. */
    public static HeaderBlock read(String file, Grid sheet, int firstDataRow) {
        int width = 0;
        for (int r = 0; r < firstDataRow; r++) {
            width = Math.max(width, sheet.width(r));
        }
        String[][] grid = new String[firstDataRow][width];
        for (int r = 0; r < firstDataRow; r++) {
            for (int c = 0; c < width; c++) {
                grid[r][c] = CellText.label(sheet.text(r, c));
            }
        }
        for (CellRangeAddress merged : sheet.mergedRegions()) {
            int top = merged.getFirstRow();
            int left = merged.getFirstColumn();
            if (top >= firstDataRow || left >= width) {
                continue;
            }
            String text = grid[top][left];
            for (int r = top; r <= Math.min(merged.getLastRow(), firstDataRow - 1); r++) {
                for (int c = left; c <= Math.min(merged.getLastColumn(), width - 1); c++) {
                    if (grid[r][c].isEmpty()) {
                        grid[r][c] = text;
                    }
                }
            }
        }
        List<List<String>> paths = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> path = new ArrayList<>();
            for (int r = 0; r < firstDataRow; r++) {
                String label = grid[r][c];
                if (!label.isEmpty() && !isUnitOrYear(label) && (path.isEmpty() || !path.get(path.size() - 1).equals(label))) {
                    path.add(label);
                }
            }
            paths.add(path);
        }
        return new HeaderBlock(file, sheet, firstDataRow, paths);
    }

    static boolean isUnitOrYear(String label) {
        return label.matches("人|世帯|%|\\(単位:.*\\)|単位:.*|(明治|大正|昭和|平成|令和)(\\d+|元)年|\\d{4}年");
    }

    public int width() {
        return paths.size();
    }

    /** The labels over a column, top to bottom (units and years dropped). */
    public List<String> path(int column) {
        return column < paths.size() ? paths.get(column) : List.of();
    }

    /** The last label over a column: the column's own name. */
    public String leaf(int column) {
        List<String> path = path(column);
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    /** The one column whose path satisfies {@code test}; a clear error when none or several do. */
    public int require(String what, Predicate<List<String>> test) throws DataFormatException {
        int found = find(what, test);
        if (found < 0) {
            throw new DataFormatException(String.format(
                    "%s, sheet '%s', header rows 1–%d: no column headed %s. Expected the layout of the published "
                            + "table; headers found: %s", file, sheet.sheetName(), firstDataRow, what, describe()));
        }
        return found;
    }

    /** The one column whose path satisfies {@code test}, or -1; an error when several do. */
    public int find(String what, Predicate<List<String>> test) throws DataFormatException {
        int found = -1;
        for (int c = 0; c < paths.size(); c++) {
            if (test.test(paths.get(c))) {
                if (found >= 0) {
                    throw new DataFormatException(String.format(
                            "%s, sheet '%s': two columns headed %s (%s and %s); cannot tell which to use.",
                            file, sheet.sheetName(), what, CellText.columnName(found), CellText.columnName(c)));
                }
                found = c;
            }
        }
        return found;
    }

    /** Header paths for messages: {@code D=人口/男, E=人口/女, …}. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < paths.size(); c++) {
            if (paths.get(c).isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(CellText.columnName(c)).append('=').append(String.join("/", paths.get(c)));
        }
        return out.length() == 0 ? "(none)" : out.toString();
    }

    /** Predicate: the leaf label is {@code leaf} and the path contains every one of {@code parents}. */
    public static Predicate<List<String>> leaf(String leaf, String... parents) {
        String l = CellText.label(leaf);
        return path -> !path.isEmpty() && path.get(path.size() - 1).equals(l)
                && java.util.Arrays.stream(parents).map(CellText::label).allMatch(path::contains);
    }

    /** Predicate: some label in the path is {@code label}. */
    public static Predicate<List<String>> contains(String label) {
        String l = CellText.label(label);
        return path -> path.contains(l);
    }
}
