package jp.chiikiatlas.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps what an importer writes, for tests. */
public final class CollectingSink implements StatisticsSink {
    public final List<Dataset> datasets = new ArrayList<>();
    public final List<Indicator> indicators = new ArrayList<>();
    public final List<Observation> observations = new ArrayList<>();
    public final List<Flow> flows = new ArrayList<>();

    @Override
    public void dataset(Dataset dataset) {
        datasets.add(dataset);
    }

    @Override
    public void indicator(Indicator indicator) {
        indicators.add(indicator);
    }

    @Override
    public void observation(Observation observation) {
        observations.add(observation);
    }

    @Override
    public void flow(Flow flow) {
        flows.add(flow);
    }

    /** The one observation with these coordinates (dimensions compared by canonical key). */
    public Optional<Observation> find(String indicator, String region, int period, Map<String, String> dims) {
        String key = Dimensions.key(dims);
        return observations.stream().filter(o -> o.indicatorId().equals(indicator) && o.regionCode().equals(region)
                && o.period() == period && Dimensions.key(o.dimensions()).equals(key)).findFirst();
    }

    public Double value(String indicator, String region, int period, Map<String, String> dims) {
        return find(indicator, region, period, dims).map(Observation::value).orElse(null);
    }
}
