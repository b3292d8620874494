package jp.chiikiatlas.stats.sheet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.chiikiatlas.stats.ValueStatus;

/**
 * What the non-numeric markers of one file mean, as its own legend says ({@code X} 秘匿,
 * {@code ***} 調査していない, {@code -} 該当なし …). A marker not in the legend is not a value: the
 * importer must reject it rather than guess, and never read it as 0.
 */
public final class MarkerLegend {
    private final Map<String, ValueStatus> meanings = new LinkedHashMap<>();
    private final Map<String, String> explanations = new LinkedHashMap<>();

    public MarkerLegend define(String marker, ValueStatus status, String explanation) {
        meanings.put(CellText.label(marker), status);
        explanations.put(CellText.label(marker), explanation);
        return this;
    }

    public Optional<ValueStatus> meaning(String text) {
        return Optional.ofNullable(meanings.get(CellText.label(text)));
    }

    public String explanation(String marker) {
        return explanations.get(CellText.label(marker));
    }

    /** The markers for messages: {@code "***" (…), "-" (…)}. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        explanations.forEach((m, e) -> out.append(out.length() > 0 ? ", " : "").append('"').append(m).append("\" (")
                .append(e).append(')'));
        return out.toString();
    }
}
