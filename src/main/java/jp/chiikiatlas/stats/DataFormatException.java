package jp.chiikiatlas.stats;

/**
 * A statistics file cannot be imported. The message names file, sheet, row and column, what was
 * expected, and what to do; it is shown as is. The dataset is rolled back, other datasets still import.
 */
public class DataFormatException extends Exception {
    public DataFormatException(String message) {
        super(message);
    }

    public DataFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
