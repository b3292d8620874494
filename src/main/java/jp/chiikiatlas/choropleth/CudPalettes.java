package jp.chiikiatlas.choropleth;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Colour-universal-design schemes built from the カラーユニバーサルデザイン推奨配色セット ver.4
 * (CUDO, 2018). The set itself is categorical; for graded maps its colours serve as anchors and the
 * classes are sampled evenly (by CIELAB distance) along the path through them. The sequential scheme
 * falls steadily in lightness and the diverging one is blue against orange-red — the pair the set
 * recommends because it stays apart for protan, deutan and tritan vision.
 */
public final class CudPalettes {
    public static final String ATTRIBUTION = "カラーユニバーサルデザイン推奨配色セット ver.4 に基づく配色";

    // Anchors, named as in the set (RGB values from the set's guide).
    static final Color CREAM = new Color(255, 255, 128);        // クリーム
    static final Color LIGHT_SKY_BLUE = new Color(191, 228, 255); // 明るい空色
    static final Color SKY_BLUE = new Color(77, 196, 255);       // 空色
    static final Color BLUE = new Color(0, 90, 255);             // 青
    static final Color WHITE = new Color(255, 255, 255);         // 白
    static final Color BEIGE = new Color(255, 202, 128);         // ベージュ
    static final Color ORANGE = new Color(246, 170, 0);          // オレンジ
    static final Color RED = new Color(255, 75, 0);              // 赤
    /** 明るいグレー: the no-data fill. */
    static final Color LIGHT_GREY = new Color(200, 200, 203);

    private static final int MIN = 3;
    private static final int MAX = 11;

    private CudPalettes() {
    }

    /** Cream through sky blue to blue. */
    public static Palette sequential() {
        List<Color> anchors = List.of(CREAM, LIGHT_SKY_BLUE, SKY_BLUE, BLUE);
        Map<Integer, List<Color>> sizes = new TreeMap<>();
        for (int n = MIN; n <= MAX; n++) {
            sizes.put(n, sample(anchors, n));
        }
        return new Palette("CUD-Blue", Palette.Kind.SEQUENTIAL, ATTRIBUTION, sizes);
    }

    /** Blue through white to orange-red; white is the middle of odd sizes. */
    public static Palette diverging() {
        List<Color> low = List.of(BLUE, SKY_BLUE, LIGHT_SKY_BLUE, WHITE);
        List<Color> high = List.of(WHITE, BEIGE, ORANGE, RED);
        Map<Integer, List<Color>> sizes = new TreeMap<>();
        for (int n = MIN; n <= MAX; n++) {
            List<Color> c = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double t = (double) i / (n - 1);
                // Each half is sampled on its own path so that 0.5 lands exactly on white.
                c.add(t <= 0.5 ? at(low, t * 2) : at(high, t * 2 - 1));
            }
            sizes.put(n, List.copyOf(c));
        }
        return new Palette("CUD-BlueOrange", Palette.Kind.DIVERGING, ATTRIBUTION, sizes);
    }

    private static List<Color> sample(List<Color> anchors, int n) {
        List<Color> c = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            c.add(at(anchors, (double) i / (n - 1)));
        }
        return List.copyOf(c);
    }

    /**
     * The colour at fraction t of the way from the first anchor's lightness to the last's, on the
     * Lab path through the anchors (whose lightness changes monotonically). Even lightness steps are
     * what keeps classes apart for every kind of colour vision: dichromats lose a hue axis, not L*.
     */
    static Color at(List<Color> anchors, double t) {
        List<Lab> lab = anchors.stream().map(Lab::of).toList();
        double first = lab.get(0).l();
        double target = first + t * (lab.get(lab.size() - 1).l() - first);
        for (int i = 1; i < lab.size(); i++) {
            double l0 = lab.get(i - 1).l();
            double l1 = lab.get(i).l();
            boolean within = Math.min(l0, l1) <= target && target <= Math.max(l0, l1);
            if (within || i == lab.size() - 1) {
                double u = l1 == l0 ? 0 : (target - l0) / (l1 - l0);
                return lab.get(i - 1).mix(lab.get(i), Math.max(0, Math.min(1, u))).toColor();
            }
        }
        return anchors.get(0);
    }
}
