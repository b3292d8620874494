package jp.chiikiatlas.stats.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import jp.chiikiatlas.stats.CollectingSink;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefectureMigration2025ImporterTest {
    @TempDir
    Path dir;

    @Test
    void realFile_tokyoAndJapan() throws Exception {
        CollectingSink sink = new CollectingSink();
        ImportReport report = new PrefectureMigration2025Importer()
                .importFile(RealData.file("population/migration/FY2025-migration_prefecture.xlsx"), sink);

        assertThat(sink.value("pref_moves_in", "13000", 2025, Map.of("scope", "domestic"))).isEqualTo(451843);
        assertThat(sink.value("pref_moves_out", "13000", 2025, Map.of("scope", "domestic"))).isEqualTo(386624);
        assertThat(sink.value("pref_moves_in", "13000", 2025, Map.of("scope", "abroad"))).isEqualTo(150416);
        assertThat(sink.value("pref_social_change", "13000", 2025, Map.of())).isEqualTo(125457);
        assertThat(sink.value("pref_social_change", "13000", 2024, Map.of())).isEqualTo(140548); // (参考)2024年
        assertThat(sink.value("pref_social_change", "01000", 2025, Map.of())).isEqualTo(4590);
        assertThat(sink.value("pref_social_change", "00000", 2025, Map.of())).isEqualTo(337234);
        assertThat(report.rowsRead()).isEqualTo(48);
        assertThat(report.stored()).isEqualTo(48 * 8);
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    void fixture_columnsFoundByHeaderTextWhereverTheyAre() throws Exception {
        Path f = ExcelFixtures.xlsx(dir.resolve("mig.xlsx"), "社会増減数",
                new Object[] {null, "都道府県別社会増減数（2026年）"},
                new Object[] {null, null, "社会増加数", "転出者数", "転入者数"},
                new Object[] {null, null, null, "（国内）", "（国内）"},
                new Object[] {null, "全国", 0, 10, 10},
                new Object[] {null, "沖縄県", -3, 7, 4},
                new Object[] {null, "注：テスト"});
        CollectingSink sink = new CollectingSink();
        ImportReport report = new PrefectureMigration2025Importer().importFile(f, sink);
        assertThat(sink.value("pref_moves_in", "47000", 2026, Map.of("scope", "domestic"))).isEqualTo(4);
        assertThat(sink.value("pref_social_change", "47000", 2026, Map.of())).isEqualTo(-3);
        assertThat(report.rejected()).singleElement().asString().contains("注：テスト");
    }

    @Test
    void fixture_missingSocialChangeColumn() throws Exception {
        Path f = ExcelFixtures.xlsx(dir.resolve("mig.xlsx"), "社会増減数",
                new Object[] {null, "都道府県別社会増減数（2026年）"},
                new Object[] {null, null, "転入者数（国内）", "転出者数（国内）"},
                new Object[] {null, "全国", 10, 10});
        assertThatThrownBy(() -> new PrefectureMigration2025Importer().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("mig.xlsx, sheet '社会増減数', row 2")
                .hasMessageContaining("社会増加数");
    }

    @Test
    void fixture_twoColumnsWithTheSameMeaningAreAnUnknownLayout() throws Exception {
        Path f = ExcelFixtures.xlsx(dir.resolve("mig.xlsx"), "社会増減数",
                new Object[] {null, "都道府県別社会増減数（2026年）"},
                new Object[] {null, null, "転入者数（国内）", "転出者数（国内）", "社会増加数", "転入者数（国内）"},
                new Object[] {null, "全国", 10, 10, 0, 10});
        assertThatThrownBy(() -> new PrefectureMigration2025Importer().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("row 2, column F")
                .hasMessageContaining("expected one column each");
    }
}
