package jp.chiikiatlas.stats.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import jp.chiikiatlas.stats.CollectingSink;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.ValueStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefectureGdpImporterTest {
    @TempDir
    Path dir;

    @Test
    void realFiles_twoEditionsAreTwoSeries() throws Exception {
        CollectingSink newer = new CollectingSink();
        ImportReport r1 = new PrefectureGdpImporter().importFile(RealData.file("prefecture-gdp/total_gdp_1.xlsx"), newer);
        CollectingSink older = new CollectingSink();
        ImportReport r2 = new PrefectureGdpImporter().importFile(RealData.file("prefecture-gdp/total_gdp_2.xlsx"), older);

        assertThat(newer.value("gdp_nominal_2015base", "01000", 2011, Map.of())).isEqualTo(18492301);
        assertThat(older.value("gdp_nominal_2011base", "01000", 2011, Map.of())).isEqualTo(18071493);
        assertThat(newer.datasets.get(0).id()).isNotEqualTo(older.datasets.get(0).id());
        assertThat(newer.observations).allMatch(o -> o.indicatorId().equals("gdp_nominal_2015base"));

        assertThat(newer.value("gdp_nominal_2015base", "01100", 2020, Map.of())).isEqualTo(7280136); // 札幌市
        assertThat(older.find("gdp_nominal_2011base", "22130", 2006, Map.of()).orElseThrow().status())
                .isEqualTo(ValueStatus.NOT_AVAILABLE); // 浜松市 before it became a designated city
        assertThat(r1.aggregatesSkipped()).isEqualTo(8); // 全県計 + 7 regional blocks
        assertThat(r1.rejected()).isEmpty();
        assertThat(r2.rejected()).isEmpty();
        assertThat(r1.notes()).noneMatch(n -> n.contains("differs"));
        assertThat(r1.rowsRead()).isEqualTo(47 + 8 + 16);
    }

    @Test
    void fixture_unknownEditionGetsItsYearsAsId_andTextInANumberCellIsNamed() throws Exception {
        Path f = ExcelFixtures.xlsx(dir.resolve("gdp.xlsx"), "実数",
                new Object[] {null, null, "県内総生産（生産側、名目）"},
                new Object[] {null, null, "（単位：100万円）"},
                new Object[] {"都道府県", null, "令和3年度", "令和4年度"},
                new Object[] {null, null, 2021, 2022},
                new Object[] {"13", "東京都", 1000, 2000},
                new Object[] {null, "全県計", 1000, 2000},
                new Object[] {null, "堺市", "-", 5});
        CollectingSink sink = new CollectingSink();
        ImportReport report = new PrefectureGdpImporter().importFile(f, sink);
        assertThat(sink.value("gdp_nominal_fy2021_2022", "13000", 2022, Map.of())).isEqualTo(2000);
        assertThat(sink.find("gdp_nominal_fy2021_2022", "27140", 2021, Map.of()).orElseThrow().status())
                .isEqualTo(ValueStatus.NOT_AVAILABLE);
        assertThat(report.aggregatesSkipped()).isEqualTo(1);

        Path bad = ExcelFixtures.xlsx(dir.resolve("gdp-bad.xlsx"), "実数",
                new Object[] {null, null, "県内総生産（生産側、名目）"},
                new Object[] {"都道府県", null, 2021},
                new Object[] {"13", "東京都", "約千"});
        assertThatThrownBy(() -> new PrefectureGdpImporter().importFile(bad, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("gdp-bad.xlsx, sheet '実数', row 3, column C")
                .hasMessageContaining("'約千'");
    }

    @Test
    void fixture_movedHeaderIsReported() throws Exception {
        Path f = ExcelFixtures.xlsx(dir.resolve("gdp.xlsx"), "実数",
                new Object[] {null, null, "県内総生産（生産側、名目）"},
                new Object[] {null, "都道府県", 2021},
                new Object[] {"13", "東京都", 1000});
        assertThatThrownBy(() -> new PrefectureGdpImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("gdp.xlsx, sheet '実数'")
                .hasMessageContaining("'都道府県' in column A");
    }

    @Test
    void truncatedWorkbookIsReportedNotCrashed() throws Exception {
        Path f = ExcelFixtures.truncated(ExcelFixtures.xlsx(dir.resolve("total_gdp_1.xlsx"), "実数",
                new Object[] {null, null, "県内総生産（生産側、名目）"},
                new Object[] {"都道府県", null, 2021},
                new Object[] {"13", "東京都", 1000}));
        assertThatThrownBy(() -> new PrefectureGdpImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("total_gdp_1.xlsx")
                .hasMessageContaining("truncated");
    }
}
