package jp.chiikiatlas.choropleth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.stats.Observation;
import jp.chiikiatlas.stats.ValueStatus;

/**
 * The values of one indicator for one period at one level: a number or a {@link NoData} reason per
 * five-digit region code, with the unit and the source lines to print beside the map.
 *
 * <p>Immutable. Codes are kept sorted so every derived array has a stable order.
 */
public final class RegionValues {
    private final String indicatorName;
    private final String unit;
    private final int period;
    private final String level;
    private final List<SourceLine> sources;
    private final boolean signed;
    private final List<String> notes;
    private final Map<String, Double> values;
    private final Map<String, NoData> noData;

    private RegionValues(Builder b) {
        this.indicatorName = Objects.requireNonNull(b.indicatorName, "indicatorName");
        this.unit = Objects.requireNonNull(b.unit, "unit");
        this.period = b.period;
        this.level = b.level;
        this.sources = List.copyOf(b.sources);
        this.signed = b.signed;
        this.notes = List.copyOf(b.notes);
        this.values = Collections.unmodifiableMap(new TreeMap<>(b.values));
        this.noData = Collections.unmodifiableMap(new TreeMap<>(b.noData));
    }

    public static Builder builder(String indicatorName, String unit, int period) {
        return new Builder(indicatorName, unit, period);
    }

    /** A builder carrying over everything but the values, for derived measures. */
    public Builder derive(String newIndicatorName, String newUnit) {
        Builder b = new Builder(newIndicatorName, newUnit, period).level(level).signed(signed);
        sources.forEach(b::source);
        notes.forEach(b::note);
        return b;
    }

    public String indicatorName() {
        return indicatorName;
    }

    public String unit() {
        return unit;
    }

    public int period() {
        return period;
    }

    /** The level id ({@code prefecture}, {@code municipality}, …), or empty when not stated. */
    public String level() {
        return level;
    }

    public List<SourceLine> sources() {
        return sources;
    }

    /** True when values can be negative by nature (changes, 自然増減, 社会増減): draw on a diverging scale. */
    public boolean signed() {
        return signed;
    }

    /** Caveats to print with the legend, e.g. that areas were computed from simplified outlines. */
    public List<String> notes() {
        return notes;
    }

    /** Codes with a number, sorted. */
    public Map<String, Double> values() {
        return values;
    }

    /** Codes without a number, with the reason, sorted. */
    public Map<String, NoData> noData() {
        return noData;
    }

    /** Every code shown: with data or without. */
    public Set<String> codes() {
        Set<String> all = new java.util.TreeSet<>(values.keySet());
        all.addAll(noData.keySet());
        return all;
    }

    public int size() {
        return values.size() + noData.size();
    }

    public OptionalDouble value(String code) {
        Double v = values.get(code);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The no-data reason of a shown code without a value; empty for codes with a value or not shown. */
    public Optional<NoData> noDataReason(String code) {
        return Optional.ofNullable(noData.get(code));
    }

    /** The values with data, in code order. */
    public double[] valueArray() {
        double[] out = new double[values.size()];
        int i = 0;
        for (double v : values.values()) {
            out[i++] = v;
        }
        return out;
    }

    /** Source lines joined for one line of print. */
    public String sourceText() {
        return String.join("／", sources.stream().map(SourceLine::text).toList());
    }

    public static final class Builder {
        private final String indicatorName;
        private final String unit;
        private final int period;
        private String level = "";
        private final Set<SourceLine> sources = new LinkedHashSet<>();
        private boolean signed;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Double> values = new TreeMap<>();
        private final Map<String, NoData> noData = new TreeMap<>();

        private Builder(String indicatorName, String unit, int period) {
            this.indicatorName = indicatorName;
            this.unit = unit;
            this.period = period;
        }

        public Builder level(String level) {
            this.level = Objects.requireNonNull(level);
            return this;
        }

        public Builder source(SourceLine source) {
            sources.add(Objects.requireNonNull(source));
            return this;
        }

        public Builder signed(boolean signed) {
            this.signed = signed;
            return this;
        }

        public Builder note(String note) {
            if (!notes.contains(note)) {
                notes.add(note);
            }
            return this;
        }

        /** A number for a code; NaN and infinities are refused (they would poison every classifier). */
        public Builder value(String code, double value) {
            requireCode(code);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("not a finite value for " + code + ": " + value);
            }
            noData.remove(code);
            values.put(code, value);
            return this;
        }

        public Builder noData(String code, NoData reason) {
            requireCode(code);
            values.remove(code);
            noData.put(code, Objects.requireNonNull(reason));
            return this;
        }

        /**
         * One cell of a statistics table: its value, or the no-data reason its status gives. The
         * observation's code must be the five-digit form.
         */
        public Builder observation(Observation o) {
            return o.status() == ValueStatus.OK && o.value() != null
                    ? value(o.regionCode(), o.value())
                    : noData(o.regionCode(), o.status() == ValueStatus.OK ? NoData.NOT_AVAILABLE : NoData.of(o.status()));
        }

        public RegionValues build() {
            return new RegionValues(this);
        }

        private static void requireCode(String code) {
            if (!RegionCode.isFiveDigits(code)) {
                throw new IllegalArgumentException("not a five-digit region code: " + code);
            }
        }
    }
}
