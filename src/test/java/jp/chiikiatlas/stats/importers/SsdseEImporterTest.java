package jp.chiikiatlas.stats.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.chiikiatlas.stats.CollectingSink;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.importers.support.CsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SsdseEImporterTest {
    @TempDir
    Path dir;

    @Test
    void realFile_officialAreaOfHokkaido() throws Exception {
        CollectingSink sink = new CollectingSink();
        ImportReport report = new SsdseEImporter().importFile(RealData.file("industry/SSDSE-E-2024.csv"), sink);

        assertThat(sink.value("ssdse_B1101", "01000", 2022, Map.of())).isEqualTo(7842075);
        assertThat(sink.value("ssdse_B1103", "01000", 2022, Map.of())).isEqualTo(2269856);
        assertThat(sink.indicator("ssdse_B1101").nameJa()).isEqualTo("総面積（北方地域及び竹島を除く）");
        assertThat(sink.indicator("ssdse_B1101").unit()).isEqualTo("ha");
        // 県内総生産額 is fiscal 2019 in line 2
        assertThat(sink.value("ssdse_C1121", "00000", 2019, Map.of())).isEqualTo(580846867);
        assertThat(report.rowsRead()).isEqualTo(48);
        assertThat(report.stored()).isEqualTo(48 * 90);
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    void textInANumberCellNamesRowAndColumn() throws Exception {
        Path f = dir.resolve("SSDSE-E-test.csv");
        Files.write(f, ("SSDSE-E-2024,Prefecture,B1101\n,年度,2022\n地域コード,都道府県,総面積\n"
                + "R01000,北海道,7842075\nR02000,青森県,広い\n").getBytes(CsvFile.WINDOWS_31J));
        assertThatThrownBy(() -> new SsdseEImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("line 5, column 3 (B1101 総面積)")
                .hasMessageContaining("'広い'");
    }

    @Test
    void otherLayoutIsRejected() throws Exception {
        Path f = dir.resolve("SSDSE-E-test.csv");
        Files.write(f, "year,origin\n2018,東京都\n".getBytes(CsvFile.WINDOWS_31J));
        assertThatThrownBy(() -> new SsdseEImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("SSDSE layout");
    }
}
