package jp.chiikiatlas.choropleth;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;

/** The first installed of the Japanese-capable families we prefer, for legends and histograms. */
public final class JapaneseFont {
    static final List<String> PREFERRED = List.of("IPAexGothic", "IPAGothic", "Noto Sans CJK JP", "SansSerif");
    private static volatile String family;

    private JapaneseFont() {
    }

    public static String family() {
        String f = family;
        if (f == null) {
            Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
            f = PREFERRED.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
            family = f;
        }
        return f;
    }

    public static Font of(int style, float sizePx) {
        return new Font(family(), style, 1).deriveFont(style, sizePx);
    }
}
