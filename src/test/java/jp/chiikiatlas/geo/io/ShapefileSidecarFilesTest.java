package jp.chiikiatlas.geo.io;

import static jp.chiikiatlas.geo.io.TinyShapefile.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/** The files around a .shp: .shx and .dbf required, .cpg choosing the DBF encoding, .prj the CRS. */
class ShapefileSidecarFilesTest {
    /** Names that differ between windows-31j and IBM's CP932 (x-IBM942C). */
    private static final Map<String, String> ISAHAYA = Map.of("N03_001", "長崎県", "N03_004", "諫早市", "N03_007", "42204");
    private static final Map<String, String> SHIOGAMA = Map.of("N03_001", "宮城県", "N03_004", "塩竈市", "N03_007", "04203");
    private static final Map<String, String> HINOHARA = Map.of("N03_001", "東京都", "N03_003", "西多摩郡",
            "N03_004", "檜原村", "N03_007", "13307");

    private static final String PLANE_IX_PRJ = "PROJCS[\"JGD_2011_Japan_Zone_9\"," + TinyShapefile.JGD2011_PRJ
            + ",PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",0.0],PARAMETER[\"False_Northing\",0.0],"
            + "PARAMETER[\"Central_Meridian\",139.8333333333333],PARAMETER[\"Scale_Factor\",0.9999],"
            + "PARAMETER[\"Latitude_Of_Origin\",36.0],UNIT[\"Meter\",1.0]]";

    @TempDir
    Path dir;

    private static TinyShapefile threeNames() {
        return new TinyShapefile().polygon(ISAHAYA, square(0, 0, 1, 1, true)).polygon(SHIOGAMA, square(1, 0, 2, 1, true))
                .polygon(HINOHARA, square(2, 0, 3, 1, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CP932", "cp932\n", " SJIS ", "Shift_JIS", "MS932", "windows-31j", "WINDOWS-31J\r\n"})
    void shiftJisCpgValuesDecodeAsWindows31j(String cpg) throws Exception {
        BoundaryFile file = BoundaryFiles.read(threeNames().cpg(cpg).writeTo(dir, "t"), null);

        assertThat(file.features()).extracting(f -> f.attribute("N03_004")).containsExactly("諫早市", "塩竈市", "檜原村");
        assertThat(file.features().get(2).attributes()).isEqualTo(HINOHARA);
    }

    @Test
    void withoutCpgTheDbfIsShiftJis() throws Exception {
        BoundaryFile file = BoundaryFiles.read(threeNames().cpg(null).writeTo(dir, "t"), null);

        assertThat(file.features()).extracting(f -> f.attribute("N03_004")).containsExactly("諫早市", "塩竈市", "檜原村");
        assertThat(file.notes()).anyMatch(n -> n.contains("Shift_JIS") && n.contains("no .cpg"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "utf8", "\uFEFFUTF-8\n"})
    void utf8Cpg(String cpg) throws Exception {
        BoundaryFile file = BoundaryFiles.read(threeNames().dbfCharset(StandardCharsets.UTF_8).cpg(cpg)
                .writeTo(dir, "t"), null);

        assertThat(file.features()).extracting(f -> f.attribute("N03_004")).containsExactly("諫早市", "塩竈市", "檜原村");
    }

    @Test
    void unknownCpgIsReported() throws Exception {
        Path shp = threeNames().cpg(" KOI8-R\n").writeTo(dir, "t");

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessage("unknown encoding 'KOI8-R' in " + dir.resolve("t.cpg") + ": write CP932 or UTF-8 in that file");
    }

    @Test
    void nullAndBlankAttributesAreLeftOut() throws Exception {
        Map<String, String> unassigned = new HashMap<>(Map.of("N03_001", "北海道", "N03_004", "所属未定地"));
        Path shp = new TinyShapefile().polygon(unassigned, square(0, 0, 1, 1, true)).writeTo(dir, "t");

        BoundaryFile file = BoundaryFiles.read(shp, null);

        assertThat(file.features().get(0).attributes()).isEqualTo(unassigned);
        assertThat(file.features().get(0).attribute("N03_007")).isNull();
    }

    @Test
    void missingDbfIsReported() throws Exception {
        Path shp = threeNames().writeTo(dir, "t");
        Files.delete(dir.resolve("t.dbf"));

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("needs t.dbf next to it")
                .hasMessageContaining(dir.resolve("t.dbf").toString())
                .hasMessageContaining("copy all of them");
    }

    @Test
    void missingShxIsReported() throws Exception {
        Path shp = threeNames().writeTo(dir, "t");
        Files.delete(dir.resolve("t.shx"));

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("needs t.shx next to it");
    }

    @Test
    void sidecarsWithUpperCaseExtensionsAreFound() throws Exception {
        Path shp = threeNames().writeTo(dir, "t");
        Files.move(dir.resolve("t.dbf"), dir.resolve("t.DBF"));
        Files.move(dir.resolve("t.shx"), dir.resolve("t.SHX"));

        assertThat(BoundaryFiles.read(shp, null).features()).hasSize(3);
    }

    @Test
    void dbfRowCountMustMatchShapeCount() throws Exception {
        Path shp = threeNames().writeTo(dir, "t");
        new TinyShapefile().polygon(ISAHAYA, square(0, 0, 1, 1, true)).writeTo(dir, "other");
        Files.copy(dir.resolve("other.dbf"), dir.resolve("t.dbf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("t.dbf has 1 rows but")
                .hasMessageContaining("has 3 records");
    }

    @Test
    void truncatedDbfNamesTheRow() throws Exception {
        Path shp = threeNames().writeTo(dir, "t");
        Path dbf = dir.resolve("t.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        Files.write(dbf, java.util.Arrays.copyOf(bytes, bytes.length - 701)); // rows are 401 bytes: 2nd cut, 3rd gone

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(dbf + " cannot be read as a dBase table: it ends in the middle of row 2 of the 3")
                .hasMessageContaining("truncated");
    }

    @Test
    void emptyDbfIsReported() throws Exception {
        Path shp = threeNames().writeTo(dir, "t");
        Files.write(dir.resolve("t.dbf"), new byte[0]);

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("its header is incomplete (0 bytes)");
    }

    @Test
    void checksumCoversShpShxDbfPrjCpgInThatOrder() throws Exception {
        Path shp = threeNames().writeTo(dir, "t");

        BoundaryFile file = BoundaryFiles.read(shp, null);

        String expected = Sha256.of(Files.readAllBytes(shp), Files.readAllBytes(dir.resolve("t.shx")),
                Files.readAllBytes(dir.resolve("t.dbf")), Files.readAllBytes(dir.resolve("t.prj")),
                Files.readAllBytes(dir.resolve("t.cpg")));
        assertThat(file.sha256()).isEqualTo(expected).hasSize(64);
        assertThat(file.path()).isEqualTo(shp);
    }

    @Test
    void missingPrjMeansJgd2011WithANote() throws Exception {
        Path shp = new TinyShapefile().prj(null).polygon(ISAHAYA, square(130, 32, 130.1, 32.1, true)).writeTo(dir, "t");

        BoundaryFile file = BoundaryFiles.read(shp, null);

        assertThat(file.features().get(0).geometry().getEnvelopeInternal()).isEqualTo(new Envelope(130, 130.1, 32, 32.1));
        assertThat(file.notes()).anyMatch(n -> n.contains("t.prj is missing") && n.contains("JGD2011"));
    }

    @Test
    void projectedCoordinatesWithoutPrjAreNotTakenForLonLat() throws Exception {
        Path shp = new TinyShapefile().prj(null).polygon(ISAHAYA, square(-35000, 12000, -34000, 13000, true))
                .writeTo(dir, "t");

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(dir.resolve("t.shp") + " record 1: coordinates span x -35000.0 to -34000.0")
                .hasMessageContaining("not longitude/latitude degrees")
                .hasMessageContaining("put the .prj next to the .shp");
    }

    @Test
    void geographicPrjKeepsCoordinates() throws Exception {
        Path shp = new TinyShapefile().polygon(ISAHAYA, square(130, 32, 130.1, 32.1, true)).writeTo(dir, "t");

        BoundaryFile file = BoundaryFiles.read(shp, null);

        assertThat(file.features().get(0).geometry().getEnvelopeInternal()).isEqualTo(new Envelope(130, 130.1, 32, 32.1));
        assertThat(file.notes()).anyMatch(n -> n.contains("GCS_JGD_2011") && n.contains("kept"));
    }

    @Test
    void projectedPrjIsConvertedToLonLat() throws Exception {
        // Plane rectangular zone IX has its origin at 36°N 139°50'E: (0 m, 0 m) is exactly that point
        Path shp = new TinyShapefile().prj(PLANE_IX_PRJ).polygon(ISAHAYA, square(0, 0, 1000, 1000, true))
                .writeTo(dir, "t");

        BoundaryFile file = BoundaryFiles.read(shp, null);

        Coordinate origin = file.features().get(0).geometry().getCoordinates()[0];
        assertThat(origin.x).isCloseTo(139.8333333333, within(1e-9));
        assertThat(origin.y).isCloseTo(36.0, within(1e-9));
        Envelope e = file.features().get(0).geometry().getEnvelopeInternal();
        assertThat(e.getMaxX()).isCloseTo(139.8333333 + 1000 / (111_412.8 * Math.cos(Math.toRadians(36))), within(2e-4));
        assertThat(e.getMaxY()).isCloseTo(36.0 + 1000 / 110_960.0, within(2e-4));
        assertThat(file.notes()).anyMatch(n -> n.contains("JGD_2011_Japan_Zone_9") && n.contains("converted"));
    }

    @Test
    void latitudeFirstGeographicPrjIsSwappedToLonLat() throws Exception {
        String latLon = TinyShapefile.JGD2011_PRJ.replaceFirst("]$", ",AXIS[\"Lat\",NORTH],AXIS[\"Long\",EAST]]");
        Path shp = new TinyShapefile().prj(latLon).polygon(ISAHAYA, square(32, 130, 32.1, 130.1, false))
                .writeTo(dir, "t");

        Envelope e = BoundaryFiles.read(shp, null).features().get(0).geometry().getEnvelopeInternal();

        assertThat(e.getMinX()).isCloseTo(130, within(1e-12));
        assertThat(e.getMinY()).isCloseTo(32, within(1e-12));
    }

    @Test
    void unreadablePrjIsReported() throws Exception {
        Path shp = new TinyShapefile().prj("this is not WKT").polygon(ISAHAYA, square(0, 0, 1, 1, true)).writeTo(dir, "t");

        assertThatThrownBy(() -> BoundaryFiles.read(shp, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("t.prj cannot be understood as a coordinate system");
    }
}
