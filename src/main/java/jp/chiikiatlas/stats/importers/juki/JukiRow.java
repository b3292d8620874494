package jp.chiikiatlas.stats.importers.juki;

import java.util.Optional;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.importers.support.CellText;

/**
 * What one row of a 住民基本台帳 table is, from its code and name cells: Japan (合計, code
 * {@code -}), a prefecture ({@code 010006}), a municipality or ward, a county / island subtotal
 * with a valid-looking code that is not a region (023001 東津軽郡, 133604 島しょ), a footnote, or
 * a row to reject.
 */
record JukiRow(Kind kind, String code5, String name, String problem) {

    enum Kind { JAPAN, PREFECTURE, MUNICIPALITY, AGGREGATE, FOOTNOTE, BLANK, REJECT }

    static JukiRow classify(String codeCell, String prefectureCell, String nameCell) {
        String code = CellText.label(codeCell);
        String prefecture = CellText.label(prefectureCell);
        String name = cleanName(nameCell);
        if (code.isEmpty() && prefecture.isEmpty() && name.isEmpty()) {
            return new JukiRow(Kind.BLANK, null, "", null);
        }
        if ((code.isEmpty() || code.equals("-")) && prefecture.equals("合計")) {
            return new JukiRow(Kind.JAPAN, RegionCode.JAPAN, "全国", null);
        }
        if (code.startsWith("注") || code.startsWith("※") || code.startsWith("(注") || code.length() > 12) {
            return new JukiRow(Kind.FOOTNOTE, null, codeCell, null);
        }
        Optional<String> code5 = RegionCode.fromSixDigits(code);
        if (isSubtotalName(name)) {
            // some years leave the code of 島しょ blank; a subtotal is skipped whatever its code
            return new JukiRow(Kind.AGGREGATE, code5.orElse(null), name, null);
        }
        if (code5.isEmpty()) {
            String why = code.matches("\\d{6}") ? "code " + code + " has a wrong check digit"
                    : "expected a six-digit 団体コード, found \"" + codeCell + "\"";
            return new JukiRow(Kind.REJECT, null, name, why);
        }
        if (RegionCode.isPrefecture(code5.get())) {
            return new JukiRow(Kind.PREFECTURE, code5.get(), prefecture, null);
        }
        return new JukiRow(Kind.MUNICIPALITY, code5.get(), name, null);
    }

    /** Counts the row in the report; true when it holds a region's values to store. */
    boolean countIn(ImportReport report, int rowIndex) {
        switch (kind) {
            case BLANK:
                return false;
            case FOOTNOTE:
                report.note("row " + (rowIndex + 1) + ": footnote: " + name);
                return false;
            case REJECT:
                report.rowRead();
                report.rejected("row " + (rowIndex + 1) + ": " + problem);
                return false;
            case AGGREGATE:
                report.rowRead();
                report.aggregateSkipped();
                return false;
            default:
                report.rowRead();
                return true;
        }
    }

    /**
     * County (郡) and island (島しょ) rows sum their towns and villages; their codes look valid
     * but are not municipalities. Municipality names inside a county carry it as a prefix
     * (国頭郡国頭村), so only a name that ends in 郡 is a county.
     */
    static boolean isSubtotalName(String name) {
        return name.endsWith("郡") || name.equals("島しょ") || name.endsWith("支庁") || name.endsWith("振興局");
    }

    /** The name without spaces, footnote marks and the 浜松市 2024 suffixes （再編前）/（再編後）. */
    static String cleanName(String nameCell) {
        String name = CellText.label(nameCell);
        if (name.equals("-")) {
            return "";
        }
        return name.replace("(再編前)", "").replace("(再編後)", "");
    }
}
