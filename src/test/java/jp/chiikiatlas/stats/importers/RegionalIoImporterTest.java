package jp.chiikiatlas.stats.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.chiikiatlas.stats.CollectingSink;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionalIoImporterTest {
    @TempDir
    Path dir;

    @Test
    void realFile_japanAndTheBlankGujoRow() throws Exception {
        CollectingSink sink = new CollectingSink();
        ImportReport report = new RegionalIoImporter().importFile(RealData.file("industry/IOTable.csv"), sink);

        assertThat(sink.value("io_intermediate", "00000", 2015, Map.of("from_sector", "1", "to_sector", "1")))
                .isEqualTo(1566738);
        assertThat(sink.value("io_intermediate", "00000", 2015, Map.of("from_sector", "1", "to_sector", "3")))
                .isEqualTo(8148291);
        assertThat(sink.value("io_intermediate", "45000", 2015, Map.of("from_sector", "1", "to_sector", "1")))
                .isEqualTo(53211.73);
        assertThat(sink.observations).noneMatch(o -> o.regionCode().equals("21219"));
        assertThat(report.rejected()).singleElement().asString()
                .contains("21219 Gujo(Gifu)").contains("blank").contains("not stored as zeros");
        assertThat(report.rowsRead()).isEqualTo(50);
        assertThat(report.stored()).isEqualTo(49 * (144 + 12));
    }

    @Test
    void fixture_textInAnAmountCell() throws Exception {
        Path f = dir.resolve("IOTable.csv");
        Files.writeString(f, "AreaID(string),R1C1,Y1\n00000,5,10\n01000,n/a,3\n");
        assertThatThrownBy(() -> new RegionalIoImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("IOTable.csv, line 3, column 2 (R1C1)")
                .hasMessageContaining("'n/a'");
    }

    @Test
    void fixture_movedIdColumnIsFoundByName_missingOneIsNamed() throws Exception {
        Path f = dir.resolve("IOTable.csv");
        Files.writeString(f, "Y1,AreaID(string),R1C2\n10,01000,4\n");
        CollectingSink sink = new CollectingSink();
        new RegionalIoImporter().importFile(f, sink);
        assertThat(sink.value("io_output", "01000", 2015, Map.of("sector", "1"))).isEqualTo(10);

        Files.writeString(f, "Area,R1C1,Y1\n00000,5,10\n");
        assertThatThrownBy(() -> new RegionalIoImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("AreaID(string)");
    }
}
