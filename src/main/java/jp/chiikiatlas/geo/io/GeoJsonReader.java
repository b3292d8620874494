package jp.chiikiatlas.geo.io;

import jp.chiikiatlas.geo.Geometries;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.chiikiatlas.geo.BoundaryFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Reads a GeoJSON FeatureCollection of Polygon/MultiPolygon features (RFC 7946: lon/lat degrees). */
final class GeoJsonReader {
    private GeoJsonReader() {
    }

    static BoundaryFile read(Path path) throws BoundaryFormatException {
        byte[] bytes = FileBytes.read(path);
        return read(path, bytes, JsonTrees.parse(path, bytes));
    }

    static BoundaryFile read(Path path, byte[] bytes, JsonNode root) throws BoundaryFormatException {
        String type = root.path("type").asText("");
        if (!type.equals("FeatureCollection")) {
            throw new BoundaryFormatException(path + notACollection(type));
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new BoundaryFormatException(path + ": the FeatureCollection has no \"features\" array;"
                    + " export the file again");
        }
        List<String> notes = new ArrayList<>();
        List<BoundaryFeature> result = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            String name = path + " feature " + i;
            Geometry geometry = geometry(feature.get("geometry"), name, notes);
            LonLatRange.check(geometry, name, "GeoJSON must be in longitude/latitude (RFC 7946);"
                    + " export it again in JGD2011 (EPSG:6668) or WGS 84 longitude/latitude");
            if (geometry.isEmpty()) {
                notes.add(name + " has no polygon geometry: kept with an empty geometry");
            }
            result.add(new BoundaryFeature(i, JsonTrees.attributes(feature.get("properties")), geometry));
        }
        return new BoundaryFile(path, Sha256.of(bytes), List.copyOf(result), List.copyOf(notes));
    }

    private static String notACollection(String type) {
        if (type.equals("Topology")) {
            return " is TopoJSON, not GeoJSON: give it the extension .topojson";
        }
        String found = type.isEmpty() ? "has no top-level \"type\"" : "is a GeoJSON " + type;
        return " " + found + ", not a FeatureCollection: export the boundaries as a GeoJSON FeatureCollection"
                + " with one Polygon/MultiPolygon Feature per area";
    }

    private static Geometry geometry(JsonNode geometry, String name, List<String> notes)
            throws BoundaryFormatException {
        if (geometry == null || geometry.isNull()) {
            return Geometries.empty();
        }
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.path("coordinates");
        List<Polygon> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(polygon(coordinates, name, notes));
            case "MultiPolygon" -> {
                for (JsonNode part : array(coordinates, name)) {
                    polygons.add(polygon(part, name, notes));
                }
            }
            default -> throw new BoundaryFormatException(name + " has a " + (type.isEmpty() ? "untyped" : type)
                    + " geometry: this is not an administrative-area polygon file; import N03 boundary polygons");
        }
        return JsonPolygons.combine(polygons);
    }

    private static Polygon polygon(JsonNode rings, String name, List<String> notes) throws BoundaryFormatException {
        List<Coordinate[]> result = new ArrayList<>();
        for (JsonNode ring : array(rings, name)) {
            JsonNode positions = array(ring, name);
            Coordinate[] coordinates = new Coordinate[positions.size()];
            for (int i = 0; i < positions.size(); i++) {
                JsonNode position = positions.get(i);
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                        || !position.get(1).isNumber()) {
                    throw new BoundaryFormatException(name + ": position " + position + " is not [longitude, latitude];"
                            + " export the file again");
                }
                coordinates[i] = new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
            }
            result.add(coordinates);
        }
        return JsonPolygons.polygon(result, name, notes);
    }

    private static JsonNode array(JsonNode node, String name) throws BoundaryFormatException {
        if (node == null || !node.isArray()) {
            throw new BoundaryFormatException(name + ": \"coordinates\" are not nested arrays as GeoJSON requires;"
                    + " export the file again");
        }
        return node;
    }
}
