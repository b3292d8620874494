package jp.chiikiatlas.geo.io;

import static jp.chiikiatlas.geo.io.TinyShapefile.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import jp.chiikiatlas.geo.BoundaryFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Shapefile geometry records (.shp located through .shx), from hand-made files. */
class ShapefileReaderTest {
    private static final Map<String, String> A = Map.of("N03_004", "甲村", "N03_007", "01001");
    private static final Map<String, String> B = Map.of("N03_004", "乙村", "N03_007", "01002");
    private static final Map<String, String> C = Map.of("N03_004", "丙村", "N03_007", "01003");

    @TempDir
    Path dir;

    private Geometry onlyGeometry(TinyShapefile shapefile) throws Exception {
        BoundaryFile file = BoundaryFiles.read(shapefile.writeTo(dir, "t"), null);
        assertThat(file.features()).hasSize(1);
        return file.features().get(0).geometry();
    }

    @Test
    void polygonWithHoleComesOutWithItsHole() throws Exception {
        Geometry g = onlyGeometry(new TinyShapefile().polygon(A, square(0, 0, 10, 10, true), square(2, 2, 4, 4, false)));

        assertThat(g).isInstanceOf(Polygon.class);
        assertThat(((Polygon) g).getNumInteriorRing()).isEqualTo(1);
        assertThat(g.getArea()).isEqualTo(96.0);
        assertThat(g.isValid()).isTrue();
    }

    @Test
    void holeIsGivenToTheOuterRingThatContainsItWhateverThePartOrder() throws Exception {
        Geometry g = onlyGeometry(new TinyShapefile().polygon(A, square(0, 0, 10, 10, true),
                square(22, 22, 24, 24, false), square(20, 20, 30, 30, true)));

        assertThat(g).isInstanceOf(MultiPolygon.class);
        assertThat(g.getNumGeometries()).isEqualTo(2);
        Polygon first = (Polygon) g.getGeometryN(0);
        Polygon second = (Polygon) g.getGeometryN(1);
        assertThat(first.getNumInteriorRing()).isZero();
        assertThat(second.getEnvelopeInternal().getMinX()).isEqualTo(20.0);
        assertThat(second.getNumInteriorRing()).isEqualTo(1);
        assertThat(g.getArea()).isEqualTo(100 + 100 - 4.0);
        assertThat(g.isValid()).isTrue();
    }

    @Test
    void islandInALakeIsItsOwnPolygon() throws Exception {
        Geometry g = onlyGeometry(new TinyShapefile().polygon(A, square(0, 0, 10, 10, true),
                square(2, 2, 8, 8, false), square(4, 4, 6, 6, true)));

        assertThat(g).isInstanceOf(MultiPolygon.class);
        assertThat(g.getArea()).isEqualTo(100 - 36 + 4.0);
        assertThat(g.isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 25})
    void polygonZAndPolygonMAreReadAsXY(int type) throws Exception {
        Geometry g = onlyGeometry(new TinyShapefile().shape(type, A, square(130, 30, 131, 31, true)));

        assertThat(g.getEnvelopeInternal().getMinX()).isEqualTo(130.0);
        assertThat(g.getEnvelopeInternal().getMaxY()).isEqualTo(31.0);
        assertThat(g.getArea()).isEqualTo(1.0);
    }

    @Test
    void unclosedRingIsClosed() throws Exception {
        Geometry g = onlyGeometry(new TinyShapefile().polygon(A, new double[] {0, 0, 0, 1, 1, 1, 1, 0}));

        assertThat(g.getArea()).isEqualTo(1.0);
    }

