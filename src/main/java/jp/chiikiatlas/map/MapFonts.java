package jp.chiikiatlas.map;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses the font for Japanese text. Java's logical "SansSerif" often has no Japanese glyphs on a
 * fresh Linux machine (tofu boxes), so we try known Japanese families first and take the first one
 * that is installed and can display 日本.
 */
public final class MapFonts {
    /**
     * Preference order: free fonts shipped by Debian/Ubuntu first (proportional IPA P-Gothic before
     * the fixed-pitch IPAGothic, whose wide brackets waste room), then macOS/Windows ones.
     */
    public static final List<String> FALLBACK_ORDER = List.of(
            "IPAexGothic", "IPAPGothic", "IPAGothic", "Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP",
            "Hiragino Sans", "Yu Gothic", "Meiryo", "MS Gothic", "SansSerif");

    private static volatile String family;

    private MapFonts() {
    }

    /** The family name to use for map text. */
    public static String family() {
        String chosen = family;
        if (chosen == null) {
            chosen = choose(installedFamilies());
            family = chosen;
        }
        return chosen;
    }

    public static Font font(float sizePixels, boolean bold) {
        return new Font(family(), bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(sizePixels);
    }

    static String choose(Set<String> installed) {
        for (String candidate : FALLBACK_ORDER) {
            if (installed.contains(candidate) && new Font(candidate, Font.PLAIN, 12).canDisplayUpTo("日本") == -1) {
                return candidate;
            }
        }
        return Font.SANS_SERIF;
    }

    private static Set<String> installedFamilies() {
        return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .collect(Collectors.toSet());
    }
}
