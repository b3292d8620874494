package jp.chiikiatlas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.population.AgeTable;
import jp.chiikiatlas.population.CachePopulationData;
import jp.chiikiatlas.population.PopulationChange;
import jp.chiikiatlas.population.PopulationData;
import jp.chiikiatlas.population.PopulationDataException;
import jp.chiikiatlas.population.PopulationPyramid;
import jp.chiikiatlas.population.PopulationTrend;
import jp.chiikiatlas.population.SmallMultiples;
import jp.chiikiatlas.population.chart.ChangeChart;
import jp.chiikiatlas.population.chart.ChartCsv;
import jp.chiikiatlas.population.chart.ChartFiles;
import jp.chiikiatlas.population.chart.PyramidChart;
import jp.chiikiatlas.population.chart.SmallMultiplesChart;
import jp.chiikiatlas.population.chart.TrendChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chart pyramid|trend|change}: renders a population chart to PNG or SVG, or writes the
 * numbers behind it as CSV — with the same analysis and chart code the window uses.
 *
 * <p>From the command line it reads the statistics cache of {@code --cache}; tests hand it data.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Render a population chart (PNG, SVG) or write its data (CSV), by the extension of --out.")
public final class ChartCommand implements Callable<Integer> {

    /** Opens the population data of a cache file; the application supplies one over the statistics store. */
    @FunctionalInterface
    public interface DataSource {
        PopulationData open(Path cache) throws Exception;
    }

    enum Kind { pyramid, trend, change }

    private enum Format { png, svg, csv }

    @Parameters(index = "0", paramLabel = "KIND", description = "pyramid, trend or change")
    Kind kind;

    @Option(names = "--region", required = true, paramLabel = "CODE",
            description = "five-digit region code (00000 Japan, 01000 北海道, 01100 札幌市)")
    String region;

    @Option(names = "--period", paramLabel = "YEAR",
            description = "pyramid: year of the age table (default: latest); trend: last year (default: "
                    + PopulationTrend.LAST_YEAR + ")")
    Integer period;

    @Option(names = "--compare", arity = "1..*", paramLabel = "CODE",
            description = "trend: comparison lines (e.g. the prefecture and 00000); pyramid, change: more regions "
                    + "side by side on the same scale (up to 4 in all; PNG and SVG only; with --shares pyramids of different sizes compare by shape)")
    List<String> compare = new ArrayList<>();

    @Option(names = "--compare-period", paramLabel = "YEAR", description = "pyramid: a second year drawn as an outline")
    Integer comparePeriod;

    @Option(names = "--index", arity = "0..1", paramLabel = "BASE",
            fallbackValue = "" + PopulationTrend.FIRST_YEAR,
            description = "trend: index every line to 100 at BASE (default " + PopulationTrend.FIRST_YEAR + ")")
    Integer indexBase;

    @Option(names = "--shares", description = "pyramid: %% of the population instead of counts (the CSV keeps counts)")
    boolean shares;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.png, FILE.svg or FILE.csv")
    Path out;

    @Option(names = "--width", paramLabel = "W", description = "image width in pixels (default: ${DEFAULT-VALUE})")
    int width = 1200;

    @Option(names = "--height", paramLabel = "H", description = "image height in pixels (default: ${DEFAULT-VALUE})")
    int height = 800;

    @Mixin
    CacheOption cache;

    @Spec
    CommandSpec spec;

    private final DataSource dataSource;
    /** Close the data after the run only when this command opened it. */
    private final boolean closeData;

    /** For picocli's default factory: the statistics cache of {@code --cache}. */
    public ChartCommand() {
        this(CachePopulationData::open);
    }

    /** Runs on the given data whatever {@code --cache} says (tests, or the window's already open data). */
    public ChartCommand(PopulationData data) {
        this.dataSource = path -> data;
        this.closeData = false;
    }

    /** Opens the data of {@code --cache} for each run (and closes it after, when it is {@link AutoCloseable}). */
    public ChartCommand(DataSource dataSource) {
        this.dataSource = dataSource;
        this.closeData = true;
    }

