package jp.chiikiatlas.geo.io;

/**
 * A boundary file cannot be read. The message names the file, the feature or byte offset, and
 * what the user can do; it is shown as is, without a stack trace.
 */
public class BoundaryFormatException extends Exception {
    public BoundaryFormatException(String message) {
        super(message);
    }

    public BoundaryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
