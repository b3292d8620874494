package jp.chiikiatlas.app.cli;

/** RFC 4180 quoting for CSV output. */
public final class Csv {
    private Csv() {
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
