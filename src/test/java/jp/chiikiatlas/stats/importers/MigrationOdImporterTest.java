package jp.chiikiatlas.stats.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.chiikiatlas.stats.CollectingSink;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.importers.support.CsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationOdImporterTest {
    @TempDir
    Path dir;

    @Test
    void kanagawaToTokyo2018FromTheRealFile() throws Exception {
        CollectingSink sink = new CollectingSink();
        ImportReport report = new MigrationOdImporter().importFile(RealData.file("migration-od/move-pref-all.csv"), sink);

        assertThat(sink.flow("migrants", 2018, "14000", "13000", Map.of("sex", "total")).orElseThrow().value())
                .isEqualTo(80579);
        assertThat(sink.flow("migrants", 2018, "13000", "14000", Map.of("sex", "total")).orElseThrow().value())
                .isEqualTo(75209);
        assertThat(sink.flows).noneMatch(f -> f.originCode().equals(f.destinationCode()));
        assertThat(report.rowsRead()).isEqualTo(59643);
        assertThat(report.stored()).isEqualTo(9 * 47 * 46 * 3);
        assertThat(report.rejected()).isEmpty();
        assertThat(sink.datasets.get(0).sha256()).hasSize(64);
    }

    @Test
    void smallFixtureWithBomQuotesAndDiagonal() throws Exception {
        Path f = write("\uFEFFyear,origin,destination,gender,migration\n"
                + "2018,神奈川県,東京都,男,\"41,663\"\r\n"
                + "2018,東京都,東京都,総数,0\n"
                + "2018,火星,東京都,総数,5\n");
        CollectingSink sink = new CollectingSink();
        ImportReport report = new MigrationOdImporter().importFile(f, sink);

        assertThat(sink.flows).singleElement().satisfies(fl -> {
            assertThat(fl.value()).isEqualTo(41663);
            assertThat(fl.dimensions()).containsEntry("sex", "male");
        });
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.rejected()).singleElement().asString().contains("line 4");
        assertThat(report.notes()).singleElement().asString().contains("origin = destination");
    }

    @Test
    void cp932FileWhereUtf8IsExpectedIsRejectedWithItsLine() throws Exception {
        Path f = dir.resolve("move-pref-all.csv");
        Files.write(f, "year,origin,destination,gender,migration\n2018,神奈川県,東京都,総数,80579\n"
                .getBytes(CsvFile.WINDOWS_31J));
        assertThatThrownBy(() -> new MigrationOdImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("move-pref-all.csv, line 2")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void missingHeaderColumnIsNamed() throws Exception {
        Path f = write("year,from,destination,gender,migration\n2018,神奈川県,東京都,総数,1\n");
        assertThatThrownBy(() -> new MigrationOdImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("'origin'");
    }

    @Test
    void textInTheNumberColumnIsAnError() throws Exception {
        Path f = write("year,origin,destination,gender,migration\n2018,神奈川県,東京都,総数,many\n");
        assertThatThrownBy(() -> new MigrationOdImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("line 2, column 5 (migration)")
                .hasMessageContaining("'many'");
    }

    private Path write(String text) throws Exception {
        Path f = dir.resolve("move-pref-all.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
