package jp.chiikiatlas.choropleth;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Classify and colour: {@link RegionValues} + {@link ChoroplethStyle} → {@link ClassifiedMap}.
 *
 * <p>Signed values (changes, 自然増減, 社会増減) are classified on both sides of 0 with 0 as a break
 * and drawn with a diverging palette whose lightest colours meet at 0, so gains and losses read
 * symmetrically; a sequential palette chosen for signed values is replaced by the default diverging
 * one, since a one-hue ramp would show a loss as "a little".
 */
public final class Choropleth {
    private Choropleth() {
    }

    /** Derive the style's measure from the inputs, then classify. */
    public static ClassifiedMap of(MeasureInputs inputs, ChoroplethStyle style) {
        return classify(Measures.apply(style.measure(), inputs), style);
    }

    /** Classify values already in the measure to be mapped. */
    public static ClassifiedMap classify(RegionValues values, ChoroplethStyle style) {
        boolean signed = values.signed() || style.measure().signed();
        Classifier classifier = style.classifier();
        if (signed && !(classifier instanceof ManualClassifier) && !(classifier instanceof DivergingClassifier)) {
            classifier = new DivergingClassifier(classifier);
        }
        Palette palette = style.palette();
        if (signed && palette.kind() == Palette.Kind.SEQUENTIAL) {
            palette = Palettes.byName(Palettes.DEFAULT_DIVERGING);
        }
        if (style.reversed()) {
            palette = palette.reversed();
        }

        Map<String, Double> byCode = values.values();
        double[] sorted = values.valueArray();
        Arrays.sort(sorted);
        ClassBreaks breaks = sorted.length == 0 ? ClassBreaks.none() : classifier.classify(sorted, style.classes());
        List<Color> colors = classColors(breaks, palette, signed);

        Map<String, Integer> classByCode = new HashMap<>(byCode.size() * 2);
        byCode.forEach((code, v) -> classByCode.put(code, breaks.classOf(v)));
        return new ClassifiedMap(values, style, classifier, palette, breaks, colors, classByCode, ranks(byCode, sorted));
    }

    /**
     * Colours for the classes. Diverging palettes on signed data are centred on 0: with p classes
     * below 0 and q above, take the 2·max(p, q) scheme and use its p colours just below the middle
     * and q just above, so equal distance from 0 means equal strength of colour.
     */
    static List<Color> classColors(ClassBreaks breaks, Palette palette, boolean signed) {
        int n = breaks.classes();
        if (n == 0) {
            return List.of();
        }
        if (palette.kind() != Palette.Kind.DIVERGING || !signed) {
            return palette.colours(n);
        }
        int below = breaks.classesBelow(DivergingClassifier.CENTRE);
        int above = n - below;
        int half = Math.max(below, above);
        int size = 2 * half;
        if (size < palette.minSize()) {
            size = palette.minSize() % 2 == 0 ? palette.minSize() : palette.minSize() + 1;
            half = size / 2;
        }
        List<Color> scheme = palette.colours(size);
        List<Color> out = new ArrayList<>(n);
        for (int i = 0; i < below; i++) {
            out.add(scheme.get(half - below + i));
        }
        for (int i = 0; i < above; i++) {
            out.add(scheme.get(half + i));
        }
        return out;
    }

    /** Competition ranks (1 = highest; equal values share the better rank). */
    private static Map<String, Integer> ranks(Map<String, Double> byCode, double[] sortedAscending) {
        Map<String, Integer> ranks = new HashMap<>(byCode.size() * 2);
        int n = sortedAscending.length;
        byCode.forEach((code, v) -> {
            // rank = 1 + number of values strictly greater than v
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sortedAscending[mid] <= v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            ranks.put(code, 1 + n - lo);
        });
        return ranks;
    }
}
