package jp.chiikiatlas.stats.importers.support;

import java.util.Optional;

/** Numbers as official tables write them: thousands separators, full-width digits and minus signs. */
public final class Numbers {
    private Numbers() {
    }

    /** The number in {@code text}, or empty when it is not a plain number (a marker, a word, blank). */
    public static Optional<Double> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            if (c == ',' || c == ' ' || c == '\u3000') {
                continue;
            }
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == '－' || c == '−' || c == '△' || c == '▲') {
                c = '-'; // △ and ▲ are the Japanese minus signs in statistical tables
            } else if (c == '．') {
                c = '.';
            }
            b.append(c);
        }
        String s = b.toString();
        if (!s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(s));
    }

    /** The first four-digit year in {@code text} ("1975年度" → 1975, "2022" → 2022), or empty. */
    public static Optional<Integer> year(String text) {
        if (text == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)")
                .matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
