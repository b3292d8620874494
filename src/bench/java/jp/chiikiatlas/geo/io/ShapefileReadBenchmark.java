package jp.chiikiatlas.geo.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to read the national N03 shapefile (1,906 features: .shp geometry, Shift_JIS .dbf, .prj) with
 * {@link BoundaryFiles#read}. Data from ../shared/data, or the folder given by -Dchiiki.data=DIR.
 * Run: {@code mvn -B -q -Pbench test-compile exec:exec -Djmh.args=ShapefileRead}. The run shape
 * (1 fork, 3 warm-up and 5 measured iterations) is set here because the bench profile passes
 * {@code jmh.args} to JMH as one single argument, so options cannot be added there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ShapefileReadBenchmark {
    private Path shapefile;

    @Setup
    public void locateData() {
        Path data = Path.of(System.getProperty("chiiki.data", "../shared/data"));
        shapefile = data.resolve("boundaries/n03-2021-01-01/shapefile/N03-21_210101.shp");
        if (!Files.isRegularFile(shapefile)) {
            throw new IllegalStateException(shapefile.toAbsolutePath() + " not found: run from the project root"
                    + " with ../shared/data present, or pass -Dchiiki.data=DIR");
        }
    }

    @Benchmark
    public BoundaryFile readNationalShapefile() throws BoundaryFormatException {
        return BoundaryFiles.read(shapefile, null);
    }
}
