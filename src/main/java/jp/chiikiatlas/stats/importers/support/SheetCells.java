package jp.chiikiatlas.stats.importers.support;

import jp.chiikiatlas.stats.DataFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads cells of one sheet by 0-based row and column, as text (what Excel shows) or as numbers
 * checked against the file's marker legend. Messages use Excel's 1-based rows and column letters.
 */
public final class SheetCells {
    private final String fileName;
    private final Sheet sheet;
    private final DataFormatter formatter = new DataFormatter();

    SheetCells(String fileName, Sheet sheet) {
        this.fileName = fileName;
        this.sheet = sheet;
    }

    public String name() {
        return sheet.getSheetName();
    }

    public int lastRow() {
        return sheet.getLastRowNum();
    }

    public int lastColumn(int row) {
        Row r = sheet.getRow(row);
        return r == null ? -1 : r.getLastCellNum() - 1;
    }

    /** "file.xlsx, sheet '実数', row 7, column D". */
    public String where(int row, int column) {
        return fileName + ", sheet '" + sheet.getSheetName() + "', row " + (row + 1) + ", column "
                + CellReference.convertNumToColString(column);
    }

    /** The text Excel shows, stripped, newlines and full-width blanks removed; "" for a missing cell. */
    public String text(int row, int column) {
        Cell c = cell(row, column);
        if (c == null) {
            return "";
        }
        String s = c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING
                ? c.getStringCellValue() : formatter.formatCellValue(c);
        return s.replace("\n", "").replace("\r", "").replace('\u3000', ' ').strip();
    }

    public boolean isBlank(int row, int column) {
        return text(row, column).isEmpty();
    }

    /**
     * The number in a cell: numeric cells as stored (not as formatted, so no rounding), text cells
     * parsed ("1,234"), markers per {@code legend}. Anything else is an error naming the cell.
     */
    public CellValue number(int row, int column, MarkerLegend legend, String expected) throws DataFormatException {
        Cell c = cell(row, column);
        if (c != null) {
            CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            if (type == CellType.NUMERIC) {
                return CellValue.of(c.getNumericCellValue());
            }
        }
        String t = text(row, column);
        var parsed = Numbers.parse(t);
        if (parsed.isPresent()) {
            return CellValue.of(parsed.get());
        }
        var status = legend.statusOf(t);
        if (status.isPresent()) {
            return CellValue.marker(status.get());
        }
        throw new DataFormatException(where(row, column) + ": expected " + expected + " (a number"
                + (legend.asMap().isEmpty() ? "" : " or one of the markers " + legend.asMap().keySet())
                + "), found '" + t + "'");
    }

    private Cell cell(int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }
}
