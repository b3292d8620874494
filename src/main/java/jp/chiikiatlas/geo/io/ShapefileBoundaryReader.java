package jp.chiikiatlas.geo.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.chiikiatlas.geo.BoundaryFeature;
import org.locationtech.jts.geom.Geometry;

/** Joins a shapefile's geometries (.shp/.shx), attributes (.dbf/.cpg) and CRS (.prj) into features. */
final class ShapefileBoundaryReader {
    private ShapefileBoundaryReader() {
    }

    /**
     * @param path   the file the user named (.shp or .zip)
     * @param sha256 checksum to report; null means that of the shapefile's own files
     */
    static BoundaryFile read(Path path, ShapefileSource source, String sha256) throws BoundaryFormatException {
        List<String> notes = new ArrayList<>();
        ShapefileReader.Shapes shapes = ShapefileReader.read(source.name("shp"), source.shp(), source.name("shx"),
                source.shx());
        notes.addAll(shapes.notes());
        Charset charset = ShapefileCharsets.fromCpg(source.cpg(), source.name("cpg"));
        String charsetName = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Shift_JIS (windows-31j)";
        notes.add(source.name("dbf") + ": text decoded as " + charsetName
                + (source.cpg() == null ? ", MLIT's encoding (there is no .cpg)" : ", following the .cpg"));
        List<Map<String, String>> rows = DbfAttributeReader.read(source.dbf(), source.name("dbf"), charset);
        List<Geometry> geometries = shapes.geometries();
        if (rows.size() != geometries.size()) {
            throw new BoundaryFormatException(source.name("dbf") + " has " + rows.size() + " rows but "
                    + source.name("shp") + " has " + geometries.size() + " records: they must match one to one;"
                    + " copy the .shp, .shx and .dbf from the same download");
        }
        PrjLonLat lonLat = PrjLonLat.fromPrj(source.prj(), source.name("prj"), notes);
        List<BoundaryFeature> features = new ArrayList<>(geometries.size());
        for (int i = 0; i < geometries.size(); i++) {
            Geometry geometry = geometries.get(i);
            String featureName = source.name("shp") + " record " + (i + 1);
            lonLat.apply(geometry, featureName);
            LonLatRange.check(geometry, featureName, source.prj() == null
                    ? "the .prj is missing, so JGD2011 longitude/latitude was assumed; put the .prj next to the .shp"
                    : "check that the .prj belongs to this shapefile");
            features.add(new BoundaryFeature(i, rows.get(i), geometry));
        }
        String checksum = sha256 != null ? sha256
                : Sha256.of(source.shp(), source.shx(), source.dbf(), source.prj(), source.cpg());
        return new BoundaryFile(path, checksum, List.copyOf(features), List.copyOf(notes));
    }
}
