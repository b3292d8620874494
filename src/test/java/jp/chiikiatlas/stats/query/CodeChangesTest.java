package jp.chiikiatlas.stats.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.chiikiatlas.cache.AtlasCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeChangesTest {
    @TempDir
    Path dir;

    @Test
    void hamamatsuWardReorganisationIsSeededAndExplained() throws Exception {
        try (AtlasCache cache = AtlasCache.open(dir.resolve("c.sqlite"))) {
            CodeChanges changes = CodeChanges.load(cache.connection());
            assertThat(changes.all()).hasSize(8).allSatisfy(c -> assertThat(c.parentCode()).isEqualTo("22130"));
            assertThat(changes.explain("22131", 2024)).hasValueSatisfying(text -> assertThat(text)
                    .contains("code changed on 2024-01-01").contains("22138 浜松市中央区"));
            assertThat(changes.explain("22135", 2025)).hasValueSatisfying(text -> assertThat(text)
                    .contains("22138").contains("22139"));
            assertThat(changes.explain("22131", 2023)).isEmpty(); // events of 2023 are under the old codes
            assertThat(changes.explain("22140", 2020)).hasValueSatisfying(text -> assertThat(text)
                    .contains("exists only from that date").contains("22137"));
            assertThat(changes.explain("22140", 2025)).isEmpty();
            assertThat(changes.explain("01100", 2025)).isEmpty();
        }
    }
}
