package jp.chiikiatlas.stats.importers.support;

import java.util.Map;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.Flow;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.Observation;
import jp.chiikiatlas.stats.StatisticsSink;
import jp.chiikiatlas.stats.ValueStatus;

/**
 * Writes to a {@link StatisticsSink} on behalf of one importer and one dataset, counting every stored
 * value in the {@link ImportReport}, so the count cannot drift from what was written.
 */
public final class SinkWriter {
    private final StatisticsSink sink;
    private final ImportReport report;
    private String datasetId;

    public SinkWriter(StatisticsSink sink, ImportReport report) {
        this.sink = sink;
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }

    public void dataset(Dataset dataset) {
        datasetId = dataset.id();
        call(() -> sink.dataset(dataset), "dataset " + dataset.id());
    }

    public void indicator(Indicator indicator) {
        call(() -> sink.indicator(indicator), "indicator " + indicator.id());
    }

    public void observation(String indicatorId, String region, int period, Map<String, String> dims, CellValue v) {
        observation(indicatorId, region, period, dims, v.value(), v.status());
    }

    public void observation(String indicatorId, String region, int period, Map<String, String> dims,
                            Double value, ValueStatus status) {
        Observation o = new Observation(requireDataset(), indicatorId, region, period, Map.copyOf(dims),
                status == ValueStatus.OK ? value : null, status);
        call(() -> sink.observation(o), "observation " + indicatorId + " " + region + " " + period);
        report.stored(1);
    }

    public void flow(String indicatorId, int period, String origin, String destination, Map<String, String> dims,
                     double value) {
        Flow f = new Flow(requireDataset(), indicatorId, period, origin, destination, Map.copyOf(dims), value);
        call(() -> sink.flow(f), "flow " + indicatorId + " " + origin + "→" + destination + " " + period);
        report.stored(1);
    }

    private String requireDataset() {
        if (datasetId == null) {
            throw new IllegalStateException("declare the dataset before its observations");
        }
        return datasetId;
    }

    private interface SinkCall {
        void run() throws Exception;
    }

    private void call(SinkCall c, String what) {
        try {
            c.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StatisticsSinkException("could not store " + what + " from " + report.file() + ": "
                    + e.getMessage(), e);
        }
    }
}
