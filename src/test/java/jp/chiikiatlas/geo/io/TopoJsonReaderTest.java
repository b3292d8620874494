package jp.chiikiatlas.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.chiikiatlas.geo.BoundaryFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** TopoJSON objects: shared, delta-encoded, quantized arcs; ~i for reversed arcs; object choice. */
class TopoJsonReaderTest {
    /**
     * Quantized with scale 0.5° and origin (130°, 30°). A and B are unit squares sharing arc 0 (B uses
     * it reversed, as ~0 = -1); C is a 4° square with a 1° hole plus a 1° island; D has no geometry.
     */
    private static final String TOWNS = """
            {"type":"Topology",
             "transform":{"scale":[0.5,0.5],"translate":[130,30]},
             "objects":{"towns":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","arcs":[[0,1]],"properties":{"N03_001":"長崎県","N03_004":"諫早市","N03_007":"42204"}},
               {"type":"Polygon","arcs":[[2,-1]],"properties":{"N03_001":"宮城県","N03_004":"塩竈市","N03_007":"04203"}},
               {"type":"MultiPolygon","arcs":[[[3],[4]],[[5]]],"properties":{"N03_004":"檜原村","N03_007":13307,"name":"x"}},
               {"type":null,"properties":{"N03_001":"北海道","N03_004":"所属未定地","N03_007":null}}
             ]}},
             "arcs":[
               [[2,0],[0,2]],
               [[2,2],[-2,0],[0,-2],[2,0]],
               [[2,0],[2,0],[0,2],[-2,0]],
               [[10,0],[8,0],[0,8],[-8,0],[0,-8]],
               [[12,2],[0,2],[2,0],[0,-2],[-2,0]],
               [[20,0],[2,0],[0,2],[-2,0],[0,-2]]
             ]}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void quantizedDeltaEncodedArcsAreDecoded() throws Exception {
        BoundaryFile file = BoundaryFiles.read(write("towns.topojson", TOWNS), null);

        assertThat(file.features()).hasSize(4).extracting(BoundaryFeature::index).containsExactly(0, 1, 2, 3);
        BoundaryFeature a = file.features().get(0);
        assertThat(a.geometry()).isInstanceOf(Polygon.class);
        assertThat(a.geometry().getEnvelopeInternal()).isEqualTo(new Envelope(130, 131, 30, 31));
        assertThat(a.geometry().getArea()).isEqualTo(1.0);
        assertThat(a.attributes()).isEqualTo(Map.of("N03_001", "長崎県", "N03_004", "諫早市", "N03_007", "42204"));
    }

    @Test
    void reversedArcClosesTheNeighbourExactly() throws Exception {
        BoundaryFile file = BoundaryFiles.read(write("towns.topojson", TOWNS), null);

        BoundaryFeature b = file.features().get(1);
        assertThat(b.geometry().getEnvelopeInternal()).isEqualTo(new Envelope(131, 132, 30, 31));
        assertThat(b.geometry().isValid()).isTrue();
        assertThat(b.geometry().getArea()).isEqualTo(1.0);
        assertThat(b.geometry().intersection(file.features().get(0).geometry()).getLength()).isEqualTo(1.0);
    }

    @Test
    void multiPolygonKeepsItsHoleAndNumericPropertiesBecomeText() throws Exception {
        BoundaryFeature c = BoundaryFiles.read(write("towns.topojson", TOWNS), null).features().get(2);

        assertThat(c.geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(((Polygon) c.geometry().getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
        assertThat(c.geometry().getArea()).isEqualTo(16 - 1 + 1.0);
        assertThat(c.attributes()).isEqualTo(Map.of("N03_004", "檜原村", "N03_007", "13307"));
    }

    @Test
    void nullGeometryAndNullCodeAreKept() throws Exception {
        BoundaryFile file = BoundaryFiles.read(write("towns.topojson", TOWNS), null);

        BoundaryFeature d = file.features().get(3);
        assertThat(d.geometry().isEmpty()).isTrue();
        assertThat(d.attributes()).isEqualTo(Map.of("N03_001", "北海道", "N03_004", "所属未定地"));
        assertThat(file.notes()).anyMatch(n -> n.contains("feature 3") && n.contains("empty geometry"));
    }

    @Test
    void unquantizedArcsAreAbsolute() throws Exception {
        String plain = """
                {"type":"Topology","objects":{"one":{"type":"GeometryCollection","geometries":[
                  {"type":"Polygon","arcs":[[0]],"properties":{"N03_007":"01101"}}]}},
                 "arcs":[[[140.5,40.5],[141.5,40.5],[141.5,41.5],[140.5,41.5],[140.5,40.5]]]}
                """;

        BoundaryFile file = BoundaryFiles.read(write("one.topojson", plain), null);

        assertThat(file.features().get(0).geometry().getEnvelopeInternal()).isEqualTo(new Envelope(140.5, 141.5, 40.5, 41.5));
    }

    @Test
    void jsonExtensionWithTopologyIsReadAsTopoJson() throws Exception {
        assertThat(BoundaryFiles.read(write("towns.json", TOWNS), null).features()).hasSize(4);
    }

    @Test
    void checksumIsOfTheFile() throws Exception {
        Path path = write("towns.topojson", TOWNS);

        assertThat(BoundaryFiles.read(path, null).sha256()).isEqualTo(Sha256.of(Files.readAllBytes(path)));
    }

    @Test
    void namedObjectIsChosenAmongSeveral() throws Exception {
        Path path = write("two.topojson", TOWNS.replace("\"objects\":{", "\"objects\":{\"empty\":{\"type\":\"GeometryCollection\",\"geometries\":[]},"));

        assertThat(BoundaryFiles.read(path, "towns").features()).hasSize(4);
        assertThat(BoundaryFiles.read(path, "empty").features()).isEmpty();
    }

    @Test
    void severalObjectsWithoutANameAreListed() throws Exception {
        Path path = write("two.topojson", TOWNS.replace("\"objects\":{", "\"objects\":{\"prefs\":{\"type\":\"GeometryCollection\",\"geometries\":[]},"));

        assertThatThrownBy(() -> BoundaryFiles.read(path, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessage(path + " has several objects (prefs, towns): choose one with --object NAME");
    }

    @Test
    void missingNamedObjectListsTheNamesPresent() throws Exception {
        Path path = write("towns.topojson", TOWNS);

        assertThatThrownBy(() -> BoundaryFiles.read(path, "N03-21_210101"))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessage(path + " has no object named 'N03-21_210101'; objects present: towns (choose one with --object NAME)");
    }

    @Test
    void lineGeometryIsRejected() throws Exception {
        Path path = write("lines.topojson", TOWNS.replace("{\"type\":\"Polygon\",\"arcs\":[[2,-1]]", "{\"type\":\"LineString\",\"arcs\":[2]"));

        assertThatThrownBy(() -> BoundaryFiles.read(path, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("feature 1 has a LineString geometry")
                .hasMessageContaining("not an administrative-area polygon file");
    }

    @Test
    void arcIndexOutOfRangeIsReported() throws Exception {
        Path path = write("bad.topojson", TOWNS.replace("[[2,-1]]", "[[2,-99]]"));

        assertThatThrownBy(() -> BoundaryFiles.read(path, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("feature 1 refers to arc -99 but the file has 6 arcs");
    }

    @Test
    void geoJsonGivenAsTopoJsonIsReported() throws Exception {
        Path path = write("x.topojson", "{\"type\":\"FeatureCollection\",\"features\":[]}");

        assertThatThrownBy(() -> BoundaryFiles.read(path, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("is not TopoJSON")
                .hasMessageContaining("give it the extension .geojson");
    }

    @Test
    void truncatedJsonNamesLineAndOffset() throws Exception {
        Path path = write("cut.topojson", TOWNS.substring(0, 300));

        assertThatThrownBy(() -> BoundaryFiles.read(path, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(path + " is not valid JSON at line")
                .hasMessageContaining("byte offset");
    }
}
