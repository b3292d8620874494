package jp.chiikiatlas.geo.io;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Keeps the N03 attributes (N03_001 … N03_007) of a feature, leaving out null and blank values. */
final class N03Attributes {
    private static final Pattern N03_NAME = Pattern.compile("N03_00[1-7]");

    private final Map<String, String> values = new LinkedHashMap<>();

    static boolean isN03(String name) {
        return N03_NAME.matcher(name).matches();
    }

    /** Adds a value if the name is an N03 attribute and the value is not null or blank. */
    N03Attributes put(String name, Object value) {
        if (value == null || !isN03(name)) {
            return this;
        }
        // DBF numeric fields come back as BigDecimal: "13101", not "13101.0" or "1.3101E+4"
        String text = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
        text = text.strip();
        if (!text.isEmpty()) {
            values.put(name, text);
        }
        return this;
    }

    Map<String, String> toMap() {
        return Map.copyOf(values);
    }
}
