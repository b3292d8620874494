package jp.chiikiatlas.app.cli;

import jp.chiikiatlas.testing.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.testing.ImportedBoundaries;
import jp.chiikiatlas.testing.ImportedPopulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chart} from the command line on a cache of the real 住基 tables (skipped without ../shared/data). */
class ChartCommandRealDataTest {
    @TempDir
    Path dir;

    private CliRun chart(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "chart";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--cache";
        all[args.length + 2] = ImportedPopulation.cacheFile().toString();
        return CliRun.of(all);
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void pyramidCsvOfSapporo2022SumsToTheTableTotalLessAgeNotGiven() throws Exception {
        Path csv = dir.resolve("x.csv");
        CliRun r = chart("pyramid", "--region", "01100", "--period", "2022", "--out", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = lines(csv);
        assertThat(lines.get(0)).isEqualTo("age,male,female");
        assertThat(lines).hasSize(22);
        assertThat(lines.get(1)).startsWith("0-4,");
        assertThat(lines.get(21)).startsWith("100+,");
        long sum = lines.stream().skip(1).mapToLong(l -> {
            String[] f = l.split(",");
            return Long.parseLong(f[1]) + Long.parseLong(f[2]);
        }).sum();
        CliRun total = CliRun.of("value", "--indicator", "population", "--region", "01100", "--period", "2022",
                "--cache", ImportedPopulation.cacheFile().toString());
        CliRun notGiven = CliRun.of("value", "--indicator", "population", "--region", "01100", "--period", "2022",
                "--dim", "age=not_given", "--cache", ImportedPopulation.cacheFile().toString());
        long expected = Long.parseLong(total.out().strip())
                - (notGiven.exitCode() == 0 ? Long.parseLong(notGiven.out().strip()) : 0);
        assertThat(sum).isEqualTo(expected);
    }

    @Test
    void trendCsvWithComparisonColumns() throws Exception {
        Path csv = dir.resolve("t.csv");
        CliRun r = chart("trend", "--region", "01100", "--compare", "01000", "00000", "--out", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = lines(csv);
        assertThat(lines.get(0)).isEqualTo("period,value,01000,00000");
        assertThat(lines).hasSize(12);
        assertThat(lines.get(11)).startsWith("2025,1955678,");

        CliRun plain = chart("trend", "--region", "01100", "--out", csv.toString());
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(lines(csv).get(0)).isEqualTo("period,value");
    }

    @Test
    void changeCsvHasTheTablesOwnColumns() throws Exception {
        Path csv = dir.resolve("c.csv");
        CliRun r = chart("change", "--region", "01100", "--out", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = lines(csv);
        assertThat(lines.get(0)).isEqualTo("period,natural,social,total");
        assertThat(lines).contains("2024,-14712,13462,-1250");
    }

    @Test
    void pngHasTheRequestedSize() throws Exception {
        Path png = dir.resolve("p.png");
        CliRun r = chart("pyramid", "--region", "01100", "--compare-period", "2000", "--out", png.toString(),
                "--width", "900", "--height", "700");
        assertThat(r.exitCode()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(700);
    }

    @Test
    void aCacheWithBoundariesOnlySaysNoDataLoaded() throws Exception {
        Path copy = dir.resolve("boundaries-only.sqlite");
        Files.copy(ImportedBoundaries.cacheFile(), copy);
        CliRun r = CliRun.of("chart", "trend", "--region", "01100", "--out", dir.resolve("t.csv").toString(),
                "--cache", copy.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no data loaded: run import --data").contains("no population statistics");
        assertThat(AtlasCache.exists(copy)).isTrue();
    }
}
