package jp.chiikiatlas.testing;

import java.nio.file.Path;

/**
 * A cache with the national boundaries and the real 住基 tables (dynamics 2015–2025, age tables),
 * imported once per test JVM with {@code import --data} on a folder of links to ../shared/data —
 * only those files, so it takes seconds, not the full import. Tests must only read it.
 */
public final class ImportedPopulation {
    private ImportedPopulation() {
    }

    /** The cache file; skips the calling test when ../shared/data is absent. */
    public static Path cacheFile() throws Exception {
        return ImportedSubset.of("population/juki-dynamics", "population/juki-age");
    }
}
