package jp.chiikiatlas.population.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import jp.chiikiatlas.population.ChangeYear;
import jp.chiikiatlas.population.PopulationChange;
import jp.chiikiatlas.population.PopulationPyramid;
import jp.chiikiatlas.population.PopulationTrend;
import jp.chiikiatlas.population.PyramidBand;
import jp.chiikiatlas.population.TrendLine;

/**
 * The numbers behind each chart as CSV, in layouts scripts rely on: header line, one row per band
 * or year, {@code \n} line ends, plain numbers (no grouping, no comment lines). The credit is not
 * in the CSV (it would break those scripts); it is stamped on the chart and shown in the window.
 */
public final class ChartCsv {
    private ChartCsv() {
    }

    /** {@code age,male,female}: counts per band, youngest first (bands as drawn: folded to 80+ when compared with an 80+ year). */
    public static String pyramid(PopulationPyramid pyramid) {
        StringBuilder csv = new StringBuilder("age,male,female\n");
        for (PyramidBand b : pyramid.main().bands()) {
            csv.append(b.age()).append(',').append(number(b.male())).append(',').append(number(b.female())).append('\n');
        }
        return csv.toString();
    }

    /** {@code period,value} then one column per comparison region headed by its code; empty cell where a region has no value. */
    public static String trend(PopulationTrend trend) {
        List<TrendLine> lines = trend.lines();
        StringBuilder csv = new StringBuilder("period,value");
        lines.subList(1, lines.size()).forEach(l -> csv.append(',').append(l.regionCode()));
        csv.append('\n');
        for (int period : trend.periods()) {
            csv.append(period);
            for (TrendLine l : lines) {
                Double v = l.values().get(period);
                csv.append(',').append(v == null ? "" : number(v));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** {@code period,natural,social,total}. */
    public static String change(PopulationChange change) {
        StringBuilder csv = new StringBuilder("period,natural,social,total\n");
        for (ChangeYear y : change.years()) {
            csv.append(y.period()).append(',').append(number(y.natural())).append(',').append(number(y.social()))
                    .append(',').append(number(y.total())).append('\n');
        }
        return csv.toString();
    }

    /** Whole numbers without decimals; others (index values) to at most 6 decimals, no exponent. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