    @Test
    void nullShapeIsKeptAsAnEmptyFeatureWithANote() throws Exception {
        Path shp = new TinyShapefile().shape(0, A).polygon(B, square(0, 0, 1, 1, true)).writeTo(dir, "t");

        BoundaryFile file = BoundaryFiles.read(shp, null);

        assertThat(file.features()).hasSize(2);
        BoundaryFeature empty = file.features().get(0);
        assertThat(empty.geometry().isEmpty()).isTrue();
        assertThat(empty.attribute("N03_007")).isEqualTo("01001");
        assertThat(file.features().get(1).geometry().getArea()).isEqualTo(1.0);
        assertThat(file.notes()).anyMatch(n -> n.contains("t.shp record 1") && n.contains("null shape"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void nonPolygonShapesAreRejected(int type) throws Exception {
        Path shp = new TinyShapefile().polygon(A, square(0, 0, 1, 1, true))
                .shape(type, B, new double[] {0, 0, 1, 1}).writeTo(dir, "t");

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(dir.resolve("t.shp").toString())
                .hasMessageContaining("record 2")
                .hasMessageContaining("shape type " + type)
                .hasMessageContaining("this is not an administrative-area polygon file");
    }

    @Test
    void truncatedShpNamesTheRecordAndByteOffset() throws Exception {
        TinyShapefile shapefile = new TinyShapefile().polygon(A, square(0, 0, 1, 1, true))
                .polygon(B, square(1, 0, 2, 1, true)).polygon(C, square(2, 0, 3, 1, true));
        Path shp = shapefile.writeTo(dir, "t");
        byte[] bytes = Files.readAllBytes(shp);
        Files.write(shp, Arrays.copyOf(bytes, bytes.length - 10));

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(shp.toString())
                .hasMessageContaining("record 3 at byte offset " + shapefile.recordOffset(3))
                .hasMessageContaining("truncated");
    }

    @Test
    void emptyShpIsReported() throws Exception {
        Path shp = new TinyShapefile().polygon(A, square(0, 0, 1, 1, true)).writeTo(dir, "t");
        Files.write(shp, new byte[0]);

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(shp + " is empty (0 bytes)");
    }

    @Test
    void headerOnlyShpIsReported() throws Exception {
        Path shp = new TinyShapefile().polygon(A, square(0, 0, 1, 1, true)).writeTo(dir, "t");
        Files.write(shp, Arrays.copyOf(Files.readAllBytes(shp), 100));
        Path shx = dir.resolve("t.shx");
        Files.write(shx, Arrays.copyOf(Files.readAllBytes(shx), 100));

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(shp + " has a header but no records");
    }

    @Test
    void shpShorterThanItsHeaderIsReported() throws Exception {
        Path shp = new TinyShapefile().polygon(A, square(0, 0, 1, 1, true)).writeTo(dir, "t");
        Files.write(shp, Arrays.copyOf(Files.readAllBytes(shp), 60));

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("only 60 bytes");
    }

    @Test
    void shpThatIsNotAShapefileIsReported() throws Exception {
        Path shp = dir.resolve("t.shp");
        new TinyShapefile().polygon(A, square(0, 0, 1, 1, true)).writeTo(dir, "t");
        Files.writeString(shp, "x".repeat(200));

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("is not a shapefile");
    }

    @Test
    void shxFromAnotherShapefileIsReported() throws Exception {
        Path shp = new TinyShapefile().polygon(A, square(0, 0, 1, 1, true)).polygon(B, square(1, 0, 2, 1, true))
                .writeTo(dir, "t");
        new TinyShapefile().polygon(A, square(0, 0, 1, 1, true)).writeTo(dir, "other");
        Files.copy(dir.resolve("other.shx"), dir.resolve("t.shx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("continues after the 1 records listed in");
    }

    @Test
    void degenerateRingIsLeftOutWithANote() throws Exception {
        Path shp = new TinyShapefile().polygon(A, square(0, 0, 1, 1, true), new double[] {5, 5, 6, 6, 5, 5})
                .writeTo(dir, "t");

        BoundaryFile file = BoundaryFiles.read(shp, null);

        assertThat(file.features().get(0).geometry().getArea()).isEqualTo(1.0);
        assertThat(file.notes()).anyMatch(n -> n.contains("record 1") && n.contains("degenerate"));
    }

    @Test
    void allRingsCounterClockwiseAreTakenAsOuterRings() throws Exception {
        Geometry g = onlyGeometry(new TinyShapefile().polygon(A, square(0, 0, 1, 1, false)));

        assertThat(g.getArea()).isEqualTo(1.0);
    }

    @Test
    void coordinatesAreReadExactly() throws Exception {
        Geometry g = onlyGeometry(new TinyShapefile().polygon(A, square(139.691706, 35.689487, 139.7, 35.7, true)));

        assertThat(g.getEnvelopeInternal().getMinX()).isCloseTo(139.691706, within(0.0));
        assertThat(g.getEnvelopeInternal().getMinY()).isCloseTo(35.689487, within(0.0));
    }

}
