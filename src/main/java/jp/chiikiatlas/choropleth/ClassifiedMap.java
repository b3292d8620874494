package jp.chiikiatlas.choropleth;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of classifying one {@link RegionValues}: class and colour per region, ranks for hover,
 * and the legend. Codes the values do not mention (a region of the level missing from the table)
 * are drawn as no data, reason {@link NoData#NOT_IN_TABLE}.
 */
public final class ClassifiedMap implements ColorForCode {
    private final RegionValues values;
    private final ChoroplethStyle style;
    private final Classifier classifierUsed;
    private final Palette paletteUsed;
    private final ClassBreaks breaks;
    private final List<Color> classColors;
    private final Map<String, Color> colorByCode;
    private final Map<String, Integer> classByCode;
    private final Map<String, Integer> rankByCode;

    ClassifiedMap(RegionValues values, ChoroplethStyle style, Classifier classifierUsed, Palette paletteUsed,
                  ClassBreaks breaks, List<Color> classColors, Map<String, Integer> classByCode,
                  Map<String, Integer> rankByCode) {
        this.values = values;
        this.style = style;
        this.classifierUsed = classifierUsed;
        this.paletteUsed = paletteUsed;
        this.breaks = breaks;
        this.classColors = List.copyOf(classColors);
        this.classByCode = classByCode;
        this.rankByCode = rankByCode;
        Map<String, Color> colors = new HashMap<>(values.size() * 2);
        classByCode.forEach((code, c) -> colors.put(code, this.classColors.get(c)));
        values.noData().keySet().forEach(code -> colors.put(code, Palettes.NO_DATA));
        this.colorByCode = Collections.unmodifiableMap(colors);
    }

    public RegionValues values() {
        return values;
    }

    public ChoroplethStyle style() {
        return style;
    }

    /** The classifier actually applied (wrapped to centre on 0 for signed values). */
    public Classifier classifier() {
        return classifierUsed;
    }

    /** The palette actually used, reversed if the style asked. */
    public Palette palette() {
        return paletteUsed;
    }

    public ClassBreaks breaks() {
        return breaks;
    }

    /** Colour of each class, lowest class first. */
    public List<Color> classColors() {
        return classColors;
    }

    /** Fill for a region: its class colour, or {@link Palettes#NO_DATA} (draw it hatched, see {@link NoDataFill}). */
    @Override
    public Color colorFor(String regionCode) {
        return colorByCode.getOrDefault(regionCode, Palettes.NO_DATA);
    }

    /** Colour per code for every code shown. */
    public Map<String, Color> colors() {
        return colorByCode;
    }

    /** 0-based class of a region with data; empty for no data. */
    public Optional<Integer> classOf(String regionCode) {
        return Optional.ofNullable(classByCode.get(regionCode));
    }

    public boolean hasData(String regionCode) {
        return classByCode.containsKey(regionCode);
    }

    /** Hover text data; a code the values do not mention is not in the table. */
    public HoverInfo hover(String regionCode) {
        OptionalDouble v = values.value(regionCode);
        Optional<NoData> reason = v.isPresent() ? Optional.empty()
                : Optional.of(values.noDataReason(regionCode).orElse(NoData.NOT_IN_TABLE));
        return new HoverInfo(regionCode, v, values.unit(), rankByCode.getOrDefault(regionCode, 0),
                rankByCode.size(), reason, values.sourceText());
    }

    /** 1 for the highest value, ties sharing a rank; 0 without data. */
    public int rank(String regionCode) {
        return rankByCode.getOrDefault(regionCode, 0);
    }

    public Legend legend() {
        double[] data = values.valueArray();
        int[] counts = breaks.counts(data);
        double maxAbs = 0;
        for (double v : data) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        DisplayUnit unit = DisplayUnit.choose(values.unit(), maxAbs);
        int decimals = labelDecimals(unit);
        List<LegendClass> classes = new ArrayList<>();
        for (int i = 0; i < breaks.classes(); i++) {
            boolean last = i == breaks.classes() - 1;
            String lower = NumberText.ja(unit.convert(breaks.lower(i)), decimals);
            String upper = NumberText.ja(unit.convert(breaks.upper(i)), decimals);
            // A top class holding only the maximum has lower = upper: show the one number.
            String label = last && breaks.lower(i) == breaks.upper(i) ? lower
                    : lower + " 〜 " + upper + (last ? "" : " 未満");
            classes.add(new LegendClass(i + 1, breaks.lower(i), breaks.upper(i), counts[i], classColors.get(i), label));
        }
        Map<NoData, Integer> byReason = new EnumMap<>(NoData.class);
        values.noData().values().forEach(r -> byReason.merge(r, 1, Integer::sum));
        String title = values.indicatorName() + "（" + values.period() + "）";
        List<String> notes = new ArrayList<>(values.notes());
        return new Legend(title, unit.label(), unit, classifierUsed.nameJa() + "・" + breaks.classes() + "階級",
                classes, values.noData().size(), byReason, Palettes.NO_DATA,
                values.sources().stream().map(SourceLine::text).toList(), notes);
    }

    private int labelDecimals(DisplayUnit unit) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < breaks.classes(); i++) {
            double w = unit.convert(breaks.upper(i)) - unit.convert(breaks.lower(i));
            if (w > 0) {
                smallest = Math.min(smallest, w);
            }
        }
        return NumberText.decimalsFor(smallest);
    }
}
