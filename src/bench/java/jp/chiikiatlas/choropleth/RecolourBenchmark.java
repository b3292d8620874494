package jp.chiikiatlas.choropleth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Recolouring all municipalities for a new indicator or year, the choropleth's share of the
 * ≤ 30 ms budget: classify 1,900 values, colour every code (as the map's fill layer asks), build
 * the legend. The values are a benchmark input only, never shown to anyone: a deterministic
 * log-normal-looking spread (like population or density, with a long upper tail and some ties),
 * plus 20 no-data codes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RecolourBenchmark {
    static final int REGIONS = 1_900;

    @Param({"quantile", "jenks"})
    public String method;

    @Param({"5", "9"})
    public int classes;

    private RegionValues values;
    private List<String> codes;
    private ChoroplethStyle style;

    @Setup
    public void setUp() {
        RegionValues.Builder b = RegionValues.builder("benchmark", "人", 2025);
        codes = new ArrayList<>();
        long seed = 42;
        for (int i = 0; i < REGIONS; i++) {
            String code = String.format("%05d", 1_001 + i);
            codes.add(code);
            if (i % 95 == 0) {
                b.noData(code, NoData.SUPPRESSED);
                continue;
            }
            // Box–Muller on a fixed LCG: z ~ N(0,1), value = e^(9 + 1.3 z), rounded to whole people.
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double u1 = ((seed >>> 11) + 1.0) / (double) (1L << 53);
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double u2 = (seed >>> 11) / (double) (1L << 53);
            double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
            b.value(code, Math.round(Math.exp(9 + 1.3 * z)));
        }
        values = b.build();
        style = ChoroplethStyle.defaults(Measure.RAW).withClassifier(Classifiers.byId(method)).withClasses(classes);
    }

    @Benchmark
    public void recolour(Blackhole bh) {
        ClassifiedMap map = Choropleth.classify(values, style);
        for (String code : codes) {
            bh.consume(map.colorFor(code));
        }
        bh.consume(map.legend());
    }

    /** Classification alone, without colours and legend. */
    @Benchmark
    public ClassBreaks classifyOnly() {
        double[] sorted = values.valueArray();
        java.util.Arrays.sort(sorted);
        return style.classifier().classify(sorted, classes);
    }
}
