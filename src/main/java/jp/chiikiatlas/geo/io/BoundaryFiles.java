package jp.chiikiatlas.geo.io;

import java.nio.file.Path;

/** Reads any supported boundary file, choosing the reader by the file's extension. */
public final class BoundaryFiles {
    private BoundaryFiles() {
    }

    /**
     * Reads {@code path} (.shp, .zip, .geojson/.json, .topojson).
     *
     * @param objectName TopoJSON object to read; null means the file's only object
     */
    public static BoundaryFile read(Path path, String objectName) throws BoundaryFormatException {
        throw new BoundaryFormatException(path + ": reading boundary files is not implemented yet");
    }
}
