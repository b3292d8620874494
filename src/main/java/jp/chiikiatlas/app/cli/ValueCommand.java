package jp.chiikiatlas.app.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.stats.query.StatisticsQuery;
import jp.chiikiatlas.stats.query.ValueResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "value", description = "Print one value (only the number on stdout); when there is none, say why on stderr and exit 3.")
public final class ValueCommand implements Callable<Integer> {
    /** Exit code when the cache has no value: distinct from usage (2) and errors (1). */
    static final int NO_VALUE = 3;

    @Option(names = "--indicator", required = true, paramLabel = "ID", description = "e.g. population, households, births, social_change")
    String indicator;

    @Option(names = "--region", required = true, paramLabel = "CODE", description = "five-digit code (Japan 00000, 札幌市 01100) or six with check digit")
    String region;

    @Option(names = "--period", required = true, paramLabel = "YEAR", description = "year (1 January stock, calendar year of events)")
    int period;

    @Option(names = "--dim", paramLabel = "K=V", description = "dimension value, e.g. --dim sex=female --dim age=0-4 (default total)")
    Map<String, String> dims = new LinkedHashMap<>();

    @Mixin
    CacheOption cache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (AtlasCache atlas = CacheFiles.openExisting(cache.path()); StatisticsQuery query = new StatisticsQuery(atlas.connection())) {
            ValueResult result = query.value(indicator, region, period, dims);
            if (!result.isPresent()) {
                spec.commandLine().getErr().println("no value: " + result.explanation());
                spec.commandLine().getErr().flush();
                return NO_VALUE;
            }
            spec.commandLine().getOut().println(format(result.value()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** Integers without decimals (1955678), others as plain decimals (0.28), never in E notation. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
