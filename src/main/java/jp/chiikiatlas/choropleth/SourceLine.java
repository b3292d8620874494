package jp.chiikiatlas.choropleth;

import java.util.Objects;

/**
 * Where the numbers come from, as printed under a map and in its legend (表名, 年, 出典).
 *
 * @param tableName 表名, e.g. 住民基本台帳に基づく人口、人口動態及び世帯数調査
 * @param year      the table's year as the source writes it, e.g. 2025 or 令和7年
 * @param source    出典, the publisher or credit line, e.g. 総務省
 */
public record SourceLine(String tableName, String year, String source) {
    public SourceLine {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(source, "source");
    }

    /** e.g. {@code 出典：総務省「住民基本台帳に基づく人口…」（2025年）}. */
    public String text() {
        String y = year.isEmpty() ? "" : "（" + year + (year.chars().allMatch(Character::isDigit) ? "年" : "") + "）";
        return "出典：" + source + "「" + tableName + "」" + y;
    }

    @Override
    public String toString() {
        return text();
    }
}
