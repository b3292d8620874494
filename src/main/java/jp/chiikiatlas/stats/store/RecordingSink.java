package jp.chiikiatlas.stats.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.Dimensions;
import jp.chiikiatlas.stats.Flow;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.Observation;
import jp.chiikiatlas.stats.StatisticsSink;

/**
 * Keeps an importer's output in memory, in order, to be replayed into another sink later. Lets the
 * import read the next file on another thread while this one is written to SQLite (one writer).
 */
public final class RecordingSink implements StatisticsSink {
    private final List<Object> calls = new ArrayList<>();

    @Override
    public void dataset(Dataset dataset) {
        calls.add(dataset);
    }

    @Override
    public void indicator(Indicator indicator) {
        calls.add(indicator);
    }

    @Override
    public void observation(Observation observation) {
        calls.add(observation);
    }

    @Override
    public void flow(Flow flow) {
        calls.add(flow);
    }

    /**
     * Sends everything recorded: declarations in their order, then observations sorted by series
     * (indicator, dimensions), region and period — the order of the observation table's key, so
     * SQLite appends instead of inserting all over its B-tree.
     */
    public void replay(StatisticsSink sink) throws Exception {
        record Keyed(String series, Observation o) {
        }
        List<Keyed> observations = new ArrayList<>();
        for (Object call : calls) {
            if (call instanceof Observation o) {
                observations.add(new Keyed(o.datasetId() + '|' + o.indicatorId() + '|' + Dimensions.key(o.dimensions()), o));
            }
        }
        observations.sort(Comparator.comparing(Keyed::series).thenComparing(k -> k.o().regionCode())
                .thenComparingInt(k -> k.o().period()));
        for (Object call : calls) {
            if (call instanceof Observation) {
                continue;
            }
            if (call instanceof Flow f) {
                sink.flow(f);
            } else if (call instanceof Indicator i) {
                sink.indicator(i);
            } else {
                sink.dataset((Dataset) call);
            }
        }
        for (Keyed k : observations) {
            sink.observation(k.o());
        }
    }
}
