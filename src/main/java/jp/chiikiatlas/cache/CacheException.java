package jp.chiikiatlas.cache;

/** The cache could not be opened, read or written; the message says what to do. */
public class CacheException extends Exception {
    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }

    public CacheException(String message) {
        super(message);
    }
}
