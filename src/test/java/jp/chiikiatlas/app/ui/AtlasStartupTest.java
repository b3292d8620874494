package jp.chiikiatlas.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.map.MapData;
import jp.chiikiatlas.testing.ImportedBoundaries;
import jp.chiikiatlas.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-start work of the window, run synchronously: import when the cache is empty, then load. */
class AtlasStartupTest {
    @TempDir
    Path dir;

    /** Through TestFX, so that TestFX tests running later in the same JVM still get their primary stage. */
    @BeforeAll
    static void startToolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void firstStartImportsTheDefaultBoundariesThenLoadsTheMap() throws Exception {
        Path defaults = SharedData.require(SharedData.NATIONAL_TOPOJSON);
        Path cache = dir.resolve("atlas.sqlite");
        AtlasApplication.StartupTask task = new AtlasApplication.StartupTask(cache, null, defaults);
        MapData data = task.call();
        assertThat(data.regions().stream().filter(r -> r.level() == RegionLevel.PREFECTURE)).hasSize(47);
        assertThat(data.attribution()).contains("国土数値情報");
    }

    @Test
    void aCacheWithBoundariesIsUsedAsItIs() throws Exception {
        Path cache = dir.resolve("copy.sqlite");
        Files.copy(ImportedBoundaries.cacheFile(), cache);
        AtlasApplication.StartupTask task = new AtlasApplication.StartupTask(cache, null, dir.resolve("absent.topojson"));
        assertThat(task.call().region("13101")).isPresent();
        assertThat(task.importing).isFalse();
    }

    @Test
    void withoutBoundariesOrADefaultFileTheUserIsAskedForOne() {
        AtlasApplication.StartupTask task = new AtlasApplication.StartupTask(dir.resolve("empty.sqlite"), null,
                dir.resolve("absent.topojson"));
        assertThatThrownBy(task::call).isInstanceOf(AtlasApplication.NeedsBoundaryFile.class);
    }

    @Test
    void errorsAreShownWithTheirUserMessageOnly() {
        assertThat(ErrorReporter.userMessage(new jp.chiikiatlas.cache.CacheException("Cannot open the cache x")))
                .isEqualTo("Cannot open the cache x");
        assertThat(ErrorReporter.userMessage(new IllegalStateException("boom")))
                .contains("boom").contains("please report").doesNotContain("at jp.");
    }
}
