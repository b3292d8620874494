package jp.chiikiatlas.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.chiikiatlas.geo.RegionCode;

/**
 * Population on 1 January of each year for a region, with optional comparison regions (typically
 * its prefecture and Japan). {@link #indexed(int)} rescales every line to 100 at a base year so
 * regions of very different size can be read on one axis.
 *
 * @param lines     the region first, then the comparison regions in the order asked
 * @param indexBase the base year when indexed, empty for counts
 */
public record PopulationTrend(List<TrendLine> lines, Optional<Integer> indexBase, String credit, List<String> notes) {
    /** The years of the 住民基本台帳 yearly tables this trend covers by default. */
    public static final int FIRST_YEAR = 2015;
    public static final int LAST_YEAR = 2025;

    public PopulationTrend {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    public static PopulationTrend of(PopulationData data, String code, List<String> comparisons) {
        return of(data, code, comparisons, FIRST_YEAR, LAST_YEAR);
    }

    public static PopulationTrend of(PopulationData data, String code, List<String> comparisons, int first, int last) {
        List<TrendLine> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String c : withRegionFirst(code, comparisons)) {
            SortedMap<Integer, Double> values = data.series(Indicators.POPULATION, c, Dims.total()).subMap(first, last + 1);
            String name = data.regionName(c).orElse(c);
            if (values.isEmpty()) {
                if (c.equals(code)) {
                    throw new PopulationDataException(name + " (" + c + ") has no population for " + first + "–" + last);
                }
                notes.add(name + "（" + c + "）は" + first + "–" + last + "年の人口がないため表示していません");
                continue;
            }
            lines.add(new TrendLine(c, name, values));
        }
        return new PopulationTrend(lines, Optional.empty(), data.credit(Indicators.POPULATION, first, last), notes);
    }

    /** The prefecture and Japan for a municipality or ward, Japan for a prefecture, none for Japan. */
    public static List<String> defaultComparisons(PopulationData data, String code) {
        List<String> codes = new ArrayList<>();
        String prefecture = data.parentPrefecture(code);
        if (prefecture != null && !prefecture.equals(code)) {
            codes.add(prefecture);
        }
        if (!RegionCode.JAPAN.equals(code)) {
            codes.add(RegionCode.JAPAN);
        }
        return codes;
    }

    private static List<String> withRegionFirst(String code, List<String> comparisons) {
        List<String> codes = new ArrayList<>();
        codes.add(code);
        comparisons.stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        return codes;
    }

    /** Every line divided by its own value in the base year, times 100; lines without that year are left out (with a note). */
    public PopulationTrend indexed(int baseYear) {
        if (indexBase.isPresent()) {
            throw new IllegalStateException("already indexed to " + indexBase.get());
        }
        List<TrendLine> indexed = new ArrayList<>();
        List<String> newNotes = new ArrayList<>(notes);
        for (TrendLine line : lines) {
            Double base = line.values().get(baseYear);
            if (base == null || base == 0) {
                newNotes.add(line.regionName() + "（" + line.regionCode() + "）は" + baseYear + "年の値がないため指数にできません");
                continue;
            }
            SortedMap<Integer, Double> values = new TreeMap<>();
            line.values().forEach((period, v) -> values.put(period, 100 * v / base));
            indexed.add(new TrendLine(line.regionCode(), line.regionName(), values));
        }
        if (indexed.isEmpty()) {
            throw new PopulationDataException("no line has a value in the base year " + baseYear);
        }
        newNotes.add(0, baseYear + "年 = 100 とした指数");
        return new PopulationTrend(indexed, Optional.of(baseYear), credit, newNotes);
    }

    /** Every period any line has, in order. */
    public List<Integer> periods() {
        TreeSet<Integer> periods = new TreeSet<>();
        lines.forEach(l -> periods.addAll(l.values().keySet()));
        return List.copyOf(periods);
    }

    /** The smallest and largest value over all lines. */
    public AxisRange valueRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TrendLine l : lines) {
            for (double v : l.values().values()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new AxisRange(lo, hi);
    }
}
