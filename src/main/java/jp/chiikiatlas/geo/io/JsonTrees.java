package jp.chiikiatlas.geo.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/** Parses GeoJSON/TopoJSON files into Jackson trees, with messages that say where the JSON breaks. */
final class JsonTrees {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonTrees() {
    }

    static JsonNode parse(Path path, byte[] bytes) throws BoundaryFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + " (byte offset " + at.getByteOffset() + ")";
            throw new BoundaryFormatException(path + " is not valid JSON" + where + ": " + e.getOriginalMessage()
                    + "; the file may be truncated or not a JSON file, download or export it again", e);
        } catch (IOException e) {
            throw new BoundaryFormatException("cannot read " + path + ": " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new BoundaryFormatException(path + " is empty (" + bytes.length + " bytes): download or export it again");
        }
        if (!root.isObject()) {
            throw new BoundaryFormatException(path + " is JSON but its top level is not an object:"
                    + " expected a GeoJSON FeatureCollection or a TopoJSON Topology");
        }
        return root;
    }

    static boolean isTopology(JsonNode root) {
        return "Topology".equals(root.path("type").asText());
    }

    /** The N03 attributes among a GeoJSON/TopoJSON "properties" object (numbers and text alike). */
    static Map<String, String> attributes(JsonNode properties) {
        N03Attributes attributes = new N03Attributes();
        if (properties != null && properties.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isValueNode() && !value.isNull()) {
                    attributes.put(field.getKey(), value.asText());
                }
            }
        }
        return attributes.toMap();
    }
}
