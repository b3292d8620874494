package jp.chiikiatlas.choropleth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.choropleth.source.ChoroplethRequest;
import jp.chiikiatlas.choropleth.source.MapLevel;
import jp.chiikiatlas.choropleth.source.StatisticsChoroplethSource;
import jp.chiikiatlas.testing.CliRun;
import jp.chiikiatlas.testing.ImportedBoundaries;
import jp.chiikiatlas.testing.ImportedStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --indicator …} on the real boundaries and the real FY2025 住基 table. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChoroplethRenderTest {
    private static final List<String> TOKYO_WARDS = IntStream.rangeClosed(13101, 13123)
            .mapToObj(i -> String.format("%05d", i)).toList();

    @TempDir
    Path dir;
    Path cache;

    @BeforeAll
    void importData() throws Exception {
        cache = ImportedStatistics.cacheFile();
    }

    @Test
    void densityByMunicipalityPutsAllTwentyThreeWardsInTheTopClass() throws Exception {
        Path png = dir.resolve("density.png");
        Path csv = dir.resolve("legend.csv");
        CliRun run = CliRun.of("render", "--cache", cache.toString(), "--out", png.toString(), "--level", "municipality",
                "--indicator", "derived_density", "--period", "2025", "--method", "quantile", "--classes", "5",
                "--legend-csv", csv.toString(), "--width", "1200", "--height", "900");
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("class,lower,upper,count,color");
        assertThat(rows).hasSize(7);
        for (int i = 1; i <= 5; i++) {
            assertThat(rows.get(i)).matches(i + ",[-0-9.]+,[-0-9.]+,\\d+,#[0-9A-F]{6}");
        }
        assertThat(rows.get(6)).matches("nodata,,,\\d+,#[0-9A-F]{6}");
        double topLower = Double.parseDouble(rows.get(5).split(",")[1]);
        int counted = rows.stream().skip(1).mapToInt(r -> Integer.parseInt(r.split(",")[3])).sum();

        try (AtlasCache atlas = AtlasCache.open(cache); var source = new StatisticsChoroplethSource(atlas)) {
            RegionValues density = source.values(ChoroplethRequest.raw(StatisticsChoroplethSource.DENSITY, 2025,
                    MapLevel.MUNICIPALITY));
            ClassifiedMap map = Choropleth.classify(density, ChoroplethStyle.defaults(Measure.RAW));
            assertThat(counted).as("legend counts = regions shown").isEqualTo(density.size());
            for (String ward : TOKYO_WARDS) {
                assertThat(density.value(ward)).as(ward).isPresent();
                assertThat(density.value(ward).getAsDouble()).as(ward).isGreaterThanOrEqualTo(topLower);
                assertThat(map.classOf(ward)).as(ward).contains(4);
            }
            // every municipality the table has a population for has a density
            RegionValues population = source.values(ChoroplethRequest.raw("population", 2025, MapLevel.MUNICIPALITY));
            assertThat(density.noData().keySet()).doesNotContainAnyElementsOf(population.values().keySet());
            assertThat(map.legend().noDataCount()).isEqualTo(density.noData().size());
            assertThat(density.notes()).contains(RegionAreas.APPROXIMATE_NOTE);
        }
    }

    @Test
    void withoutStatisticsRenderSaysSoAndFails() throws Exception {
        CliRun run = CliRun.of("render", "--cache", ImportedBoundaries.cacheFile().toString(), "--out",
                dir.resolve("x.png").toString(), "--indicator", "population");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("no statistics");
    }

    @Test
    void unknownIndicatorIsAUserError() {
        CliRun run = CliRun.of("render", "--cache", cache.toString(), "--out", dir.resolve("y.png").toString(),
                "--indicator", "nonsense");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("nonsense");
    }
}
