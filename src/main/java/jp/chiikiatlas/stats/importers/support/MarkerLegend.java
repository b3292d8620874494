package jp.chiikiatlas.stats.importers.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import jp.chiikiatlas.stats.ValueStatus;

/**
 * What the non-numeric markers of one file mean, as its own legend says ({@code X} 秘匿,
 * {@code ***} 調査していない, {@code -} 該当なし …). Each file has its own legend: the same {@code -}
 * means "not available" in one table and "zero" or "皆増" in another, so legends are never global. A
 * marker not in the legend is not a value: the importer must reject it rather than guess, and never
 * read it as 0.
 *
 * <p>A legend compares a cell's text with its markers either stripped of surrounding blanks
 * ({@link #none()}, for CSV and DOM-read sheets) or as {@linkplain CellText#label labels}
 * ({@link #ofLabels()}: NFKC, no white space, no footnote asterisks — for the 住基 tables).
 */
public final class MarkerLegend {
    private final UnaryOperator<String> normalise;
    private final Map<String, ValueStatus> markers = new LinkedHashMap<>();
    private final Map<String, String> explanations = new LinkedHashMap<>();

    private MarkerLegend(UnaryOperator<String> normalise) {
        this.normalise = normalise;
    }

    /** An empty legend whose markers are matched exactly, surrounding blanks stripped. */
    public static MarkerLegend none() {
        return new MarkerLegend(text -> text == null ? null : text.strip());
    }

    /** An empty legend whose markers are matched as {@link CellText#label labels}. */
    public static MarkerLegend ofLabels() {
        return new MarkerLegend(CellText::label);
    }

    public MarkerLegend with(String marker, ValueStatus status) {
        markers.put(normalise.apply(marker), status);
        return this;
    }

    /** A marker with the legend's own explanation of it, for messages. */
    public MarkerLegend define(String marker, ValueStatus status, String explanation) {
        with(marker, status);
        explanations.put(normalise.apply(marker), explanation);
        return this;
    }

    public Optional<ValueStatus> statusOf(String text) {
        return Optional.ofNullable(markers.get(normalise.apply(text)));
    }

    public String explanation(String marker) {
        return explanations.get(normalise.apply(marker));
    }

    public Map<String, ValueStatus> asMap() {
        return Map.copyOf(markers);
    }

    /** The explained markers for messages: {@code "***" (…), "-" (…)}. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        explanations.forEach((m, e) -> out.append(out.length() > 0 ? ", " : "").append('"').append(m).append("\" (")
                .append(e).append(')'));
        return out.toString();
    }

    /** The status a legend line's explanation describes (e-Stat wording), or empty if it is not a legend. */
    public static Optional<ValueStatus> statusDescribedBy(String explanation) {
        if (explanation == null) {
            return Optional.empty();
        }
        if (explanation.contains("秘匿")) {
            return Optional.of(ValueStatus.SUPPRESSED);
        }
        if (explanation.contains("調査") && explanation.contains("していない")
                || explanation.contains("集計していない")) {
            return Optional.of(ValueStatus.NOT_SURVEYED);
        }
        if (explanation.contains("得られない") || explanation.contains("該当") || explanation.contains("不詳")
                || explanation.contains("不明")) {
            return Optional.of(ValueStatus.NOT_AVAILABLE);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return markers.toString();
    }
}
