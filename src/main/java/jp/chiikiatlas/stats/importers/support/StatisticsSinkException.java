package jp.chiikiatlas.stats.importers.support;

/** The sink (e.g. the SQLite cache) failed: not a problem of the file, so not a DataFormatException. */
public class StatisticsSinkException extends RuntimeException {
    public StatisticsSinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
