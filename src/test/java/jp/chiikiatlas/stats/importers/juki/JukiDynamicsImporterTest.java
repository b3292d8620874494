package jp.chiikiatlas.stats.importers.juki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.chiikiatlas.stats.CollectingSink;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.ValueStatus;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JukiDynamicsImporterTest {
    @TempDir
    Path dir;

    private final JukiDynamicsImporter importer = new JukiDynamicsImporter();

    @Test
    void readsStocksForTheReferenceYearAndEventsForThePreviousYear() throws Exception {
        Path file = JukiFixtures.writeDynamics(dir.resolve("FY2025-population_dynamics_municipal.xlsx"), 2025,
                JukiFixtures.standardRows());
        CollectingSink sink = new CollectingSink();
        ImportReport report = importer.importFile(file, sink);

        assertThat(sink.datasets).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("juki-dynamics-2025");
            assertThat(d.referenceDate()).isEqualTo("2025-01-01");
            assertThat(d.sha256()).hasSize(64);
            assertThat(d.credit()).contains("総務省");
        });
        assertThat(sink.value("population", "01100", 2025, Map.of())).isEqualTo(2000.0);
        assertThat(sink.value("population", "01100", 2025, Map.of("sex", "male"))).isEqualTo(1000.0);
        assertThat(sink.value("households", "01100", 2025, Map.of())).isEqualTo(1001.0);
        assertThat(sink.value("births", "01100", 2024, Map.of())).isEqualTo(20.0);
        assertThat(sink.value("moves_in", "01100", 2024, Map.of())).isEqualTo(110.0);
        assertThat(sink.value("moves_out", "01100", 2024, Map.of())).isEqualTo(95.0);
        assertThat(sink.value("deaths", "01100", 2024, Map.of())).isEqualTo(30.0);
        assertThat(sink.value("natural_change", "01100", 2024, Map.of())).isEqualTo(-10.0);
        assertThat(sink.value("social_change", "01100", 2024, Map.of())).isEqualTo(14.0);
        assertThat(sink.value("population", "00000", 2025, Map.of())).isEqualTo(3000.0);
        assertThat(sink.value("population", "01000", 2025, Map.of())).isEqualTo(3000.0);
        assertThat(report.aggregatesSkipped()).isEqualTo(1);
        assertThat(sink.observations).noneMatch(o -> o.regionCode().equals("01300"));
        assertThat(report.rowsRead()).isEqualTo(6);
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    void movedHeaderIsStillFoundByItsText() throws Exception {
        int[] reversed = JukiFixtures.identity(JukiFixtures.COLUMNS.length);
        for (int i = 0; i < reversed.length / 2; i++) {
            int t = reversed[i];
            reversed[i] = reversed[reversed.length - 1 - i];
            reversed[reversed.length - 1 - i] = t;
        }
        Path file = JukiFixtures.writeDynamics(dir.resolve("moved.xlsx"), JukiFixtures.title(2025),
                JukiFixtures.standardRows(), reversed, 2);
        CollectingSink sink = new CollectingSink();
        importer.importFile(file, sink);
        assertThat(sink.value("population", "01100", 2025, Map.of())).isEqualTo(2000.0);
        assertThat(sink.value("households", "01100", 2025, Map.of())).isEqualTo(1001.0);
        assertThat(sink.value("social_change", "01202", 2024, Map.of())).isEqualTo(14.0);
    }

    @Test
    void missingColumnIsAnUnknownLayoutNamingTheColumn() throws Exception {
        int[] withoutSocialChange = Arrays.copyOf(JukiFixtures.identity(JukiFixtures.COLUMNS.length),
                JukiFixtures.COLUMNS.length - 1);
        Path file = JukiFixtures.writeDynamics(dir.resolve("FY2025-no-social.xlsx"), JukiFixtures.title(2025),
                JukiFixtures.standardRows(), withoutSocialChange, 0);
        assertThatThrownBy(() -> importer.importFile(file, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("FY2025-no-social.xlsx")
                .hasMessageContaining("人口、世帯数、人口動態")
                .hasMessageContaining("no column headed 社会増減数");
    }

    @Test
    void unknownLayoutFailsClearly() throws Exception {
        Path file = dir.resolve("not-a-juki-table.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("都道府県");
            sheet.createRow(1).createCell(0).setCellValue("北海道");
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertThatThrownBy(() -> importer.importFile(file, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("not-a-juki-table.xlsx")
                .hasMessageContaining("sheet 'Sheet1'")
                .hasMessageContaining("unknown layout")
                .hasMessageContaining("団体コード");
    }

    @Test
    void numberCellHoldingTextNamesFileSheetRowAndColumn() throws Exception {
        List<JukiFixtures.DataRow> rows = JukiFixtures.standardRows();
        Object[] sapporo = rows.get(2).values();
        sapporo[2] = "約200万"; // 人口/計
        Path file = JukiFixtures.writeDynamics(dir.resolve("FY2025-text.xlsx"), 2025, rows);
        assertThatThrownBy(() -> importer.importFile(file, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("FY2025-text.xlsx")
                .hasMessageContaining("sheet '人口、世帯数、人口動態（市区町村別）【総計】'")
                .hasMessageContaining("row 7")
                .hasMessageContaining("column F (人口/計)")
                .hasMessageContaining("expected a number")
                .hasMessageContaining("\"約200万\"");
    }

    @Test
    void markersFromTheLegendAreStatusesNotZeros() throws Exception {
        List<JukiFixtures.DataRow> rows = JukiFixtures.standardRows();
        rows.get(3).values()[2] = "***";
        Path file = JukiFixtures.writeDynamics(dir.resolve("FY2025-markers.xlsx"), 2025, rows);
        CollectingSink sink = new CollectingSink();
        importer.importFile(file, sink);
        assertThat(sink.find("population", "01202", 2025, Map.of())).hasValueSatisfying(o -> {
            assertThat(o.value()).isNull();
            assertThat(o.status()).isEqualTo(ValueStatus.NOT_AVAILABLE);
        });
    }

    @Test
    void truncatedWorkbookIsAClearError() throws Exception {
        Path good = JukiFixtures.writeDynamics(dir.resolve("good.xlsx"), 2025, JukiFixtures.standardRows());
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("FY2025-truncated.xlsx");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> importer.importFile(truncated, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("FY2025-truncated.xlsx")
                .hasMessageContaining("truncated or damaged");
    }

    @Test
    void wrongCheckDigitIsRejectedWithItsRow() throws IOException, DataFormatException {
        List<JukiFixtures.DataRow> rows = JukiFixtures.standardRows();
        rows.add(new JukiFixtures.DataRow("012029", "北海道", "誤コード市", JukiFixtures.values(5)));
        Path file = JukiFixtures.writeDynamics(dir.resolve("FY2025-badcode.xlsx"), 2025, rows);
        ImportReport report = importer.importFile(file, new CollectingSink());
        assertThat(report.rejected()).singleElement().asString().contains("row 11").contains("check digit");
    }
}
