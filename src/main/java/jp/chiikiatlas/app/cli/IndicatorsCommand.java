package jp.chiikiatlas.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.stats.query.IndicatorSummary;
import jp.chiikiatlas.stats.query.StatisticsQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "indicators", description = "List the indicators in the cache: id, name, unit, periods, region levels.")
public final class IndicatorsCommand implements Callable<Integer> {
    @Mixin
    CacheOption cache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasCache atlas = CacheFiles.openExisting(cache.path()); StatisticsQuery query = new StatisticsQuery(atlas.connection())) {
            for (IndicatorSummary i : query.indicators()) {
                out.printf("%s\t%s (%s)\t%s\tperiods %s\tlevels %s%s%n", i.id(), i.nameJa(), i.nameEn(),
                        i.unit() == null ? "" : i.unit(), periods(i), i.levels().stream().map(RegionLevel::id)
                                .collect(Collectors.joining(",")),
                        i.dimensions().isEmpty() ? "" : "\tdimensions " + String.join(",", i.dimensions()));
            }
        }
        out.flush();
        return 0;
    }

    private static String periods(IndicatorSummary i) {
        if (i.periods().isEmpty()) {
            return "none";
        }
        return i.periods().stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
