package jp.chiikiatlas.choropleth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.choropleth.source.Breakdown;
import jp.chiikiatlas.choropleth.source.ChoroplethIndicator;
import jp.chiikiatlas.choropleth.source.ChoroplethRequest;
import jp.chiikiatlas.choropleth.source.MapLevel;
import jp.chiikiatlas.choropleth.source.StatisticsChoroplethSource;
import jp.chiikiatlas.testing.CliRun;
import jp.chiikiatlas.testing.ImportedIndustry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indicators broken down by industry, on the real 経済センサス prefecture table (42 prefectures). */
class IndustryChoroplethRenderTest {
    /** 石川, 福井, 奈良, 鳥取, 沖縄: not in ExplanatoryVariablesBase.csv. */
    private static final List<String> ABSENT = List.of("17000", "18000", "29000", "31000", "47000");

    @TempDir
    Path dir;

    @Test
    void valueAddedOfManufacturingLeavesTheFiveAbsentPrefecturesWithoutData() throws Exception {
        Path cache = ImportedIndustry.cacheFile();
        Path csv = dir.resolve("legend.csv");
        CliRun run = CliRun.of("render", "--cache", cache.toString(), "--out", dir.resolve("va.png").toString(),
                "--indicator", "value_added", "--dim", "industry=4", "--period", "2012", "--level", "prefecture",
                "--legend-csv", csv.toString(), "--width", "400", "--height", "300");
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<String> rows = Files.readAllLines(csv);
        int withData = rows.stream().skip(1).filter(r -> !r.startsWith("nodata"))
                .mapToInt(r -> Integer.parseInt(r.split(",")[3])).sum();
        assertThat(withData).isEqualTo(42);
        assertThat(rows.get(rows.size() - 1)).startsWith("nodata,,,5,");

        try (AtlasCache atlas = AtlasCache.open(cache); var source = new StatisticsChoroplethSource(atlas)) {
            RegionValues values = source.values(new ChoroplethRequest("value_added", 2012, MapLevel.PREFECTURE,
                    Measure.RAW, null, Map.of("industry", "4")));
            assertThat(values.noData().keySet()).containsExactlyInAnyOrderElementsOf(ABSENT);
            assertThat(values.indicatorName()).contains("製造業");
        }
    }

    @Test
    void industryIndicatorsAreOfferedWithTheirNamedBreakdowns() throws Exception {
        try (AtlasCache atlas = AtlasCache.open(ImportedIndustry.cacheFile());
             var source = new StatisticsChoroplethSource(atlas)) {
            ChoroplethIndicator valueAdded = indicator(source, "value_added");
            assertThat(valueAdded.breakdowns()).hasSize(17);
            assertThat(valueAdded.breakdowns().get(3)).isEqualTo(new Breakdown(Map.of("industry", "4"), "製造業"));
            assertThat(valueAdded.breakdowns().get(16).label()).isEqualTo("サービス業（他に分類されないもの）");
            ChoroplethIndicator employees = indicator(source, "employees_by_industry");
            assertThat(employees.breakdowns()).extracting(Breakdown::label).contains("A 農業，林業", "E 製造業", "S 公務");
        }
    }

    @Test
    void anIndicatorStoredOnlyBySlicesAsksForADim() throws Exception {
        CliRun run = CliRun.of("render", "--cache", ImportedIndustry.cacheFile().toString(),
                "--out", dir.resolve("x.png").toString(), "--indicator", "sales", "--width", "200", "--height", "200");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--dim industry=1");
    }

    @Test
    void aBreakdownIsMappedInTheYearsItHas() throws Exception {
        Path cache = jp.chiikiatlas.testing.ImportedStatistics.cacheFile();
        CliRun wrongYear = CliRun.of("render", "--cache", cache.toString(), "--out", dir.resolve("f.png").toString(),
                "--indicator", "population", "--dim", "sex=female", "--period", "1990", "--width", "200", "--height", "200");
        assertThat(wrongYear.exitCode()).isNotZero();
        assertThat(wrongYear.err()).contains("population sex=female has no period 1990; periods: [");

        Path csv = dir.resolve("female.csv");
        CliRun latest = CliRun.of("render", "--cache", cache.toString(), "--out", dir.resolve("f.png").toString(),
                "--indicator", "population", "--dim", "sex=female", "--level", "prefecture",
                "--legend-csv", csv.toString(), "--width", "200", "--height", "200");
        assertThat(latest.exitCode()).as(latest.err()).isZero();
        assertThat(Files.readAllLines(csv)).last().asString().startsWith("nodata,,,0,");
    }

    private static ChoroplethIndicator indicator(StatisticsChoroplethSource source, String id) throws Exception {
        return source.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
