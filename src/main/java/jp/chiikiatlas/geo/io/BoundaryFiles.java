package jp.chiikiatlas.geo.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.exists(path)) {
            throw new BoundaryFormatException(path + " does not exist: check the path");
        }
        if (name.endsWith(".shp")) {
            return ShapefileBoundaryReader.read(path, ShapefileSource.fromFolder(path), null);
        }
        if (name.endsWith(".zip")) {
            return ZipShapefileReader.read(path);
        }
        if (name.endsWith(".topojson")) {
            return TopoJsonReader.read(path, objectName);
        }
        if (name.endsWith(".geojson")) {
            return GeoJsonReader.read(path);
        }
        if (name.endsWith(".json")) {
            // ".json" is used for both GeoJSON and TopoJSON: let the content decide
            byte[] bytes = FileBytes.read(path);
            JsonNode root = JsonTrees.parse(path, bytes);
            return JsonTrees.isTopology(root) ? TopoJsonReader.read(path, bytes, root, objectName)
                    : GeoJsonReader.read(path, bytes, root);
        }
        throw new BoundaryFormatException(path + ": unknown boundary file type; give a .shp (with its .shx and"
                + " .dbf), a .zip as downloaded from MLIT, a .geojson/.json or a .topojson file");
    }
}
