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

/**
 * Reads Polygon/MultiPolygon geometries of one TopoJSON object (TopoJSON spec 1.0): rings are lists
 * of shared arcs, index {@code ~i} (negative) meaning arc i reversed; quantized files delta-encode
 * arc positions and scale them with {@code transform}.
 */
final class TopoJsonReader {
    private final List<Coordinate[]> arcs;
    private final List<String> notes = new ArrayList<>();

    private TopoJsonReader(List<Coordinate[]> arcs) {
        this.arcs = arcs;
    }

    static BoundaryFile read(Path path, String objectName) throws BoundaryFormatException {
        byte[] bytes = FileBytes.read(path);
        return read(path, bytes, JsonTrees.parse(path, bytes), objectName);
    }

    static BoundaryFile read(Path path, byte[] bytes, JsonNode root, String objectName) throws BoundaryFormatException {
        if (!JsonTrees.isTopology(root)) {
            String type = root.path("type").asText("");
            throw new BoundaryFormatException(path + " is not TopoJSON (top-level type is "
                    + (type.isEmpty() ? "missing" : "'" + type + "'") + ", expected 'Topology')"
                    + (type.equals("FeatureCollection") ? ": it is GeoJSON; give it the extension .geojson" : ""));
        }
        String name = chooseObject(path, root.path("objects"), objectName);
        JsonNode object = root.path("objects").get(name);
        TopoJsonReader reader = new TopoJsonReader(decodeArcs(path, root));
        List<JsonNode> geometries = new ArrayList<>();
        if ("GeometryCollection".equals(object.path("type").asText())) {
            object.path("geometries").forEach(geometries::add);
        } else {
            geometries.add(object); // an object may be a single geometry
        }
        List<String> notes = reader.notes;
        List<BoundaryFeature> features = new ArrayList<>(geometries.size());
        for (int i = 0; i < geometries.size(); i++) {
            JsonNode node = geometries.get(i);
            String featureName = path + " object '" + name + "' feature " + i;
            Geometry geometry = reader.geometry(node, featureName);
            LonLatRange.check(geometry, featureName, "TopoJSON for Chiiki Atlas must be in longitude/latitude;"
                    + " export it again from longitude/latitude data (EPSG:6668 or 4326)");
            if (geometry.isEmpty()) {
                notes.add(featureName + " has no polygon geometry: kept with an empty geometry");
            }
            features.add(new BoundaryFeature(i, JsonTrees.attributes(node.get("properties")), geometry));
        }
        return new BoundaryFile(path, Sha256.of(bytes), List.copyOf(features), List.copyOf(notes));
    }

    private static String chooseObject(Path path, JsonNode objects, String wanted) throws BoundaryFormatException {
        List<String> names = new ArrayList<>();
        objects.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            throw new BoundaryFormatException(path + " has no objects in \"objects\": export the file again");
        }
        if (wanted != null) {
            if (!objects.has(wanted)) {
                throw new BoundaryFormatException(path + " has no object named '" + wanted + "'; objects present: "
                        + String.join(", ", names) + " (choose one with --object NAME)");
            }
            return wanted;
        }
        if (names.size() > 1) {
            throw new BoundaryFormatException(path + " has several objects (" + String.join(", ", names)
                    + "): choose one with --object NAME");
        }
        return names.get(0);
    }

    /** All arcs in lon/lat: undoes delta encoding and quantization when there is a transform. */
    private static List<Coordinate[]> decodeArcs(Path path, JsonNode root) throws BoundaryFormatException {
        JsonNode transform = root.get("transform");
        boolean quantized = transform != null && transform.isObject();
        double sx = 1, sy = 1, tx = 0, ty = 0;
        if (quantized) {
            sx = transform.path("scale").path(0).asDouble(1);
            sy = transform.path("scale").path(1).asDouble(1);
            tx = transform.path("translate").path(0).asDouble(0);
            ty = transform.path("translate").path(1).asDouble(0);
        }
        JsonNode arcsNode = root.path("arcs");
        List<Coordinate[]> arcs = new ArrayList<>(arcsNode.size());
        for (int a = 0; a < arcsNode.size(); a++) {
            JsonNode arc = arcsNode.get(a);
            Coordinate[] points = new Coordinate[arc.size()];
            double x = 0, y = 0;
            for (int p = 0; p < arc.size(); p++) {
                JsonNode position = arc.get(p);
                if (!position.path(0).isNumber() || !position.path(1).isNumber()) {
                    throw new BoundaryFormatException(path + ": arc " + a + " position " + p + " is " + position
                            + ", not a pair of numbers; export the file again");
                }
                if (quantized) {
                    x += position.get(0).doubleValue();
                    y += position.get(1).doubleValue();
                    points[p] = new Coordinate(x * sx + tx, y * sy + ty);
                } else {
                    points[p] = new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
                }
            }
            arcs.add(points);
        }
        return arcs;
    }

    private Geometry geometry(JsonNode node, String name) throws BoundaryFormatException {
        String type = node.path("type").asText("");
        JsonNode arcIndexes = node.path("arcs");
        List<Polygon> polygons = new ArrayList<>();
        switch (type) {
            case "" -> {
                return Geometries.empty(); // "type": null is TopoJSON's null geometry
            }
            case "Polygon" -> polygons.add(polygon(arcIndexes, name));
            case "MultiPolygon" -> {
                for (JsonNode part : arcIndexes) {
                    polygons.add(polygon(part, name));
                }
            }
            default -> throw new BoundaryFormatException(name + " has a " + type + " geometry: this is not an"
                    + " administrative-area polygon file; import N03 boundary polygons");
        }
        return JsonPolygons.combine(polygons);
    }

    private Polygon polygon(JsonNode rings, String name) throws BoundaryFormatException {
        List<Coordinate[]> result = new ArrayList<>(rings.size());
        for (JsonNode ring : rings) {
            result.add(ring(ring, name));
        }
        return JsonPolygons.polygon(result, name, notes);
    }

    /** Concatenates the ring's arcs; each arc starts where the previous ended, so that point is skipped. */
    private Coordinate[] ring(JsonNode arcIndexes, String name) throws BoundaryFormatException {
        List<Coordinate> points = new ArrayList<>();
        for (JsonNode indexNode : arcIndexes) {
            int index = indexNode.asInt();
            int arc = index >= 0 ? index : ~index;
            if (!indexNode.isInt() || arc >= arcs.size()) {
                throw new BoundaryFormatException(name + " refers to arc " + indexNode + " but the file has "
                        + arcs.size() + " arcs: the file is damaged; export it again");
            }
            Coordinate[] coordinates = arcs.get(arc);
            int n = coordinates.length;
            for (int k = points.isEmpty() ? 0 : 1; k < n; k++) {
                Coordinate c = index >= 0 ? coordinates[k] : coordinates[n - 1 - k];
                points.add(c.copy()); // copies: neighbouring features share arcs
            }
        }
        return points.toArray(Coordinate[]::new);
    }
}
