package jp.chiikiatlas.geo.io;

import static jp.chiikiatlas.geo.io.TinyShapefile.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapefiles inside a zip, laid out like MLIT's download (a folder inside the zip). */
class ZipShapefileReaderTest {
    private static final Map<String, String> CITY = Map.of("N03_001", "長崎県", "N03_004", "諫早市", "N03_007", "42204");
    private static final Map<String, String> PREFECTURE = Map.of("N03_001", "長崎県");

    @TempDir
    Path dir;

    /** Writes each shapefile's files under {@code folder/} in a new zip, skipping the given extensions. */
    private Path zip(String folder, List<String> bases, String... skipExtensions) throws IOException {
        Path files = Files.createDirectories(dir.resolve("files"));
        Path zip = dir.resolve("download.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(folder + "/"));
            out.putNextEntry(new ZipEntry(folder + "/KS-META-N03.xml"));
            out.write("<meta/>".getBytes());
            for (String base : bases) {
                Map<String, String> attributes = base.endsWith("_prefectures") ? PREFECTURE : CITY;
                new TinyShapefile().polygon(attributes, square(129, 32, 130, 33, true)).writeTo(files, base);
                for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
                    if (!List.of(skipExtensions).contains(ext)) {
                        out.putNextEntry(new ZipEntry(folder + "/" + base + "." + ext));
                        Files.copy(files.resolve(base + "." + ext), (OutputStream) out);
                    }
                }
            }
        }
        return zip;
    }

    @Test
    void readsTheShapefileInsideTheFolder() throws Exception {
        Path zip = zip("N03-20210101_GML", List.of("N03-21_210101"));

        BoundaryFile file = BoundaryFiles.read(zip, null);

        assertThat(file.features()).hasSize(1);
        assertThat(file.features().get(0).attributes()).isEqualTo(CITY);
        assertThat(file.path()).isEqualTo(zip);
        assertThat(file.sha256()).isEqualTo(Sha256.of(Files.readAllBytes(zip)));
        assertThat(file.notes()).anyMatch(n -> n.contains("download.zip!N03-20210101_GML/N03-21_210101.dbf"));
    }

    @Test
    void prefersTheMunicipalN03ShapefileOverThePrefectureOne() throws Exception {
        Path zip = zip("N03-20210101_GML", List.of("N03-21_210101_prefectures", "N03-21_210101"));

        BoundaryFile file = BoundaryFiles.read(zip, null);

        assertThat(file.features().get(0).attribute("N03_004")).isEqualTo("諫早市");
        assertThat(file.notes().get(0)).contains("read N03-20210101_GML/N03-21_210101.shp")
                .contains("N03-20210101_GML/N03-21_210101_prefectures.shp");
    }

    @Test
    void severalShapefilesWithoutAClearChoiceAreListed() throws Exception {
        Path zip = zip("data", List.of("rivers", "roads"));

        assertThatThrownBy(() -> BoundaryFiles.read(zip, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("several shapefiles (data/rivers.shp, data/roads.shp)")
                .hasMessageContaining("unzip it and import the .shp you want");
    }

    @Test
    void zipWithoutShapefileIsReported() throws Exception {
        Path zip = zip("N03-20210101_GML", List.of());

        assertThatThrownBy(() -> BoundaryFiles.read(zip, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(zip + " contains no .shp file");
    }

    @Test
    void zipWithoutDbfIsReported() throws Exception {
        Path zip = zip("N03-20210101_GML", List.of("N03-21_210101"), "dbf");

        assertThatThrownBy(() -> BoundaryFiles.read(zip, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("holds N03-20210101_GML/N03-21_210101.shp but no N03-20210101_GML/N03-21_210101.dbf");
    }

    @Test
    void shiftJisEntryNamesAreUnderstood() throws Exception {
        new TinyShapefile().polygon(CITY, square(129, 32, 130, 33, true)).writeTo(dir, "t");
        Path zip = dir.resolve("sjis.zip");
        // Japanese zip tools write names in Windows Japanese without the UTF-8 flag
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), ShapefileCharsets.WINDOWS_31J)) {
            for (String ext : List.of("shp", "shx", "dbf")) {
                out.putNextEntry(new ZipEntry("行政区域/N03-21_210101." + ext));
                Files.copy(dir.resolve("t." + ext), (OutputStream) out);
            }
        }

        BoundaryFile file = BoundaryFiles.read(zip, null);

        assertThat(file.features()).hasSize(1);
        assertThat(file.notes()).anyMatch(n -> n.contains("sjis.zip!行政区域/N03-21_210101.prj is missing"));
    }

    @Test
    void brokenZipIsReported() throws Exception {
        Path zip = dir.resolve("broken.zip");
        Files.writeString(zip, "PK\u0003\u0004 this is not really a zip");

        assertThatThrownBy(() -> BoundaryFiles.read(zip, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(zip + " is not a complete zip archive");
    }
}
