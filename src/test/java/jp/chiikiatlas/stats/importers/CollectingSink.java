package jp.chiikiatlas.stats.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.Flow;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.Observation;
import jp.chiikiatlas.stats.StatisticsSink;

/** Keeps everything an importer writes, and checks the declaration order the sink contract asks for. */
final class CollectingSink implements StatisticsSink {
    final List<Dataset> datasets = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    final List<Observation> observations = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();

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

    Optional<Observation> observation(String indicator, String region, int period, Map<String, String> dims) {
        List<Observation> found = observations.stream()
                .filter(o -> o.indicatorId().equals(indicator) && o.regionCode().equals(region)
                        && o.period() == period && o.dimensions().equals(dims))
                .toList();
        if (found.size() > 1) {
            throw new AssertionError("duplicate observations: " + found);
        }
        return found.stream().findFirst();
    }

    Double value(String indicator, String region, int period, Map<String, String> dims) {
        return observation(indicator, region, period, dims)
                .orElseThrow(() -> new AssertionError("no " + indicator + " " + region + " " + period + " " + dims))
                .value();
    }

    Optional<Flow> flow(String indicator, int period, String origin, String destination, Map<String, String> dims) {
        return flows.stream()
                .filter(f -> f.indicatorId().equals(indicator) && f.period() == period
                        && f.originCode().equals(origin) && f.destinationCode().equals(destination)
                        && f.dimensions().equals(dims))
                .findFirst();
    }

    Indicator indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + id));
    }
}
