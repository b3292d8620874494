package jp.chiikiatlas.stats.importers.support;

import java.util.Optional;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ValueStatus;

/** A count read from one cell: a number, or a marker from the file's legend, or a clear error. */
public record NumberCell(Double value, ValueStatus status) {

    public static NumberCell read(String file, Grid sheet, int row, int column, String header, MarkerLegend legend)
            throws DataFormatException {
        Object value = sheet.value(row, column);
        if (value instanceof Double d) {
            return new NumberCell(d, ValueStatus.OK);
        }
        String text = value == null ? "" : value.toString();
        Optional<ValueStatus> marker = legend.statusOf(text);
        if (marker.isPresent() && !text.isBlank()) {
            return new NumberCell(null, marker.get());
        }
        // Some exports store numbers as text ("12,345"); read those, reject anything else.
        String digits = CellText.label(text).replace(",", "");
        if (digits.matches("[-+]?\\d+(\\.\\d+)?")) {
            return new NumberCell(Double.parseDouble(digits), ValueStatus.OK);
        }
        throw new DataFormatException(String.format(
                "%s, sheet '%s', row %d, column %s (%s): expected a number or one of the markers %s, found %s.",
                file, sheet.sheetName(), row + 1, CellText.columnName(column), header, legend.describe(),
                text.isBlank() ? "an empty cell" : "\"" + text + "\""));
    }

    public boolean isOk() {
        return status == ValueStatus.OK;
    }
}
