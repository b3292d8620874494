package jp.chiikiatlas.stats.importers.juki;

import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.importers.support.CellText;
import jp.chiikiatlas.stats.importers.support.Grid;
import jp.chiikiatlas.stats.importers.support.HeaderBlock;

/**
 * Where the data of a 住基 table starts: the header rows are everything above the first row that is
 * 合計 or has a six-digit code; the 団体コード, 都道府県名 and 市区町村名 columns must be among the headers.
 */
record JukiTable(String title, HeaderBlock headers, int codeColumn, int prefectureColumn, int nameColumn,
                 int firstDataRow) {
    private static final int MAX_HEADER_ROWS = 20;

    static JukiTable locate(String file, Grid sheet) throws DataFormatException {
        int codeRow = -1;
        int codeColumn = -1;
        for (int r = 0; r <= Math.min(MAX_HEADER_ROWS, sheet.lastRow()) && codeRow < 0; r++) {
            for (int c = 0; c < sheet.width(r); c++) {
                if (CellText.label(sheet.text(r, c)).equals("団体コード")) {
                    codeRow = r;
                    codeColumn = c;
                    break;
                }
            }
        }
        if (codeRow < 0) {
            throw new DataFormatException(String.format("%s, sheet '%s', rows 1–%d: unknown layout — no header cell "
                    + "団体コード. Expected a 住民基本台帳 municipal table as published by 総務省.", file,
                    sheet.sheetName(), MAX_HEADER_ROWS + 1));
        }
        int first = -1;
        for (int r = codeRow + 1; r <= Math.min(codeRow + MAX_HEADER_ROWS, sheet.lastRow()); r++) {
            String code = CellText.label(sheet.text(r, codeColumn));
            if (code.matches("\\d{6}") || saysTotal(sheet, r, codeColumn)) {
                first = r;
                break;
            }
        }
        if (first < 0) {
            throw new DataFormatException(String.format("%s, sheet '%s', column %s: unknown layout — no 合計 row or "
                    + "six-digit code below the header row %d.", file, sheet.sheetName(),
                    CellText.columnName(codeColumn), codeRow + 1));
        }
        String title = sheet.text(0, 0).strip();
        if (title.isEmpty() && codeRow > 0) {
            title = sheet.text(0, codeColumn).strip();
        }
        HeaderBlock headers = HeaderBlock.read(file, sheet, first);
        int prefectureColumn = headers.require("都道府県名", HeaderBlock.contains("都道府県名"));
        int nameColumn = headers.require("市区町村名", HeaderBlock.contains("市区町村名"));
        return new JukiTable(title, headers, codeColumn, prefectureColumn, nameColumn, first);
    }

    /** What data row {@code row} is, from its code, prefecture and name cells. */
    JukiRow classify(Grid sheet, int row) {
        return JukiRow.classify(sheet.text(row, codeColumn), sheet.text(row, prefectureColumn),
                sheet.text(row, nameColumn));
    }

    /** The 合計 (Japan) row: 合計 in one of the cells next to the code. */
    private static boolean saysTotal(Grid sheet, int row, int codeColumn) {
        for (int c = codeColumn; c <= codeColumn + 3; c++) {
            if (CellText.label(sheet.text(row, c)).equals("合計")) {
                return true;
            }
        }
        return false;
    }
}
