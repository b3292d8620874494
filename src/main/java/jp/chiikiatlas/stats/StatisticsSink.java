package jp.chiikiatlas.stats;

/**
 * Where importers put what they read. The SQLite cache implements it; tests collect in memory.
 * An importer declares its dataset and indicators before the observations that use them.
 */
public interface StatisticsSink {
    void dataset(Dataset dataset) throws Exception;

    void indicator(Indicator indicator) throws Exception;

    void observation(Observation observation) throws Exception;

    void flow(Flow flow) throws Exception;
}
