package jp.chiikiatlas.stats.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.chiikiatlas.stats.CollectingSink;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.Observation;
import jp.chiikiatlas.stats.ValueStatus;
import jp.chiikiatlas.stats.importers.support.CsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EStatCsvImporterTest {
    @TempDir
    Path dir;

    private static final String FIXTURE = String.join("\r\n",
            "統計名：,都道府県データ 社会生活統計指標,,,,,",
            "表番号：,10201,,,,,",
            "表題：,Ａ　人口・世帯,,,,,",
            ",,,,,,",
            "***,調査又は集計していないもの,,,,,",
            "-,データが得られないもの,,,,,",
            "X,数値が秘匿されているもの,,,,,",
            ",,,,,,",
            "調査年 コード,調査年,地域 コード,地域,/Ａ　人口・世帯,#A011000_総人口【万人】,#A01302_昼夜間人口比率【％】,#A9999_比率",
            "2022100000,2022年度,0,全国,,\"12,495\",***,X",
            "2022100000,2022年度,47000,沖縄県,,147,-,\"1,303.60\"",
            "");

    @Test
    void realFile_hokkaidoPopulationAndAMarkerCell() throws Exception {
        CollectingSink sink = new CollectingSink();
        ImportReport report = new EStatCsvImporter()
                .importFile(RealData.file("prefecture-indicators/FEH_00200502_240810184536.csv"), sink);

        assertThat(sink.value("estat_A011000", "01000", 1975, Map.of())).isEqualTo(534);
        assertThat(sink.indicator("estat_A01302").nameJa()).isEqualTo("昼夜間人口比率");
        assertThat(sink.indicator("estat_A01302").unit()).isEqualTo("％");
        Observation marker = sink.find("estat_A01302", "01000", 1975, Map.of()).orElseThrow();
        assertThat(marker.status()).isEqualTo(ValueStatus.NOT_SURVEYED);
        assertThat(marker.value()).isNull();
        assertThat(report.rowsRead()).isEqualTo(48 * 48);
        assertThat(report.rejected()).isEmpty();
        assertThat(sink.datasets.get(0).credit()).contains("e-Stat");
    }

    @Test
    void fixture_legendFromTheFileCodesPaddedSeparatorsRemoved() throws Exception {
        CollectingSink sink = new CollectingSink();
        ImportReport report = new EStatCsvImporter().importFile(write(FIXTURE), sink);

        assertThat(sink.value("estat_A011000", "00000", 2022, Map.of())).isEqualTo(12495);
        assertThat(sink.value("estat_A9999", "47000", 2022, Map.of())).isEqualTo(1303.6);
        assertThat(sink.find("estat_A9999", "00000", 2022, Map.of()).orElseThrow().status())
                .isEqualTo(ValueStatus.SUPPRESSED);
        assertThat(sink.find("estat_A01302", "47000", 2022, Map.of()).orElseThrow().status())
                .isEqualTo(ValueStatus.NOT_AVAILABLE);
        assertThat(sink.indicator("estat_A9999").unit()).isEmpty();
        assertThat(sink.datasets.get(0).id()).isEqualTo("estat-10201");
        assertThat(report.stored()).isEqualTo(6);
    }

    @Test
    void aMarkerMissingFromTheLegendIsNotANumber() throws Exception {
        Path f = write(FIXTURE.replace("***,調査又は集計していないもの,,,,,\r\n", ""));
        assertThatThrownBy(() -> new EStatCsvImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("line 9, column 7 (#A01302_昼夜間人口比率【％】)")
                .hasMessageContaining("'***'");
    }

    @Test
    void headerWithoutAreaCodeColumnIsAnUnknownLayout() throws Exception {
        Path f = write(FIXTURE.replace("地域 コード", "地区"));
        assertThatThrownBy(() -> new EStatCsvImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("estat.csv")
                .hasMessageContaining("地域 コード");
    }

    @Test
    void utf8DownloadIsRejected() throws Exception {
        Path f = dir.resolve("estat.csv");
        Files.writeString(f, "\uFEFF" + FIXTURE);
        assertThatThrownBy(() -> new EStatCsvImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("windows-31j");
    }

    @Test
    void utf8WithoutBomIsNotTakenForCp932() throws Exception {
        Path f = dir.resolve("estat.csv");
        Files.writeString(f, FIXTURE);
        assertThatThrownBy(() -> new EStatCsvImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("estat.csv")
                .hasMessageContaining("encoding");
    }

    private Path write(String text) throws Exception {
        Path f = dir.resolve("estat.csv");
        Files.write(f, text.getBytes(CsvFile.WINDOWS_31J));
        return f;
    }
}
