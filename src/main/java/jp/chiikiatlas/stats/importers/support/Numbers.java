package jp.chiikiatlas.stats.importers.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers as official tables write them: thousands separators, full-width digits and minus signs. */
public final class Numbers {
    // compiled once: importers call these for every cell
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern ERA = Pattern.compile("(昭和|平成|令和)\\s*(元|\\d{1,2})\\s*年");

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
        if (!NUMBER.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(s));
    }

    /** The first four-digit year in {@code text} ("1975年度" → 1975, "2022" → 2022), or empty. */
    public static Optional<Integer> year(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** A Japanese era label's Western year ("平成２３年度" → 2011, "令和元年度" → 2019), or empty. */
    public static Optional<Integer> eraYear(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        Matcher m = ERA.matcher(b);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(westernYear(m.group(1), m.group(2)));
    }

    /** The Western year of an era year: 昭和, 平成 or 令和 and its year number or 元 ("平成", "23" → 2011). */
    public static int westernYear(String era, String yearText) {
        int n = "元".equals(yearText) ? 1 : Integer.parseInt(yearText);
        return switch (era) {
            case "昭和" -> 1925 + n;
            case "平成" -> 1988 + n;
            case "令和" -> 2018 + n;
            default -> throw new IllegalArgumentException(era);
        };
    }
}
