package jp.chiikiatlas.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical text form of an observation's dimensions, as stored and queried: {@code k=v}
 * pairs sorted by key and joined with {@code ;}, values {@code total} left out. So the plain
 * total is {@code ""}, and {@code sex=total, age=total} means the same as no dimensions at all.
 */
public final class Dimensions {
    public static final String TOTAL = "total";

    private Dimensions() {
    }

    public static String key(Map<String, String> dimensions) {
        if (dimensions == null || dimensions.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(dimensions).entrySet()) {
            if (e.getValue() == null || TOTAL.equals(e.getValue())) {
                continue;
            }
            if (key.length() > 0) {
                key.append(';');
            }
            key.append(e.getKey()).append('=').append(e.getValue());
        }
        return key.toString();
    }

    /** The map of a key (totals are not in it). */
    public static Map<String, String> parse(String key) {
        Map<String, String> map = new LinkedHashMap<>();
        if (key == null || key.isEmpty()) {
            return map;
        }
        for (String pair : key.split(";")) {
            int eq = pair.indexOf('=');
            map.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return map;
    }
}
