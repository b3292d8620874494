package jp.chiikiatlas.stats.importers.juki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.chiikiatlas.stats.CollectingSink;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ImportReport;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Age tables on small hand-made .xls files in the 2000 layout (31 March, top band 80歳以上). */
class JukiAgeImporterTest {
    @TempDir
    Path dir;

    private Path write(List<String> bandHeaders, int sapporoTotal) throws Exception {
        Path file = dir.resolve("0004snen.xls");
        try (Workbook wb = new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("平成12年3月31日住民基本台帳年齢別人口（市区町村別）");
            Row header = sheet.createRow(1);
            List<String> labels = new ArrayList<>(List.of("団体コード", "都道府県名", "市区町村名", "性別", "総数"));
            labels.addAll(bandHeaders);
            for (int c = 0; c < labels.size(); c++) {
                header.createCell(c).setCellValue(labels.get(c));
            }
            int r = 2;
            for (String[] region : new String[][]{{"011002", "北海道", "札幌市"}, {"023001", "青森県", "東津軽郡"}}) {
                for (String sex : new String[]{"計", "男", "女"}) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(region[0]);
                    row.createCell(1).setCellValue(region[1]);
                    row.createCell(2).setCellValue(region[2]);
                    row.createCell(3).setCellValue(sex);
                    int total = sex.equals("計") ? sapporoTotal : sapporoTotal / 2;
                    row.createCell(4).setCellValue(total);
                    for (int b = 0; b < bandHeaders.size(); b++) {
                        row.createCell(5 + b).setCellValue(sex.equals("計") ? 10 : 5);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static List<String> bands2000() {
        List<String> bands = new ArrayList<>(List.of("0～4歳"));
        for (int low = 5; low < 80; low += 5) {
            bands.add(low + "～" + (low + 4));
        }
        bands.add("80歳以上");
        return bands;
    }

    @Test
    void bandsSexesAndTheDifferenceAsNotGiven() throws Exception {
        CollectingSink sink = new CollectingSink();
        ImportReport report = new JukiAgeImporter().importFile(write(bands2000(), 200), sink);
        assertThat(sink.datasets).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("juki-age-2000");
            assertThat(d.referenceDate()).isEqualTo("2000-03-31");
        });
        assertThat(sink.value("population", "01100", 2000, Map.of())).isEqualTo(200.0);
        assertThat(sink.value("population", "01100", 2000, Map.of("age", "80+"))).isEqualTo(10.0);
        assertThat(sink.value("population", "01100", 2000, Map.of("sex", "female", "age", "0-4"))).isEqualTo(5.0);
        assertThat(sink.value("population", "01100", 2000, Map.of("age", "not_given"))).isEqualTo(200.0 - 17 * 10);
        assertThat(report.aggregatesSkipped()).isEqualTo(3);
        assertThat(sink.observations).noneMatch(o -> o.regionCode().equals("02300"));
    }

    @Test
    void bandsOutOfOrderAreAnUnknownLayout() throws Exception {
        List<String> bands = bands2000();
        bands.set(2, "15～19");
        Path file = write(bands, 200);
        assertThatThrownBy(() -> new JukiAgeImporter().importFile(file, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("0004snen.xls")
                .hasMessageContaining("sheet 'Sheet1'")
                .hasMessageContaining("column H")
                .hasMessageContaining("expected a band starting at 10");
    }
}
