package jp.chiikiatlas.stats.importers.support;

import java.text.Normalizer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/** Reading cells as text, the way the tables print them, and normalising labels for matching. */
public final class CellText {
    private static final DataFormatter FORMATTER = new DataFormatter();

    private CellText() {
    }

    /** The displayed text of a cell ("" for none). Phonetic (furigana) runs are not part of it. */
    public static String of(Row row, int column) {
        if (row == null || column < 0) {
            return "";
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return FORMATTER.formatCellValue(cell);
    }

    /**
     * A label for matching: NFKC (full-width parentheses, digits, spaces become ASCII), without any
     * white space, and without the footnote asterisks some tables append (北海道*).
     */
    public static String label(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '*' && c != '＊') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Excel-style column letter (0 → A) for messages. */
    public static String columnName(int column) {
        return CellReference.convertNumToColString(column);
    }
}
