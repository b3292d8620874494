package jp.chiikiatlas.choropleth;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every palette the user can pick, by name, and the no-data colour. */
public final class Palettes {
    /**
     * No data: the CUD set's 明るいグレー (#C8C8CB), drawn with a hatch (see {@link NoDataFill}) so it
     * cannot be read as a light class even in a grey scheme.
     */
    public static final Color NO_DATA = CudPalettes.LIGHT_GREY;
    public static final String DEFAULT_SEQUENTIAL = "YlOrRd";
    public static final String DEFAULT_DIVERGING = "RdBu";

    private static final Map<String, Palette> ALL = build();

    private Palettes() {
    }

    private static Map<String, Palette> build() {
        Map<String, Palette> all = new LinkedHashMap<>(ColorBrewer.schemes());
        Palette cudSeq = CudPalettes.sequential();
        Palette cudDiv = CudPalettes.diverging();
        all.put(cudSeq.name(), cudSeq);
        all.put(cudDiv.name(), cudDiv);
        return java.util.Collections.unmodifiableMap(all);
    }

    public static Palette byName(String name) {
        Palette p = ALL.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown palette: " + name + " (" + String.join(", ", ALL.keySet()) + ")");
        }
        return p;
    }

    public static List<Palette> of(Palette.Kind kind) {
        return ALL.values().stream().filter(p -> p.kind() == kind).toList();
    }

    public static Map<String, Palette> all() {
        return ALL;
    }

    /** {@code #RRGGBB}, upper-case. */
    public static String hex(Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }
}
