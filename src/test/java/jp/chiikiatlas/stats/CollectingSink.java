package jp.chiikiatlas.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps everything an importer writes, for tests, and checks the declaration order the sink
 * contract asks for (dataset, then its indicators, then their observations and flows).
 */
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
        if (datasets.isEmpty()) {
            throw new IllegalStateException("indicator before dataset");
        }
        indicators.add(indicator);
    }

    @Override
    public void observation(Observation o) {
        requireDeclared(o.datasetId(), o.indicatorId());
        observations.add(o);
    }

    @Override
    public void flow(Flow f) {
        requireDeclared(f.datasetId(), f.indicatorId());
        flows.add(f);
    }

    private void requireDeclared(String datasetId, String indicatorId) {
        if (datasets.stream().noneMatch(d -> d.id().equals(datasetId))) {
            throw new IllegalStateException("undeclared dataset " + datasetId);
        }
        if (indicators.stream().noneMatch(i -> i.id().equals(indicatorId))) {
            throw new IllegalStateException("undeclared indicator " + indicatorId);
        }
    }

    /**
     * The one observation with these coordinates, dimensions compared by their canonical key as the
     * cache stores them ({@code sex=total} is the same as no {@code sex}); two such is an error.
     */
    public Optional<Observation> find(String indicator, String region, int period, Map<String, String> dims) {
        String key = Dimensions.key(dims);
        List<Observation> found = observations.stream()
                .filter(o -> o.indicatorId().equals(indicator) && o.regionCode().equals(region)
                        && o.period() == period && Dimensions.key(o.dimensions()).equals(key))
                .toList();
        if (found.size() > 1) {
            throw new AssertionError("duplicate observations: " + found);
        }
        return found.stream().findFirst();
    }

    /** The value of the one observation with these coordinates; an assertion error when there is none. */
    public Double value(String indicator, String region, int period, Map<String, String> dims) {
        return find(indicator, region, period, dims)
                .orElseThrow(() -> new AssertionError("no " + indicator + " " + region + " " + period + " " + dims))
                .value();
    }

    public Optional<Flow> flow(String indicator, int period, String origin, String destination, Map<String, String> dims) {
        return flows.stream()
                .filter(f -> f.indicatorId().equals(indicator) && f.period() == period
                        && f.originCode().equals(origin) && f.destinationCode().equals(destination)
                        && f.dimensions().equals(dims))
                .findFirst();
    }

    public Indicator indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + id));
    }
}
