package jp.chiikiatlas.geo.io;

import java.nio.file.Path;
import java.util.List;
import jp.chiikiatlas.geo.BoundaryFeature;

/**
 * The features of one boundary file, in longitude/latitude, with what is needed to credit it.
 *
 * @param path     the file the user named (.shp, .zip, .geojson, .topojson)
 * @param sha256   hex SHA-256 of the input bytes (for a shapefile: of .shp, .shx, .dbf, .prj, .cpg
 *                 concatenated in that order; for a zip: of the zip file)
 * @param features every feature in file order; none dropped
 * @param notes    things worth telling the user (charset chosen, CRS transformed, …)
 */
public record BoundaryFile(Path path, String sha256, List<BoundaryFeature> features, List<String> notes) {
}
