package jp.chiikiatlas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.Progress;
import jp.chiikiatlas.geo.BoundaryImportReport;
import jp.chiikiatlas.geo.BoundaryImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-boundaries", mixinStandardHelpOptions = true,
        description = "Import an N03 boundary file (.shp, .zip, .geojson, .topojson) into the cache, "
                + "replacing the boundaries there.")
public final class ImportBoundariesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH", description = "N03 file: .shp (with .shx .dbf .prj), MLIT .zip, .geojson or .topojson")
    Path path;

    @Option(names = "--object", paramLabel = "NAME", description = "TopoJSON object (default: the file's only object)")
    String objectName;

    @Mixin
    CacheOption cache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasCache atlas = AtlasCache.open(cache.path())) {
            BoundaryImportReport report = new BoundaryImporter(atlas).importFile(path, objectName, Progress.NONE);
            report.lines().forEach(out::println);
            out.println("cache:              " + cache.path());
            out.flush();
            return report.featuresStored() > 0 ? 0 : 1;
        }
    }
}
