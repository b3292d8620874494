package jp.chiikiatlas.choropleth.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.choropleth.source.StatisticsChoroplethSource;

/**
 * The one background thread that reads statistics for the choropleth, with its own cache
 * connection (SQLite connections and prepared statements belong to one thread): the FX thread
 * never waits on a query.
 */
final class ChoroplethWorker implements AutoCloseable {
    interface Job<T> {
        T run(StatisticsChoroplethSource source) throws Exception;
    }

    private final Path cacheFile;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "choropleth-queries");
        t.setDaemon(true);
        return t;
    });
    private AtlasCache cache;
    private StatisticsChoroplethSource source;

    ChoroplethWorker(Path cacheFile) {
        this.cacheFile = cacheFile;
    }

    <T> CompletableFuture<T> submit(Job<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                result.complete(job.run(source()));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Forget what was read: the next job sees the cache afresh (after an import). */
    CompletableFuture<Void> reopen() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        executor.execute(() -> {
            closeQuietly();
            done.complete(null);
        });
        return done;
    }

    private StatisticsChoroplethSource source() throws Exception {
        if (source == null) {
            cache = AtlasCache.open(cacheFile);
            source = new StatisticsChoroplethSource(cache);
        }
        return source;
    }

    private void closeQuietly() {
        try {
            if (source != null) {
                source.close();
            }
            if (cache != null) {
                cache.close();
            }
        } catch (Exception ignored) {
            // closing a read connection cannot lose data
        }
        source = null;
        cache = null;
    }

    @Override
    public void close() {
        executor.execute(this::closeQuietly);
        executor.shutdown();
    }
}
