package jp.chiikiatlas.choropleth;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What hovering a region shows: its value and unit and its rank among the regions of the level
 * with data, or why it has none, and the source.
 *
 * @param rank   1 for the highest value; equal values share a rank; 0 without a value
 * @param ranked how many regions have a value
 */
public record HoverInfo(String code, OptionalDouble value, String unit, int rank, int ranked,
                        Optional<NoData> noData, String source) {

    /** One line, e.g. {@code 15,234.5 人/km²（1,741 中 3 位）}, or the no-data reason. */
    public String text() {
        if (value.isEmpty()) {
            return "データなし：" + noData.map(NoData::labelJa).orElse(NoData.NOT_IN_TABLE.labelJa());
        }
        return NumberText.plainJa(value.getAsDouble()) + " " + unit + "（" + NumberText.plainJa(ranked) + " 中 "
                + rank + " 位）";
    }
}
