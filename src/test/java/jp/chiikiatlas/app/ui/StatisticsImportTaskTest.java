package jp.chiikiatlas.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.BoundaryStore;
import jp.chiikiatlas.choropleth.source.StatisticsChoroplethSource;
import jp.chiikiatlas.testing.ImportedBoundaries;
import jp.chiikiatlas.testing.ImportedStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GUI's first-start statistics import, run synchronously on a folder of real files. */
class StatisticsImportTaskTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage(); // Task posts its progress to the FX thread
    }

    private Path cacheWithBoundariesOnly() throws Exception {
        Path cache = dir.resolve("atlas.sqlite");
        Files.copy(ImportedBoundaries.cacheFile(), cache);
        return cache;
    }

    private Path dataFolder() throws Exception {
        ImportedStatistics.cacheFile(); // skips without ../shared/data
        return ImportedStatistics.linkedDataFolder(dir, "boundaries/n03-2021-01-01/N03-21_210101.topojson",
                "population/juki-dynamics/" + ImportedStatistics.JUKI_2025.getFileName());
    }

    @Test
    void importsTheStatisticsAndLeavesTheOpenBoundariesAlone() throws Exception {
        Path cache = cacheWithBoundariesOnly();
        Path data = dataFolder();
        jp.chiikiatlas.geo.BoundarySet boundarySet;
        try (AtlasCache atlas = AtlasCache.open(cache)) {
            boundarySet = new BoundaryStore(atlas).boundarySet().orElseThrow();
        }
        var outcome = new StatisticsImportTask(cache, data).call();
        assertThat(outcome.anyFailed()).isFalse();
        try (AtlasCache atlas = AtlasCache.open(cache); var source = new StatisticsChoroplethSource(atlas)) {
            assertThat(source.hasStatistics()).isTrue();
            assertThat(new BoundaryStore(atlas).boundarySet().orElseThrow()).as("imported once, not again").isEqualTo(boundarySet);
        }
    }

    @Test
    void aCancelledImportStopsBeforeTheNextFile() throws Exception {
        Path cache = cacheWithBoundariesOnly();
        StatisticsImportTask task = new StatisticsImportTask(cache, dataFolder());
        task.cancel();
        assertThatThrownBy(task::call).isInstanceOf(CancellationException.class);
        try (AtlasCache atlas = AtlasCache.open(cache); var source = new StatisticsChoroplethSource(atlas)) {
            assertThat(source.hasStatistics()).isFalse();
        }
    }
}
