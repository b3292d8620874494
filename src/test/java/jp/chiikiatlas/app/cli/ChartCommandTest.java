package jp.chiikiatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import jp.chiikiatlas.population.JukiFixtures;
import jp.chiikiatlas.population.chart.ChartStyle;
import jp.chiikiatlas.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code chart} on the hand-made 住基 fixtures (the real cache: {@code ChartCommandRealDataTest}). */
class ChartCommandTest {
    @TempDir
    Path dir;

    private CliRun run(ChartCommand command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private CliRun run(String... args) {
        return run(new ChartCommand(JukiFixtures.data()), args);
    }

    private List<String> lines(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("\n");
        return text.lines().toList();
    }

    @Test
    void pyramidCsvHasTheExactLayout() throws Exception {
        Path csv = dir.resolve("pyramid.csv");
        CliRun r = run("pyramid", "--region", "01100", "--out", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = lines(csv);
        assertThat(lines).hasSize(22);
        assertThat(lines.get(0)).isEqualTo("age,male,female");
        assertThat(lines.get(1)).isEqualTo("0-4,32851,30927");
        assertThat(lines.get(21)).isEqualTo("100+,153,1097");
        assertThat(r.out()).contains("wrote " + csv);
    }

    @Test
    void trendCsvHasOneColumnPerComparisonRegion() throws Exception {
        Path csv = dir.resolve("trend.csv");
        CliRun r = run("trend", "--region", "01100", "--compare", "01000", "00000", "--out", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = lines(csv);
        assertThat(lines.get(0)).isEqualTo("period,value,01000,00000");
        assertThat(lines.get(11)).isEqualTo("2025,1955678,5044825,124330690");
    }

    @Test
    void indexedTrendCsvIs100AtTheBaseYear() throws Exception {
        Path csv = dir.resolve("trend.csv");
        assertThat(run("trend", "--region", "01100", "--compare", "01000", "--index", "--out", csv.toString()).exitCode()).isZero();
        assertThat(lines(csv).get(1)).isEqualTo("2015,100,100");
        assertThat(run("trend", "--region", "01100", "--index=2020", "--out", csv.toString()).exitCode()).isZero();
        assertThat(lines(csv)).contains("2020,100");
    }

    @Test
    void changeCsvHasNaturalSocialTotal() throws Exception {
        Path csv = dir.resolve("change.csv");
        assertThat(run("change", "--region", "011002", "--out", csv.toString()).exitCode()).isZero(); // six-digit 住基 code
        List<String> lines = lines(csv);
        assertThat(lines.get(0)).isEqualTo("period,natural,social,total");
        assertThat(lines.get(1)).isEqualTo("2014,-3060,8580,5520");
    }

    @Test
    void pngHasTheRequestedSizeAndTheBarColours() throws Exception {
        Path png = dir.resolve("pyramid.png");
        CliRun r = run("pyramid", "--region", "01100", "--compare-period", "2010", "--out", png.toString(),
                "--width", "640", "--height", "480");
        assertThat(r.exitCode()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
        List<Integer> colours = new java.util.ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).contains(ChartStyle.MALE.getRGB() & 0xFFFFFF, ChartStyle.FEMALE.getRGB() & 0xFFFFFF);
    }

    @Test
    void svgAndSmallMultiples() throws Exception {
        Path svg = dir.resolve("pyramids.svg");
        CliRun r = run("pyramid", "--region", "01100", "--compare", "01209", "--shares", "--out", svg.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(svg)).contains("<svg", "札幌市の人口ピラミッド", "夕張市の人口ピラミッド", "出典：総務省");
        Path changes = dir.resolve("changes.png");
        assertThat(run("change", "--region", "01100", "--compare", "01100", "--out", changes.toString()).exitCode()).isZero();
    }

    @Test
    void userErrorsAreOneClearLine() {
        CliRun ext = run("trend", "--region", "01100", "--out", dir.resolve("x.txt").toString());
        assertThat(ext.exitCode()).isEqualTo(1);
        assertThat(ext.err()).startsWith("error: --out must end in .png, .svg or .csv");

        CliRun merged = run("pyramid", "--region", "01305", "--period", "2022", "--out", dir.resolve("x.csv").toString());
        assertThat(merged.err()).startsWith("error: 厚田村 (01305) has no age table for 2022");

        CliRun badCode = run("trend", "--region", "011003", "--out", dir.resolve("x.csv").toString());
        assertThat(badCode.err()).startsWith("error: not a region code: 011003");

        CliRun csvOfMany = run("pyramid", "--region", "01100", "--compare", "01209", "--out", dir.resolve("x.csv").toString());
        assertThat(csvOfMany.exitCode()).isEqualTo(2);
        assertThat(csvOfMany.err()).contains("the pyramid CSV holds one region");
    }

    @Test
    void withoutDataTheCommandSaysWhatToImport() {
        CliRun r = run(new ChartCommand(), "trend", "--region", "01100", "--cache", dir.resolve("none.sqlite").toString(),
                "--out", dir.resolve("x.csv").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: no data loaded: run import --data");
        assertThat(dir.resolve("none.sqlite")).doesNotExist();
    }
}
