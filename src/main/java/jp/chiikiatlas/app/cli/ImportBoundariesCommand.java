package jp.chiikiatlas.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-boundaries", description = "Import an N03 boundary file (.shp, .zip, .geojson, .topojson) into the cache.")
public final class ImportBoundariesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH")
    Path path;

    @Option(names = "--object", paramLabel = "NAME", description = "TopoJSON object (default: the file's only object)")
    String objectName;

    @Mixin
    CacheOption cache;

    @Override
    public Integer call() throws Exception {
        throw new UnsupportedOperationException("not yet");
    }
}
