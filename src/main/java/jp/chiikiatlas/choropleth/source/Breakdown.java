package jp.chiikiatlas.choropleth.source;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import jp.chiikiatlas.stats.Dimensions;

/**
 * One slice of an indicator with dimensions, e.g. 付加価値額 of {@code industry=4} (製造業) or
 * population of {@code sex=female;age=65-69}; no dimensions is the table's total.
 *
 * @param dims  the dimension values as stored ({@code industry=4}); empty for the total
 * @param label what the picker shows (製造業, 女性・65〜69歳, 総数)
 */
public record Breakdown(Map<String, String> dims, String label) {
    public static final Breakdown TOTAL = new Breakdown(Map.of(), "総数");

    /** By key, runs of digits compared as numbers: industry=2 before industry=10, age=5-9 before age=10-14. */
    public static final Comparator<Breakdown> NATURAL_ORDER = (a, b) -> naturalCompare(a.key(), b.key());

    public Breakdown {
        dims = Map.copyOf(new TreeMap<>(dims));
    }

    /** The breakdown of a stored dimension key such as {@code age=0-4;sex=male}. */
    public static Breakdown ofKey(String key) {
        Map<String, String> dims = Dimensions.parse(key);
        return dims.isEmpty() ? TOTAL : new Breakdown(dims, DimensionNames.label(dims));
    }

    public boolean total() {
        return dims.isEmpty();
    }

    /** The canonical key, as the cache stores it and {@code --dim} spells it. */
    public String key() {
        return Dimensions.key(dims);
    }

    static int naturalCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c = Long.compare(Long.parseLong(a.substring(i, ei)), Long.parseLong(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    @Override
    public String toString() {
        return label;
    }
}
