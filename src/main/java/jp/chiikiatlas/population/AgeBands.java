package jp.chiikiatlas.population;

import java.util.ArrayList;
import java.util.List;

/**
 * The 5-year age bands of the 住民基本台帳 age tables. Tables up to 2010 end with an open band
 * {@code 80+}; from 2015 they end with {@code 100+}.
 */
public final class AgeBands {
    public static final String TOP_80 = "80+";
    public static final String TOP_100 = "100+";

    private AgeBands() {
    }

    /** Band labels from {@code 0-4} up to the open band {@code topOpenAge+} (80 or 100). */
    public static List<String> upTo(int topOpenAge) {
        List<String> labels = new ArrayList<>();
        for (int from = 0; from < topOpenAge; from += 5) {
            labels.add(from + "-" + (from + 4));
        }
        labels.add(topOpenAge + "+");
        return List.copyOf(labels);
    }

    /** The lower age of a band label ({@code 65-69} → 65, {@code 80+} → 80). */
    public static int lowerAge(String label) {
        int dash = label.indexOf('-');
        return Integer.parseInt(dash >= 0 ? label.substring(0, dash) : label.substring(0, label.length() - 1));
    }

    public static boolean isOpen(String label) {
        return label.endsWith("+");
    }
}
