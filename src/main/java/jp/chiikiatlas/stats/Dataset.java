package jp.chiikiatlas.stats;

/**
 * One imported source table, with everything needed to credit it (表名, 年, 出典).
 *
 * @param id            stable id, e.g. {@code juki-dynamics-2025}
 * @param referenceDate ISO date the table refers to ({@code 2025-01-01}), or a year / fiscal year
 * @param credit        the credit line stamped on every figure and export
 * @param sha256        hex SHA-256 of the source file
 */
public record Dataset(String id, String titleJa, String titleEn, String publisher, String survey,
                      String tableName, String referenceDate, String licence, String credit,
                      String sourceFile, String sha256) {
}
