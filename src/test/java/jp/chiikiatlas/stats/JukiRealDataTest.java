package jp.chiikiatlas.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import jp.chiikiatlas.testing.CliRun;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.stats.check.TotalsCheck;
import jp.chiikiatlas.stats.importers.support.CellText;
import jp.chiikiatlas.stats.query.CrossSection;
import jp.chiikiatlas.stats.query.Missing;
import jp.chiikiatlas.stats.query.StatisticsQuery;
import jp.chiikiatlas.stats.query.TimeSeries;
import jp.chiikiatlas.stats.query.ValueResult;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the real 住基 files in ../shared/data (skipped when absent). One cache per class, built
 * through the command line from a folder holding only the files these tests need.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JukiRealDataTest {
    private static final Path DATA = Path.of("../shared/data");
    private static final String DYNAMICS_2025 = "population/juki-dynamics/FY2025-population_dynamics_municipal.xlsx";
    private static final String AGE_2015 = "population/juki-age/1504ssnen.xls";
    private static final String DYNAMICS_2015 = "population/juki-dynamics/FY2015-population_dynamics_municipal.xls";
    private static final String AGE_2000 = "population/juki-age/0004snen.xls";

    private final List<Path> links = new java.util.ArrayList<>();
    private Path cacheFile;
    private CliRun importRun;
    private AtlasCache cache;
    private StatisticsQuery query;

    @BeforeAll
    void importTheFilesWeNeed(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "../shared/data absent: real-data tests skipped");
        Path data = dir.resolve("data");
        for (String file : List.of(DYNAMICS_2025, AGE_2015, DYNAMICS_2015, AGE_2000)) {
            Path link = data.resolve(file);
            Files.createDirectories(link.getParent());
            links.add(Files.createSymbolicLink(link, DATA.resolve(file).toAbsolutePath()));
        }
        cacheFile = dir.resolve("atlas.sqlite");
        importRun = CliRun.of("import", "--data", data.toString(), "--cache", cacheFile.toString());
        cache = AtlasCache.open(cacheFile);
        query = new StatisticsQuery(cache.connection());
    }

    @AfterAll
    void close() throws Exception {
        for (Path link : links) {
            Files.deleteIfExists(link); // before JUnit's clean-up, which warns about links leaving the temp dir
        }
        if (query != null) {
            query.close();
            cache.close();
        }
    }

    @Test
    void importSucceedsAndPrintsPerFileCounts() {
        assertThat(importRun.exitCode()).as(importRun.out() + importRun.err()).isZero();
        assertThat(importRun.out())
                .contains("FY2025-population_dynamics_municipal.xlsx [juki-dynamics]: 2274 rows read")
                .contains("308 aggregate rows skipped, 0 rejected")
                .contains("1504ssnen.xls [juki-age]")
                .contains("checks: municipalities against their prefecture rows");
    }

    @Test
    void sapporoPopulation2025ThroughTheCommandLine() {
        CliRun run = CliRun.of("value", "--indicator", "population", "--region", "01100", "--period", "2025",
                "--cache", cacheFile.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("1955678" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void japanPopulation2025ThroughTheCommandLine() {
        CliRun run = CliRun.of("value", "--indicator", "population", "--region", "00000", "--period", "2025",
                "--cache", cacheFile.toString());
        assertThat(run.out().strip()).isEqualTo("124330690");
    }

    @Test
    void sapporoSocialChange2024IsTheTablesOwnColumn() throws Exception {
        double cell = cellOfSapporo(DATA.resolve(DYNAMICS_2025), "社会増減数");
        CliRun run = CliRun.of("value", "--indicator", "social_change", "--region", "01100", "--period", "2024",
                "--cache", cacheFile.toString());
        assertThat(run.out().strip()).isEqualTo(String.valueOf((long) cell));
        // and not moves in − moves out, which leaves out the その他 entries
        ValueResult in = query.value("moves_in", "01100", 2024, Map.of());
        ValueResult out = query.value("moves_out", "01100", 2024, Map.of());
        assertThat(in.value() - out.value()).isNotEqualTo(cell);
    }

    @Test
    void ageBandsThatDoNotSumToTheTotalKeepTheDifferenceAsNotGiven() throws SQLException {
        // 北海道 2015: 総数 5,431,658 but the bands sum to 5,429,222 (foreign residents not broken down)
        double total = query.value("population", "01000", 2015, Map.of("age", "total")).value();
        double notGiven = query.value("population", "01000", 2015, Map.of("age", "not_given")).value();
        double bands = 0;
        for (int low = 0; low < 100; low += 5) {
            bands += query.value("population", "01000", 2015, Map.of("age", low + "-" + (low + 4))).value();
        }
        bands += query.value("population", "01000", 2015, Map.of("age", "100+")).value();
        assertThat(total).isEqualTo(5431658);
        assertThat(notGiven).isEqualTo(2436).isEqualTo(total - bands);
    }

    @Test
    void ageTableDimensionsThroughTheCommandLine() {
        CliRun run = CliRun.of("value", "--indicator", "population", "--region", "01100", "--period", "2015",
                "--dim", "sex=female", "--dim", "age=100+", "--cache", cacheFile.toString());
        assertThat(run.out().strip()).isEqualTo("646");
    }

    @Test
    void hamamatsuCity2025IsPresentAndTheWardGapIsExplained() throws SQLException {
        assertThat(query.value("population", "22130", 2025, Map.of()).value()).isEqualTo(783924);
        assertThat(query.value("population", "22138", 2025, Map.of()).value()).isEqualTo(604410);
        ValueResult oldWard = query.value("population", "22131", 2025, Map.of());
        assertThat(oldWard.missing()).isEqualTo(Missing.CODE_CHANGED);
        assertThat(oldWard.explanation()).contains("code changed on 2024-01-01").contains("22138").contains("22130");
        CliRun run = CliRun.of("value", "--indicator", "population", "--region", "22131", "--period", "2025",
                "--cache", cacheFile.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("code changed on 2024-01-01");
    }

    @Test
    void countyAndIslandRowsAreNotRegions() throws SQLException {
        for (String code : List.of("02300", "13360")) { // 東津軽郡 023001, 島しょ 133604
            ValueResult r = query.value("population", code, 2025, Map.of());
            assertThat(r.isPresent()).isFalse();
            assertThat(r.missing()).isEqualTo(Missing.REGION_NOT_IN_TABLE);
        }
        CrossSection all = query.crossSection("population", 2025,
                EnumSet.of(RegionLevel.MUNICIPALITY, RegionLevel.DESIGNATED_CITY), Map.of());
        assertThat(all.values()).doesNotContainKeys("02300", "13360").containsKeys("01100", "13101", "02301");
    }

    @Test
    void municipalitiesSumToTheirPrefectureRows() throws SQLException {
        List<TotalsCheck.Result> results = new TotalsCheck(cache.connection()).check("juki-dynamics-2025");
        TotalsCheck.Result population = results.stream()
                .filter(r -> r.indicatorId().equals("population") && r.period() == 2025).findFirst().orElseThrow();
        assertThat(population.prefecturesChecked()).isEqualTo(47);
        assertThat(population.differences()).isEmpty();
        assertThat(importRun.out()).containsPattern("juki-dynamics-2025: 8 totals checked \\(.*population 2025.*\\): "
                + "all 47 prefectures match their municipalities, 全国 matches");
    }

    @Test
    void everyResultCarriesItsCreditLine() throws SQLException {
        assertThat(query.value("population", "01100", 2025, Map.of()).credit()).contains("総務省");
        TimeSeries series = query.timeSeries("population", "01100", Map.of());
        assertThat(series.points()).extracting(p -> p.period()).containsExactly(2000, 2015, 2025);
        assertThat(series.credits()).singleElement().asString().contains("住民基本台帳");
        CrossSection section = query.crossSection("population", 2025, RegionLevel.PREFECTURE, Map.of());
        assertThat(section.values()).hasSize(47);
        assertThat(section.credits()).isNotEmpty();
    }

    @Test
    void missingValuesSayWhy() throws SQLException {
        assertThat(query.value("gdp", "01100", 2025, Map.of()).missing()).isEqualTo(Missing.NO_SUCH_INDICATOR);
        assertThat(query.value("population", "01100", 2030, Map.of()).missing()).isEqualTo(Missing.PERIOD_NOT_IMPORTED);
        assertThat(query.value("population", "01100", 2025, Map.of("colour", "red")).missing())
                .isEqualTo(Missing.UNKNOWN_DIMENSION);
        assertThat(query.value("population", "01100", 2025, Map.of("age", "0-4")).missing())
                .isEqualTo(Missing.DIMENSION_NOT_IN_TABLE);
        CliRun run = CliRun.of("value", "--indicator", "births", "--region", "01100", "--period", "2030",
                "--cache", cacheFile.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("period 2030 of births is not imported");
    }

    @Test
    void indicatorsCommandListsIdsNamesUnitsPeriodsAndLevels() {
        CliRun run = CliRun.of("indicators", "--cache", cacheFile.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("population\t人口 (Population)\t人\tperiods 2000,2015,2025")
                .contains("social_change").contains("levels country,prefecture,municipality,designated_city,ward");
    }

    @Test
    void the2015XlsLayoutWithMergedHeadersAgreesWithThe2015AgeTable() throws SQLException {
        assertThat(query.value("population", "01100", 2015, Map.of()).value()).isEqualTo(1936016);
        assertThat(query.value("social_change", "01100", 2014, Map.of()).value()).isEqualTo(8580);
        assertThat(query.value("households", "00000", 2015, Map.of()).value()).isEqualTo(56412140);
        // the same 1 January 2015 figure from two tables
        TimeSeries female = query.timeSeries("population", "01100", Map.of("sex", "female"));
        assertThat(female.points()).filteredOn(p -> p.period() == 2015).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo(1028451));
    }

    @Test
    void the2000AgeTableHasItsOpenBand80PlusAndOldCodes() throws SQLException {
        assertThat(query.value("population", "01100", 2000, Map.of("age", "80+")).value()).isEqualTo(49129);
        assertThat(query.value("population", "01100", 2000, Map.of("age", "100+")).missing())
                .isEqualTo(Missing.DIMENSION_NOT_IN_TABLE);
        assertThat(query.value("population", "00000", 2000, Map.of()).value()).isEqualTo(126071305);
        // 島しょ has no code in 2000: still a subtotal, skipped and counted, not rejected
        assertThat(importRun.out()).contains("0004snen.xls [juki-age]: 11772 rows read, 195738 values stored, "
                + "1470 aggregate rows skipped, 0 rejected");
    }

    /** The number in Sapporo's row under the column whose header says {@code header}, read independently. */
    private static double cellOfSapporo(Path file, String header) throws Exception {
        try (Workbook wb = WorkbookFactory.create(new File(file.toString()), null, true)) {
            Sheet sheet = wb.getSheetAt(0);
            int column = -1;
            for (int r = 0; r < 8 && column < 0; r++) {
                Row row = sheet.getRow(r);
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    if (CellText.of(row, c).equals(header)) {
                        column = c;
                    }
                }
            }
            for (Row row : sheet) {
                if (CellText.of(row, 0).equals("011002")) {
                    return row.getCell(column).getNumericCellValue();
                }
            }
        }
        throw new AssertionError("札幌市 row not found");
    }
}
