package jp.chiikiatlas.choropleth;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;

/**
 * Pure functions deriving one {@link RegionValues} from others. A region keeps its own no-data
 * reason; a region whose other input is missing gets {@link NoData#INPUT_MISSING}; a zero
 * denominator gives {@link NoData#DIVISION_BY_ZERO} rather than an infinity on the map.
 */
public final class Measures {
    private Measures() {
    }

    public static RegionValues apply(Measure measure, MeasureInputs in) {
        return switch (measure) {
            case RAW -> in.value();
            case PER_CAPITA -> perCapita(in.value(), require(in.population(), "population", measure));
            case PER_KM2 -> perKm2(in.value(), require(in.areas(), "areas", measure));
            case SHARE -> share(in.value(), require(in.whole(), "whole", measure));
            case CHANGE -> change(in.value(), require(in.base(), "base", measure));
            case CHANGE_PERCENT -> changePercent(in.value(), require(in.base(), "base", measure));
        };
    }

    /** Value per 1,000 residents. */
    public static RegionValues perCapita(RegionValues value, RegionValues population) {
        RegionValues.Builder out = value.derive(value.indicatorName() + "（人口千人当たり）",
                Measure.PER_CAPITA.derivedUnit(value.unit()));
        population.sources().forEach(out::source);
        return combine(value, population::value, out, (v, p) -> p == 0 ? Double.NaN : v / p * 1000.0);
    }

    /** Value per km²; notes when any area used is approximate. */
    public static RegionValues perKm2(RegionValues value, RegionAreas areas) {
        String name = "人".equals(value.unit()) && value.indicatorName().endsWith("人口")
                ? "人口密度" : value.indicatorName() + "（1km²当たり）";
        RegionValues.Builder out = value.derive(name, Measure.PER_KM2.derivedUnit(value.unit()));
        areas.sources().forEach(out::source);
        boolean approximate = value.values().keySet().stream().anyMatch(areas::isApproximate);
        if (approximate) {
            out.note(RegionAreas.APPROXIMATE_NOTE);
        }
        return combine(value, areas::squareKilometres, out, (v, a) -> a == 0 ? Double.NaN : v / a);
    }

    /** 100 × part ÷ whole, per region. */
    public static RegionValues share(RegionValues part, RegionValues whole) {
        RegionValues.Builder out = part.derive(part.indicatorName() + "の割合（" + whole.indicatorName() + "に占める）",
                Measure.SHARE.derivedUnit(part.unit()));
        whole.sources().forEach(out::source);
        return combine(part, whole::value, out, (p, w) -> w == 0 ? Double.NaN : p / w * 100.0);
    }

    /** Value minus base-period value; signed. */
    public static RegionValues change(RegionValues value, RegionValues base) {
        RegionValues.Builder out = value.derive(value.indicatorName() + "の増減（" + base.period() + "→"
                + value.period() + "）", Measure.CHANGE.derivedUnit(value.unit())).signed(true);
        base.sources().forEach(out::source);
        return combine(value, base::value, out, (v, b) -> v - b);
    }

    /** 100 × (value − base) ÷ base; signed. */
    public static RegionValues changePercent(RegionValues value, RegionValues base) {
        RegionValues.Builder out = value.derive(value.indicatorName() + "の増減率（" + base.period() + "→"
                + value.period() + "）", Measure.CHANGE_PERCENT.derivedUnit(value.unit())).signed(true);
        base.sources().forEach(out::source);
        return combine(value, base::value, out, (v, b) -> b == 0 ? Double.NaN : (v - b) / b * 100.0);
    }

    private interface Lookup {
        OptionalDouble get(String code);
    }

    private static RegionValues combine(RegionValues value, Lookup other, RegionValues.Builder out,
                                        DoubleBinaryOperator op) {
        value.noData().forEach(out::noData);
        for (Map.Entry<String, Double> e : value.values().entrySet()) {
            OptionalDouble o = other.get(e.getKey());
            if (o.isEmpty()) {
                out.noData(e.getKey(), NoData.INPUT_MISSING);
                continue;
            }
            double r = op.applyAsDouble(e.getValue(), o.getAsDouble());
            if (Double.isFinite(r)) {
                out.value(e.getKey(), r);
            } else {
                out.noData(e.getKey(), NoData.DIVISION_BY_ZERO);
            }
        }
        return out.build();
    }

    private static <T> T require(T input, String name, Measure measure) {
        if (input == null) {
            throw new IllegalArgumentException(measure.id() + " needs " + name);
        }
        return input;
    }
}
