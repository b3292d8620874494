package jp.chiikiatlas.testing;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A cache with the national boundaries and the FY2025 住基 dynamics table (population on
 * 2025-01-01 by municipality), built once per test JVM through the {@code import --data} machinery
 * on a folder holding just those two real files — enough for choropleths, and fast.
 */
public final class ImportedStatistics {
    public static final Path JUKI_2025 = SharedData.ROOT.resolve(
            "population/juki-dynamics/FY2025-population_dynamics_municipal.xlsx");
    public static final Path JUKI_2024 = SharedData.ROOT.resolve(
            "population/juki-dynamics/FY2024-population_dynamics_municipal.xlsx");

    private ImportedStatistics() {
    }

    /** The cache file; skips the calling test when ../shared/data is absent. */
    public static Path cacheFile() throws Exception {
        return ImportedSubset.of("population/juki-dynamics/" + JUKI_2025.getFileName(),
                "population/juki-dynamics/" + JUKI_2024.getFileName());
    }

    /** A data folder laid out like ../shared/data holding links to the given real files. */
    public static Path linkedDataFolder(Path dir, String... relative) throws IOException {
        return ImportedSubset.linkedDataFolder(dir, relative);
    }
}
