package jp.chiikiatlas.stats.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.chiikiatlas.stats.CollectingSink;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.Observation;
import jp.chiikiatlas.stats.importers.support.CsvFile;
import jp.chiikiatlas.stats.importers.support.CsvHeader;
import jp.chiikiatlas.stats.importers.support.CsvRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EconomicCensusPrefImporterTest {
    @TempDir
    Path dir;

    @Test
    void realFile_majorIndustryValuesAreTheCells() throws Exception {
        CollectingSink sink = new CollectingSink();
        ImportReport report = new EconomicCensusPrefImporter()
                .importFile(RealData.file("industry/ExplanatoryVariablesBase.csv"), sink);

        // 愛知県 VA_4 (manufacturing value added), Sales_4, Firm_4
        assertThat(sink.value("value_added", "23000", 2012, Map.of("industry", "4"))).isEqualTo(7765489);
        assertThat(sink.value("establishments_major", "23000", 2014, Map.of("industry", "4"))).isEqualTo(38293);
        assertThat(report.rowsRead()).isEqualTo(50);
        assertThat(report.rejected()).singleElement().asString().contains("SFirm_350").contains("True/False");
        assertThat(sink.observations).extracting(Observation::value).doesNotContainNull();
    }

    @Test
    void realFile_rollUpIsTheSumOfItsMinorColumns() throws Exception {
        Path file = RealData.file("industry/ExplanatoryVariablesBase.csv");
        CollectingSink sink = new CollectingSink();
        new EconomicCensusPrefImporter().importFile(file, sink);

        CsvFile csv = CsvFile.read(file, StandardCharsets.UTF_8);
        CsvHeader header = new CsvHeader(csv, csv.rows().get(0));
        CsvRow tokyo = csv.rows().stream().filter(r -> r.get(0).equals("13000")).findFirst().orElseThrow();
        // A 農業，林業 = 中分類 01–02, no lettered columns there
        double a = sum(header, tokyo, "SEmp_01", "SEmp_02");
        assertThat(sink.value("employees_by_industry", "13000", 2014, Map.of("industry", "A"))).isEqualTo(a);
        // N 78–80: lettered 80A…80P are breakdowns of 804/806/809 and must not be counted twice
        double n = sum(header, tokyo, "SEmp_78", "SEmp_79", "SEmp_80");
        double lettered = header.matching(h -> h.matches("SEmp_(78|79|80)[A-Z]")).stream()
                .mapToDouble(c -> Double.parseDouble(tokyo.get(c))).sum();
        assertThat(sink.value("employees_by_industry", "13000", 2014, Map.of("industry", "N"))).isEqualTo(n - lettered);
        // whole-Japan employees over all groups ≈ the 2014 census total (61.8 million)
        double japan = sink.observations.stream()
                .filter(o -> o.indicatorId().equals("employees_by_industry") && o.regionCode().equals("00000"))
                .mapToDouble(Observation::value).sum();
        assertThat(japan).isEqualTo(61718550);
    }

    private static double sum(CsvHeader header, CsvRow row, String... prefixes) {
        return header.matching(h -> List.of(prefixes).stream().anyMatch(p -> h.toLowerCase().startsWith(p.toLowerCase())))
                .stream().mapToDouble(c -> Double.parseDouble(row.get(c))).sum();
    }

    @Test
    void fixture_mergedLetterGroupCountsBooleanColumnRejected() throws Exception {
        Path f = write("AreaID,SFirm_120,SFirm_12A,SFirm_804,SFirm_80A,SFirm_80B,SFirm_350,Semp_982,Firm_4,VA_4,Sales_4\n"
                + "13000,1,10,5,2,3,True,7,9,100,200\n"
                + "14000,0,4,1,1,0,False,2,3,50,60\n");
        CollectingSink sink = new CollectingSink();
        ImportReport report = new EconomicCensusPrefImporter().importFile(f, sink);

        assertThat(sink.value("establishments_by_industry", "13000", 2014, Map.of("industry", "E"))).isEqualTo(11);
        assertThat(sink.value("establishments_by_industry", "13000", 2014, Map.of("industry", "N"))).isEqualTo(5);
        assertThat(sink.value("employees_by_industry", "13000", 2014, Map.of("industry", "S"))).isEqualTo(7);
        assertThat(sink.find("establishments_by_industry", "13000", 2014, Map.of("industry", "F"))).isEmpty();
        assertThat(sink.value("sales", "14000", 2012, Map.of("industry", "4"))).isEqualTo(60);
        assertThat(report.rejected()).singleElement().asString().contains("SFirm_350");
    }

    @Test
    void fixture_textInACountCell() throws Exception {
        Path f = write("AreaID,SFirm_010,Firm_1,VA_1,Sales_1\n13000,many,1,2,3\n");
        assertThatThrownBy(() -> new EconomicCensusPrefImporter().importFile(f, new CollectingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("line 2, column 2 (SFirm_010)")
                .hasMessageContaining("'many'");
    }

    private Path write(String text) throws Exception {
        Path f = dir.resolve("ExplanatoryVariablesBase.csv");
        Files.writeString(f, text);
        return f;
    }
}
