package jp.chiikiatlas.stats;

import java.util.List;

/**
 * A measured quantity, e.g. {@code population} (人口, 人) with dimensions {@code sex}, {@code age}.
 *
 * @param dimensions names of the dimensions its observations may carry
 */
public record Indicator(String id, String nameJa, String nameEn, String unit, List<String> dimensions) {
}
