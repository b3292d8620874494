package jp.chiikiatlas.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.chiikiatlas.geo.BoundaryFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** GeoJSON FeatureCollections of Polygon/MultiPolygon features, and what is not one. */
class GeoJsonReaderTest {
    private static final String CITIES = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"N03_001":"東京都","N03_004":"千代田区","N03_007":"13101","name":"ignored"},
               "geometry":{"type":"Polygon","coordinates":[
                 [[139,35],[140,35],[140,36],[139,36],[139,35]],
                 [[139.2,35.2],[139.2,35.4],[139.4,35.4],[139.4,35.2],[139.2,35.2]]]}},
              {"type":"Feature","properties":{"N03_001":"東京都","N03_004":"小笠原村","N03_007":13421},
               "geometry":{"type":"MultiPolygon","coordinates":[
                 [[[142,27],[142.5,27],[142.5,27.5],[142,27.5],[142,27]]],
                 [[[141,24],[141.5,24],[141.5,24.5],[141,24.5]]]]}},
              {"type":"Feature","properties":{"N03_001":"東京都","N03_004":"所属未定地","N03_007":null},"geometry":null}
            ]}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void featuresAreReadInOrderWithHolesAndParts() throws Exception {
        BoundaryFile file = BoundaryFiles.read(write("tokyo.geojson", CITIES), null);

        assertThat(file.features()).extracting(BoundaryFeature::index).containsExactly(0, 1, 2);
        Polygon chiyoda = (Polygon) file.features().get(0).geometry();
        assertThat(chiyoda.getNumInteriorRing()).isEqualTo(1);
        assertThat(chiyoda.getArea()).isCloseTo(1 - 0.04, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(file.features().get(1).geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(file.features().get(1).geometry().getArea()).isEqualTo(0.5);
    }

    @Test
    void attributesAreTheN03OnesAsText() throws Exception {
        BoundaryFile file = BoundaryFiles.read(write("tokyo.geojson", CITIES), null);

        assertThat(file.features().get(0).attributes())
                .isEqualTo(Map.of("N03_001", "東京都", "N03_004", "千代田区", "N03_007", "13101"));
        assertThat(file.features().get(1).attribute("N03_007")).isEqualTo("13421");
    }

    @Test
    void nullGeometryAndNullCodeAreKeptWithANote() throws Exception {
        BoundaryFile file = BoundaryFiles.read(write("tokyo.geojson", CITIES), null);

        BoundaryFeature unassigned = file.features().get(2);
        assertThat(unassigned.geometry().isEmpty()).isTrue();
        assertThat(unassigned.attributes()).doesNotContainKey("N03_007").containsEntry("N03_004", "所属未定地");
        assertThat(file.notes()).anyMatch(n -> n.contains("feature 2"));
    }

    @Test
    void jsonExtensionWithFeatureCollectionIsReadAsGeoJson() throws Exception {
        Path path = write("tokyo.json", CITIES);

        BoundaryFile file = BoundaryFiles.read(path, null);

        assertThat(file.features()).hasSize(3);
        assertThat(file.sha256()).isEqualTo(Sha256.of(Files.readAllBytes(path)));
    }

    @Test
    void singleFeatureIsNotAFeatureCollection() throws Exception {
        Path path = write("one.geojson", "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}");

        assertThatThrownBy(() -> BoundaryFiles.read(path, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(path + " is a GeoJSON Feature, not a FeatureCollection")
                .hasMessageContaining("export the boundaries as a GeoJSON FeatureCollection");
    }

    @Test
    void topoJsonGivenAsGeoJsonIsReported() throws Exception {
        Path path = write("x.geojson", "{\"type\":\"Topology\",\"objects\":{},\"arcs\":[]}");

        assertThatThrownBy(() -> BoundaryFiles.read(path, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("is TopoJSON, not GeoJSON: give it the extension .topojson");
    }

    @Test
    void jsonArrayIsReported() throws Exception {
        Path path = write("x.geojson", "[1, 2]");

        assertThatThrownBy(() -> BoundaryFiles.read(path, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("top level is not an object");
    }

    @Test
    void unreadableJsonNamesLineColumnAndOffset() throws Exception {
        Path path = write("bad.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[ {\"type\": Feature} ]}");

        assertThatThrownBy(() -> BoundaryFiles.read(path, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(path + " is not valid JSON at line 2, column")
                .hasMessageContaining("byte offset");
    }

    @Test
    void emptyFileIsReported() throws Exception {
        Path path = write("empty.geojson", "");

        assertThatThrownBy(() -> BoundaryFiles.read(path, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(path + " is empty (0 bytes)");
    }

    @Test
    void projectedGeoJsonIsRejected() throws Exception {
        Path path = write("plane.geojson", CITIES.replace("[[139,35],[140,35],[140,36],[139,36],[139,35]]",
                "[[-8000,-30000],[-7000,-30000],[-7000,-29000],[-8000,-29000],[-8000,-30000]]"));

        assertThatThrownBy(() -> BoundaryFiles.read(path, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(path + " feature 0: coordinates span x -8000.0 to -7000.0")
                .hasMessageContaining("GeoJSON must be in longitude/latitude");
    }

    @Test
    void degenerateRingIsLeftOutWithANote() throws Exception {
        Path path = write("spike.geojson", CITIES.replace("[[[141,24],[141.5,24],[141.5,24.5],[141,24.5]]]",
                "[[[141,24],[141.5,24],[141,24]]]"));

        BoundaryFile file = BoundaryFiles.read(path, null);

        assertThat(file.features().get(1).geometry()).isInstanceOf(Polygon.class);
        assertThat(file.features().get(1).geometry().getArea()).isEqualTo(0.25);
        assertThat(file.notes()).anyMatch(n -> n.contains("feature 1: left out a polygon"));
    }

    @Test
    void pointFeatureIsRejected() throws Exception {
        Path path = write("points.geojson", CITIES.replace("{\"type\":\"MultiPolygon\",\"coordinates\":[",
                "{\"type\":\"Point\",\"coordinates\":[1,2],\"x\":["));

        assertThatThrownBy(() -> BoundaryFiles.read(path, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(path + " feature 1 has a Point geometry")
                .hasMessageContaining("not an administrative-area polygon file");
    }
}
