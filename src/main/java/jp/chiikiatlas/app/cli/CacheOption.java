package jp.chiikiatlas.app.cli;

import java.nio.file.Path;
import jp.chiikiatlas.cache.AtlasCache;
import picocli.CommandLine.Option;

/** The {@code --cache FILE} option every command takes. */
public final class CacheOption {
    @Option(names = "--cache", paramLabel = "FILE",
            description = "SQLite cache file (default: data/cache/atlas.sqlite)")
    Path cache = AtlasCache.DEFAULT_PATH;

    public Path path() {
        return cache;
    }
}
