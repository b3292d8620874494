package jp.chiikiatlas.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.BoundaryStore;
import jp.chiikiatlas.cache.CacheException;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "regions", mixinStandardHelpOptions = true,
        description = "List the regions in the cache, one per line.")
public final class RegionsCommand implements Callable<Integer> {

    /** What {@code --level} selects; {@code municipality} includes designated cities (the official 1,747). */
    enum LevelChoice {
        prefecture(RegionLevel.PREFECTURE),
        municipality(RegionLevel.MUNICIPALITY, RegionLevel.DESIGNATED_CITY),
        ward(RegionLevel.WARD),
        all();

        final RegionLevel[] levels;

        LevelChoice(RegionLevel... levels) {
            this.levels = levels;
        }
    }

    enum Format { csv, table }

    @Option(names = "--level", paramLabel = "LEVEL", description = "prefecture, municipality, ward or all (default: ${DEFAULT-VALUE})")
    LevelChoice level = LevelChoice.all;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or table (default: ${DEFAULT-VALUE})")
    Format format = Format.table;

    @Mixin
    CacheOption cache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Region> regions;
        try (AtlasCache atlas = AtlasCache.open(cache.path())) {
            regions = new BoundaryStore(atlas).regions(level.levels);
        }
        if (regions.isEmpty()) {
            throw new CacheException("no boundaries loaded in " + cache.path()
                    + ": run import-boundaries with an N03 file first");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv) {
            out.println("code,name,level,parent_code");
            regions.forEach(r -> out.println(String.join(",", r.code(), Csv.field(r.name()), r.level().id(),
                    r.parentCode() == null ? "" : r.parentCode())));
        } else {
            regions.forEach(r -> out.printf("%s  %-16s  %-15s  %s%n", r.code(), r.name(), r.level().id(),
                    r.parentCode() == null ? "" : r.parentCode()));
        }
        out.flush();
        return 0;
    }
}
