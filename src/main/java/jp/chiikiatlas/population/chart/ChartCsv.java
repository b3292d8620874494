package jp.chiikiatlas.population.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import jp.chiikiatlas.population.ChangeYear;
import jp.chiikiatlas.population.PopulationChange;
import jp.chiikiatlas.population.PopulationPyramid;
import jp.chiikiatlas.population.PopulationTrend;
import jp.chiikiatlas.population.PyramidBand;
import jp.chiikiatlas.population.TrendLine;

/**
 * The numbers behind each chart, in layouts scripts rely on: header line, one row per band or year,
 * {@code \n} line ends, plain numbers (no grouping, no comment lines). The credit is not in the CSV
 * (it would break those scripts); it is stamped on the chart and shown in the window.
 */
public final class ChartCsv {
    private ChartCsv() {
    }

    /** {@code age,male,female}: counts per band, youngest first (bands as drawn: folded to 80+ when compared with an 80+ year). */
    public static DataTable pyramidTable(PopulationPyramid pyramid) {
        List<List<String>> rows = new ArrayList<>();
        for (PyramidBand b : pyramid.main().bands()) {
            rows.add(List.of(b.age(), number(b.male()), number(b.female())));
        }
        return new DataTable(List.of("age", "male", "female"), rows);
    }

    /** {@code period,value} then one column per comparison region headed by its code; empty cell where a region has no value. */
    public static DataTable trendTable(PopulationTrend trend) {
        List<TrendLine> lines = trend.lines();
        List<String> header = new ArrayList<>(List.of("period", "value"));
        lines.subList(1, lines.size()).forEach(l -> header.add(l.regionCode()));
        List<List<String>> rows = new ArrayList<>();
        for (int period : trend.periods()) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(period));
            for (TrendLine l : lines) {
                Double v = l.values().get(period);
                row.add(v == null ? "" : number(v));
            }
            rows.add(row);
        }
        return new DataTable(header, rows);
    }

    /** {@code period,natural,social,total}. */
    public static DataTable changeTable(PopulationChange change) {
        List<List<String>> rows = new ArrayList<>();
        for (ChangeYear y : change.years()) {
            rows.add(List.of(Integer.toString(y.period()), number(y.natural()), number(y.social()), number(y.total())));
        }
        return new DataTable(List.of("period", "natural", "social", "total"), rows);
    }

    public static String pyramid(PopulationPyramid pyramid) {
        return pyramidTable(pyramid).toCsv();
    }

    public static String trend(PopulationTrend trend) {
        return trendTable(trend).toCsv();
    }

    public static String change(PopulationChange change) {
        return changeTable(change).toCsv();
    }

    /** Whole numbers without decimals; others (index values) to at most 6 decimals, no exponent. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
