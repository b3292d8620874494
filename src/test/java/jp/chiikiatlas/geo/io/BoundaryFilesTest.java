package jp.chiikiatlas.geo.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the reader by extension. The readers themselves have their own tests. */
class BoundaryFilesTest {
    @TempDir
    Path dir;

    @Test
    void unknownExtensionListsTheSupportedOnes() throws Exception {
        Path kml = Files.writeString(dir.resolve("tokyo.kml"), "<kml/>");

        assertThatThrownBy(() -> BoundaryFiles.read(kml, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining(kml + ": unknown boundary file type")
                .hasMessageContaining(".shp").hasMessageContaining(".zip").hasMessageContaining(".topojson");
    }

    @Test
    void missingFileIsReported() {
        Path missing = dir.resolve("N03-21_210101.shp");

        assertThatThrownBy(() -> BoundaryFiles.read(missing, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessage(missing + " does not exist: check the path");
    }

    @Test
    void extensionIsMatchedWhateverItsCase() throws Exception {
        Path geojson = Files.writeString(dir.resolve("TOKYO.GEOJSON"), "{\"type\":\"Feature\"}");

        assertThatThrownBy(() -> BoundaryFiles.read(geojson, null))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("not a FeatureCollection");
    }
}
