package jp.chiikiatlas.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import jp.chiikiatlas.testing.CliRun;
import jp.chiikiatlas.testing.ImportedBoundaries;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad boundary input, end to end through {@code import-boundaries}: one clear line
 * on stderr naming the file and what to do, exit code 1, and the existing cache byte-for-byte unchanged.
 */
class BadBoundaryInputCommandTest {
    @TempDir
    Path dir;

    @FunctionalInterface
    interface BadFile {
        Path write(Path folder) throws IOException;
    }

    static Stream<Arguments> badFiles() {
        Map<String, String> chiyoda = Map.of("N03_001", "東京都", "N03_004", "千代田区", "N03_007", "13101");
        double[] square = TinyShapefile.square(139.7, 35.6, 139.8, 35.7, true);
        return Stream.of(
                Arguments.of("truncated .shp", "N03-bad.shp", (BadFile) folder -> {
                    Path shp = new TinyShapefile().polygon(chiyoda, square).polygon(chiyoda, square).writeTo(folder, "N03-bad");
                    byte[] bytes = Files.readAllBytes(shp);
                    Files.write(shp, java.util.Arrays.copyOf(bytes, bytes.length - 20));
                    return shp;
                }),
                Arguments.of("empty .shp", "N03-bad.shp", (BadFile) folder -> {
                    Path shp = new TinyShapefile().polygon(chiyoda, square).writeTo(folder, "N03-bad");
                    Files.write(shp, new byte[0]);
                    return shp;
                }),
                Arguments.of("missing .dbf", ".dbf", (BadFile) folder -> {
                    Path shp = new TinyShapefile().polygon(chiyoda, square).writeTo(folder, "N03-bad");
                    Files.delete(folder.resolve("N03-bad.dbf"));
                    return shp;
                }),
                Arguments.of("missing .shx", ".shx", (BadFile) folder -> {
                    Path shp = new TinyShapefile().polygon(chiyoda, square).writeTo(folder, "N03-bad");
                    Files.delete(folder.resolve("N03-bad.shx"));
                    return shp;
                }),
                Arguments.of("unknown encoding", "N03-bad.cpg", (BadFile) folder ->
                        new TinyShapefile().cpg("EBCDIC-JP-KANA").polygon(chiyoda, square).writeTo(folder, "N03-bad")),
                Arguments.of("non-polygon shapes", "N03-bad.shp", (BadFile) folder ->
                        new TinyShapefile().shape(1, chiyoda, new double[] {139.75, 35.68}).writeTo(folder, "N03-bad")),
                Arguments.of("GeoJSON not a FeatureCollection", "bad.geojson", (BadFile) folder -> {
                    Path json = folder.resolve("bad.geojson");
                    Files.writeString(json, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}", StandardCharsets.UTF_8);
                    return json;
                }),
                Arguments.of("TopoJSON without the named object", "bad.topojson", (BadFile) folder -> {
                    Path topo = folder.resolve("bad.topojson");
                    Files.writeString(topo, "{\"type\":\"Topology\",\"objects\":{\"other\":{\"type\":\"GeometryCollection\","
                            + "\"geometries\":[]}},\"arcs\":[]}", StandardCharsets.UTF_8);
                    return topo;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badInputIsNamedAndTheCacheStaysByteForByteTheSame(String kind, String named, BadFile badFile) throws Exception {
        Path cache = dir.resolve("atlas.sqlite");
        Files.copy(ImportedBoundaries.cacheFile(), cache);
        byte[] before = Files.readAllBytes(cache);
        Path input = badFile.write(Files.createDirectories(dir.resolve("input")));

        CliRun run = kind.startsWith("TopoJSON")
                ? CliRun.of("import-boundaries", input.toString(), "--object", "N03-21_210101", "--cache", cache.toString())
                : CliRun.of("import-boundaries", input.toString(), "--cache", cache.toString());

        assertThat(run.exitCode()).as(kind).isEqualTo(1);
        assertThat(run.err()).as(kind).startsWith("error: ").contains(named).doesNotContain("\tat ", "Exception");
        assertThat(run.err().strip().lines().count()).as(kind + ": one message").isEqualTo(1);
        assertThat(Files.readAllBytes(cache)).as(kind + ": cache unchanged").isEqualTo(before);
    }
}
