package jp.chiikiatlas.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real published data in ../shared/data; tests that need it skip with a clear message without it. */
public final class SharedData {
    public static final Path ROOT = Path.of("../shared/data");
    public static final Path BOUNDARIES = ROOT.resolve("boundaries/n03-2021-01-01");
    public static final Path NATIONAL_TOPOJSON = BOUNDARIES.resolve("N03-21_210101.topojson");
    public static final Path NATIONAL_SHAPEFILE = BOUNDARIES.resolve("shapefile/N03-21_210101.shp");
    public static final Path NATIONAL_ZIP = BOUNDARIES.resolve("zip/N03-20210101_GML.zip");
    public static final Path TOKYO_GEOJSON = BOUNDARIES.resolve("geojson/N03-21_13_210101.geojson");

    private SharedData() {
    }

    /** Skips the calling test unless {@code file} exists. */
    public static Path require(Path file) {
        assumeTrue(Files.exists(file), "../shared/data is absent (" + file + " not found): skipping real-data test");
        return file;
    }
}
