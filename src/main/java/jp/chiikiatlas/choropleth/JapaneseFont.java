package jp.chiikiatlas.choropleth;

import java.awt.Font;
import java.util.List;
import jp.chiikiatlas.map.MapFonts;

/** Legends and histograms use the map's Japanese font ({@link MapFonts}), so a figure has one typeface. */
public final class JapaneseFont {
    static final List<String> PREFERRED = MapFonts.FALLBACK_ORDER;

    private JapaneseFont() {
    }

    public static String family() {
        return MapFonts.family();
    }

    public static Font of(int style, float sizePx) {
        return new Font(family(), style, 1).deriveFont(style, sizePx);
    }
}
