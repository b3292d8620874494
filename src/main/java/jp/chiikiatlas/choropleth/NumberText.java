package jp.chiikiatlas.choropleth;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Number formatting for legends (Japanese grouping) and for CSV (plain). */
final class NumberText {
    private NumberText() {
    }

    /** With thousands separators and the given number of decimals: {@code 1,234.5}. */
    static String ja(double v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.JAPAN);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        String s = f.format(v == 0 ? 0.0 : v); // no "-0"
        return s.equals("-" + f.format(0.0)) ? f.format(0.0) : s;
    }

    /** With thousands separators and up to two decimals, for hover text. */
    static String plainJa(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.JAPAN);
        f.setMaximumFractionDigits(Math.abs(v) >= 100 ? 1 : 2);
        return f.format(v == 0 ? 0.0 : v);
    }

    /** Shortest decimal that reads back as the same double, never exponent notation: {@code 1234.5}, {@code 10}. */
    static String plain(double v) {
        if (v == 0) {
            return "0";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Decimals that show the smallest class width with about two significant digits (0–4). */
    static int decimalsFor(double smallestWidth) {
        if (!(smallestWidth > 0)) {
            return 0;
        }
        int d = (int) Math.ceil(-Math.log10(smallestWidth)) + 1;
        return Math.max(0, Math.min(4, d));
    }
}
