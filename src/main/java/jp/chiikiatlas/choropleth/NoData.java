package jp.chiikiatlas.choropleth;

import jp.chiikiatlas.stats.ValueStatus;

/** Why a region has no value on the map; shown on hover and counted in the legend's no-data class. */
public enum NoData {
    /** The table has no row for this region. */
    NOT_IN_TABLE("表に記載なし"),
    /** 秘匿 ({@code X}). */
    SUPPRESSED("秘匿"),
    /** 調査していない ({@code ***}). */
    NOT_SURVEYED("調査対象外"),
    /** 該当なし / 不詳 ({@code -}, {@code …}). */
    NOT_AVAILABLE("該当なし・不詳"),
    /** The region's code changed (merger, split) between the table and the boundaries. */
    CODE_CHANGED("市区町村コード変更"),
    /** A derived measure lacks one of its inputs (population, area, total, base period). */
    INPUT_MISSING("計算に必要な値なし"),
    /** A derived measure would divide by zero (no population, zero base value). */
    DIVISION_BY_ZERO("分母が0");

    private final String labelJa;

    NoData(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** The reason for a statistics cell that carries no number; {@code OK} has none. */
    public static NoData of(ValueStatus status) {
        return switch (status) {
            case SUPPRESSED -> SUPPRESSED;
            case NOT_SURVEYED -> NOT_SURVEYED;
            case NOT_AVAILABLE -> NOT_AVAILABLE;
            case OK -> throw new IllegalArgumentException("OK carries a value, not a no-data reason");
        };
    }
}
