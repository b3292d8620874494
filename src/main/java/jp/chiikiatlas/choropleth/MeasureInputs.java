package jp.chiikiatlas.choropleth;

import java.util.Objects;

/**
 * The tables a measure may combine. Only {@code value} is always needed; the others are null
 * unless the measure uses them.
 *
 * @param population residents per region, for {@link Measure#PER_CAPITA}
 * @param areas      region areas, for {@link Measure#PER_KM2}
 * @param whole      the total the value is a part of, for {@link Measure#SHARE}
 * @param base       the same indicator in the base period, for the change measures
 */
public record MeasureInputs(RegionValues value, RegionValues population, RegionAreas areas,
                            RegionValues whole, RegionValues base) {
    public MeasureInputs {
        Objects.requireNonNull(value, "value");
    }

    public static MeasureInputs of(RegionValues value) {
        return new MeasureInputs(value, null, null, null, null);
    }

    public MeasureInputs withPopulation(RegionValues p) {
        return new MeasureInputs(value, p, areas, whole, base);
    }

    public MeasureInputs withAreas(RegionAreas a) {
        return new MeasureInputs(value, population, a, whole, base);
    }

    public MeasureInputs withWhole(RegionValues w) {
        return new MeasureInputs(value, population, areas, w, base);
    }

    public MeasureInputs withBase(RegionValues b) {
        return new MeasureInputs(value, population, areas, whole, b);
    }
}
