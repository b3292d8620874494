package jp.chiikiatlas.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.chiikiatlas.geo.BoundaryFeature;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real N03 2021-01-01 files in ../shared/data (skipped when that folder is absent). */
class RealBoundaryFilesTest {
    static final Path N03 = Path.of("../shared/data/boundaries/n03-2021-01-01");
    static final Path SHAPEFILE = N03.resolve("shapefile/N03-21_210101.shp");

    private static BoundaryFile shapefile;
    private static BoundaryFile topoJson;

    @BeforeAll
    static void readNationalFiles() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(N03), "../shared/data absent: skipping real-data test");
        shapefile = BoundaryFiles.read(SHAPEFILE, null);
        topoJson = BoundaryFiles.read(N03.resolve("N03-21_210101.topojson"), null);
    }

    private static List<String> codes(BoundaryFile file) {
        return file.features().stream().map(f -> f.attribute("N03_007")).toList();
    }

    /** Area in square degrees summed per code; the 所属未定地 features (no code) under "none". */
    private static Map<String, Double> areaByCode(BoundaryFile file) {
        return file.features().stream().collect(Collectors.groupingBy(
                f -> f.attributes().getOrDefault("N03_007", "none"), TreeMap::new,
                Collectors.summingDouble(f -> f.geometry().getArea())));
    }

    private static void assertSameAreas(Map<String, Double> actual, Map<String, Double> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((code, area) -> assertThat(actual.get(code)).as("area of %s", code)
                .isCloseTo(area, org.assertj.core.api.Assertions.withinPercentage(0.01)));
    }

    @Test
    void shapefileHasEveryFeatureAndCode() {
        assertThat(shapefile.features()).hasSize(1906);
        assertThat(codes(shapefile).stream().distinct().filter(c -> c != null)).hasSize(1902);
        assertThat(shapefile.features()).filteredOn(f -> f.attribute("N03_007") == null).hasSize(4)
                .allSatisfy(f -> assertThat(f.geometry().isEmpty()).isFalse());
        assertThat(shapefile.features()).extracting(BoundaryFeature::index)
                .isEqualTo(java.util.stream.IntStream.range(0, 1906).boxed().toList());
        assertThat(shapefile.features()).allSatisfy(f -> assertThat(f.geometry().getGeometryType()).isIn("Polygon", "MultiPolygon"));
        assertThat(shapefile.sha256()).hasSize(64);
    }

    @Test
    void shapefileNamesAreDecodedAsWindows31j() {
        List<String> names = shapefile.features().stream().map(f -> f.attribute("N03_004")).toList();

        assertThat(names).contains("諫早市", "塩竈市", "檜原村", "砺波市").doesNotContain("諌早市", "塩竃市", "桧原村");
        assertThat(shapefile.features().get(0).attributes())
                .containsEntry("N03_001", "北海道").containsEntry("N03_003", "札幌市").containsEntry("N03_007", "01101");
    }

    @Test
    void shapefileIsInLonLatOverJapan() {
        var envelope = shapefile.features().stream().map(f -> f.geometry().getEnvelopeInternal())
                .reduce(new org.locationtech.jts.geom.Envelope(), (a, b) -> { a.expandToInclude(b); return a; });

        assertThat(envelope.getMinX()).isBetween(122.0, 124.0);
        assertThat(envelope.getMaxX()).isBetween(148.0, 154.5);
        assertThat(envelope.getMinY()).isBetween(20.0, 24.5);
        assertThat(envelope.getMaxY()).isBetween(45.0, 46.0);
    }

    @Test
    void topoJsonShapefileAndZipAgree() throws Exception {
        BoundaryFile zip = BoundaryFiles.read(N03.resolve("zip/N03-20210101_GML.zip"), null);

        assertThat(topoJson.features()).hasSize(1906);
        assertThat(codes(shapefile)).isEqualTo(codes(topoJson));
        assertThat(codes(zip)).isEqualTo(codes(topoJson));
        Map<String, Double> topoAreas = areaByCode(topoJson);
        assertSameAreas(areaByCode(shapefile), topoAreas);
        assertSameAreas(areaByCode(zip), topoAreas);
        assertThat(zip.sha256()).isNotEqualTo(shapefile.sha256());
    }

    @Test
    void tokyoGeoJsonHasTokyoCodes() throws Exception {
        BoundaryFile tokyo = BoundaryFiles.read(N03.resolve("geojson/N03-21_13_210101.geojson"), null);

        assertThat(tokyo.features()).anySatisfy(f -> assertThat(f.attributes())
                .containsEntry("N03_007", "13101").containsEntry("N03_004", "千代田区"));
        assertThat(tokyo.features()).extracting(f -> f.attribute("N03_007")).filteredOn(c -> c != null)
                .allMatch(c -> c.startsWith("13")).contains("13307", "13421");
        assertThat(tokyo.features()).extracting(f -> f.attribute("N03_001")).containsOnly("東京都");
    }

    @Test
    void okinawaGeoJsonHasOkinawaCodes() throws Exception {
        BoundaryFile okinawa = BoundaryFiles.read(N03.resolve("geojson/N03-21_47_210101.geojson"), null);

        assertThat(okinawa.features()).extracting(f -> f.attribute("N03_007")).filteredOn(c -> c != null)
                .isNotEmpty().allMatch(c -> c.startsWith("47")).contains("47201");
    }

    @Test
    void prefecturesTopoJsonHas47Prefectures() throws Exception {
        BoundaryFile prefectures = BoundaryFiles.read(N03.resolve("prefectures.topojson"), null);

        assertThat(prefectures.features()).hasSize(47);
        assertThat(prefectures.features().get(0).attributes()).isEqualTo(Map.of("N03_001", "北海道"));
        assertThat(prefectures.features().get(46).attributes()).isEqualTo(Map.of("N03_001", "沖縄県"));
    }

    @Test
    void wrongObjectNameInTheNationalTopoJsonListsTheRightOne() {
        assertThatThrownBy(() -> BoundaryFiles.read(N03.resolve("N03-21_210101.topojson"), "N03-21"))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("objects present: N03-21_210101");
    }

    @Test
    void truncatedCopyOfTheRealShapefileNamesTheFirstIncompleteRecord(@TempDir Path dir) throws Exception {
        for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
            Files.copy(N03.resolve("shapefile/N03-21_210101." + ext), dir.resolve("N03-21_210101." + ext));
        }
        Path shp = dir.resolve("N03-21_210101.shp");
        byte[] bytes = Files.readAllBytes(shp);
        int cut = bytes.length / 2;
        Files.write(shp, Arrays.copyOf(bytes, cut));
        // The first record (per the .shx index) that does not end before the cut
        ByteBuffer shx = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("N03-21_210101.shx")));
        int record = 1;
        while (2L * shx.getInt(100 + 8 * (record - 1)) + 8 + 2L * shx.getInt(104 + 8 * (record - 1)) <= cut) {
            record++;
        }
        long offset = 2L * shx.getInt(100 + 8 * (record - 1));

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(shp + ": record " + record + " at byte offset " + offset)
                .hasMessageContaining("truncated");
    }
}
