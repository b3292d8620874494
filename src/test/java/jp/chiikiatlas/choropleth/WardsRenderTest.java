package jp.chiikiatlas.choropleth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.chiikiatlas.testing.CliRun;
import jp.chiikiatlas.testing.ImportedStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --wards}: the 20 designated cities split into their 175 wards. */
class WardsRenderTest {
    @TempDir
    Path dir;

    private int regionsInLegend(String... extra) throws Exception {
        Path csv = dir.resolve("legend" + extra.length + ".csv");
        List<String> args = new java.util.ArrayList<>(List.of("render", "--cache",
                ImportedStatistics.cacheFile().toString(), "--out", dir.resolve("m.png").toString(),
                "--level", "municipality", "--indicator", "population", "--period", "2025",
                "--legend-csv", csv.toString(), "--width", "300", "--height", "240"));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.readAllLines(csv).stream().skip(1).mapToInt(r -> Integer.parseInt(r.split(",")[3])).sum();
    }

    @Test
    void wardsReplaceTheTwentyDesignatedCities() throws Exception {
        int whole = regionsInLegend();
        int byWard = regionsInLegend("--wards");
        assertThat(byWard - whole).isEqualTo(175 - 20);
    }

    @Test
    void wardsNeedTheMunicipalLevel() throws Exception {
        CliRun run = CliRun.of("render", "--cache", ImportedStatistics.cacheFile().toString(),
                "--out", dir.resolve("p.png").toString(), "--level", "prefecture", "--wards");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--wards needs --level municipality");
    }
}
