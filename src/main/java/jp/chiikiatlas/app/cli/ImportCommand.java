package jp.chiikiatlas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.geo.Prefectures;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.check.TotalsCheck;
import jp.chiikiatlas.stats.manifest.DataFolderImport;
import jp.chiikiatlas.stats.manifest.ImporterRegistry;
import jp.chiikiatlas.stats.manifest.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Build the cache from a data folder laid out like ../shared/data "
        + "(boundaries and statistics), one transaction per file, then check the totals.")
public final class ImportCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "data folder, e.g. ../shared/data")
    Path data;

    @Option(names = "--manifest", paramLabel = "FILE", description = "dataset manifest (default: the built-in copy of data/manifest.json)")
    Path manifestFile;

    @Mixin
    CacheOption cache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(data)) {
            spec.commandLine().getErr().println("error: data folder not found: " + data);
            return 2;
        }
        Manifest manifest = manifestFile == null ? Manifest.builtIn() : Manifest.read(manifestFile);
        long start = System.nanoTime();
        DataFolderImport.Outcome outcome;
        try (AtlasCache atlas = AtlasCache.open(cache.path())) {
            outcome = new DataFolderImport(manifest, new ImporterRegistry(), null, out).run(data, atlas);
            out.printf("imported %d file(s), %d failed, %d skipped in %.1f s%n", outcome.imported().size(),
                    outcome.failed().size(), outcome.skipped().size(), (System.nanoTime() - start) / 1e9);
            printChecks(out, atlas, outcome.imported());
        }
        out.flush();
        return outcome.anyFailed() ? 1 : 0;
    }

    private static void printChecks(PrintWriter out, AtlasCache atlas, List<ImportReport> imported) throws Exception {
        TotalsCheck check = new TotalsCheck(atlas.connection());
        out.println("checks: municipalities against their prefecture rows, prefectures against 全国");
        for (String datasetId : datasetIds(atlas)) {
            List<TotalsCheck.Result> results = check.check(datasetId);
            int prefectures = results.stream().mapToInt(TotalsCheck.Result::prefecturesChecked).max().orElse(0);
            List<TotalsCheck.Difference> differences = results.stream().flatMap(r -> r.differences().stream()).toList();
            if (differences.isEmpty()) {
                out.printf("  %s: %d totals checked (%s): all %d prefectures match their municipalities, 全国 matches"
                                + " the prefectures%n", datasetId, results.size(), results.stream()
                                .map(r -> r.indicatorId() + " " + r.period()).collect(java.util.stream.Collectors.joining(", ")),
                        prefectures);
                continue;
            }
            out.printf("  %s: %d difference(s) in %d totals checked%n", datasetId, differences.size(), results.size());
            differences.stream().limit(10).forEach(d -> out.printf(
                    "    %s %d, %s %s: table says %,.0f, its %d parts sum to %,.0f (difference %,.0f)%n",
                    d.indicatorId(), d.period(), d.regionCode(),
                    RegionCode.JAPAN.equals(d.regionCode()) ? "全国" : Prefectures.nameOf(d.regionCode()),
                    d.stated(), d.parts(), d.sumOfParts(), d.difference()));
            if (differences.size() > 10) {
                out.printf("    … and %d more%n", differences.size() - 10);
            }
        }
    }

    private static List<String> datasetIds(AtlasCache atlas) throws Exception {
        try (var st = atlas.connection().createStatement(); var rs = st.executeQuery("SELECT id FROM dataset ORDER BY id")) {
            List<String> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        }
    }
}
