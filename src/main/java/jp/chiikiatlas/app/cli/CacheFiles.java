package jp.chiikiatlas.app.cli;

import java.nio.file.Path;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.CacheException;

/** Opening the cache for reading commands: a missing file is a user error, not a new empty cache. */
final class CacheFiles {
    private CacheFiles() {
    }

    static AtlasCache openExisting(Path path) throws CacheException {
        if (!AtlasCache.exists(path)) {
            throw new CacheException("no cache at " + path + ": build it first with `import --data ../shared/data`"
                    + " (or pass --cache FILE).");
        }
        return AtlasCache.open(path);
    }
}
