package jp.chiikiatlas.cache;

import java.util.concurrent.CancellationException;

/**
 * How long work reports progress and learns it was cancelled. The UI adapts a JavaFX Task to it;
 * the command line ignores it.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** @param fraction 0 to 1 */
    void update(double fraction, String message);

    boolean cancelled();

    /** Throws when cancelled, so the surrounding transaction rolls back. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException("cancelled by the user; the cache is unchanged");
        }
    }
}
