package jp.chiikiatlas.choropleth;

import java.awt.Color;

/**
 * One class of a legend.
 *
 * @param number 1-based, rising with the values
 * @param lower  inclusive, in the indicator's unit
 * @param upper  exclusive, except for the last class, in the indicator's unit
 * @param label  the range in the display unit, rounded, e.g. {@code 1,234 〜 5,678 未満}
 */
public record LegendClass(int number, double lower, double upper, int count, Color color, String label) {
}
