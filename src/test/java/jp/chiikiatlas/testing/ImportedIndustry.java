package jp.chiikiatlas.testing;

import java.nio.file.Path;

/**
 * A cache with the national boundaries and the 経済センサス prefecture table (ExplanatoryVariablesBase.csv:
 * indicators with an {@code industry} dimension, 42 prefectures), built once per test JVM.
 */
public final class ImportedIndustry {
    public static final String TABLE = "industry/ExplanatoryVariablesBase.csv";
    public static final String AREAS = "industry/AreaID.csv";

    private ImportedIndustry() {
    }

    /** The cache file; skips the calling test when ../shared/data is absent. */
    public static Path cacheFile() throws Exception {
        return ImportedSubset.of(TABLE, AREAS);
    }
}
