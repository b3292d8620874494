package jp.chiikiatlas.stats.importers.support;

import jp.chiikiatlas.stats.ValueStatus;

/** What one cell holds: a number, or a marker meaning a {@link ValueStatus} other than OK. */
public record CellValue(Double value, ValueStatus status) {
    public static CellValue of(double value) {
        return new CellValue(value, ValueStatus.OK);
    }

    public static CellValue marker(ValueStatus status) {
        return new CellValue(null, status);
    }

    public boolean isNumber() {
        return status == ValueStatus.OK;
    }
}