    @Override
    public Integer call() throws Exception {
        Format format = formatOf(out);
        String code = normalise(region);
        List<String> others = compare.stream().map(ChartCommand::normalise).toList();
        checkOptions(format, others);
        PopulationData data = dataSource.open(cache.path());
        try {
            switch (format) {
                case csv -> Files.writeString(out, csv(data, code, others), StandardCharsets.UTF_8);
                case png -> ChartFiles.writePng(painter(data, code, others), width, height, out);
                case svg -> ChartFiles.writeSvg(painter(data, code, others), width, height, out);
            }
        } finally {
            if (closeData && data instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + out + (format == Format.csv ? "" : " (" + width + "×" + height + ")"));
        o.flush();
        return 0;
    }

    private void checkOptions(Format format, List<String> others) {
        if (width < 100 || height < 100 || width > 10000 || height > 10000) {
            throw new ParameterException(spec.commandLine(), "--width and --height must be 100 to 10000 pixels");
        }
        if (others.size() + 1 > SmallMultiples.MAX_PANELS && kind != Kind.trend) {
            throw new ParameterException(spec.commandLine(), "--compare: up to " + SmallMultiples.MAX_PANELS
                    + " regions in all, the --region included");
        }
        if (format == Format.csv && !others.isEmpty() && kind != Kind.trend) {
            throw new ParameterException(spec.commandLine(), "the " + kind + " CSV holds one region: drop --compare "
                    + "(or write PNG/SVG for regions side by side)");
        }
        if (kind != Kind.pyramid && (comparePeriod != null || shares)) {
            throw new ParameterException(spec.commandLine(), "--compare-period and --shares apply to pyramid only");
        }
        if (kind != Kind.trend && indexBase != null) {
            throw new ParameterException(spec.commandLine(), "--index applies to trend only");
        }
        if (kind == Kind.change && period != null) {
            throw new ParameterException(spec.commandLine(), "--period does not apply to change (it shows every year)");
        }
    }

    private String csv(PopulationData data, String code, List<String> others) {
        return switch (kind) {
            case pyramid -> ChartCsv.pyramid(pyramid(data, code));
            case trend -> ChartCsv.trend(trend(data, code, others));
            case change -> ChartCsv.change(PopulationChange.of(data, code));
        };
    }

    private ChartFiles.Painter painter(PopulationData data, String code, List<String> others) {
        List<String> codes = new ArrayList<>();
        codes.add(code);
        codes.addAll(others);
        return switch (kind) {
            case trend -> TrendChart.create(trend(data, code, others))::draw;
            case pyramid -> {
                List<PopulationPyramid> pyramids = codes.stream().map(c -> pyramid(data, c)).toList();
                yield pyramids.size() == 1 ? PyramidChart.create(pyramids.get(0))::draw
                        : grid(SmallMultiplesChart.pyramids(SmallMultiples.ofPyramids(pyramids)));
            }
            case change -> {
                List<PopulationChange> changes = codes.stream().map(c -> PopulationChange.of(data, c)).toList();
                yield changes.size() == 1 ? ChangeChart.create(changes.get(0))::draw
                        : grid(SmallMultiplesChart.changes(SmallMultiples.ofChanges(changes)));
            }
        };
    }

    private static ChartFiles.Painter grid(List<org.jfree.chart.JFreeChart> charts) {
        return (g2, area) -> SmallMultiplesChart.draw(g2, area, charts);
    }

    private PopulationPyramid pyramid(PopulationData data, String code) {
        int year = period != null ? period : AgeTable.latestPeriod(data, code).orElseThrow(() ->
                new PopulationDataException("no age table for " + code));
        PopulationPyramid pyramid = PopulationPyramid.of(data, code, year, comparePeriod);
        return shares ? pyramid.withMeasure(PopulationPyramid.Measure.SHARES) : pyramid;
    }

    private PopulationTrend trend(PopulationData data, String code, List<String> others) {
        int last = period != null ? period : PopulationTrend.LAST_YEAR;
        PopulationTrend trend = PopulationTrend.of(data, code, others, PopulationTrend.FIRST_YEAR, last);
        return indexBase == null ? trend : trend.indexed(indexBase);
    }

    private static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format f : Format.values()) {
            if (name.endsWith("." + f.name())) {
                return f;
            }
        }
        throw new PopulationDataException("--out must end in .png, .svg or .csv: " + file);
    }

    /** Five digits as the statistics use them; a six-digit 住基 code with a valid check digit is accepted too. */
    private static String normalise(String code) {
        if (RegionCode.isFiveDigits(code)) {
            return code;
        }
        Optional<String> five = RegionCode.fromSixDigits(code);
        return five.orElseThrow(() -> new PopulationDataException("not a region code: " + code
                + " (five digits, e.g. 01100 for 札幌市)"));
    }
}
