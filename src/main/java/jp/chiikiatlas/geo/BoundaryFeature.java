package jp.chiikiatlas.geo;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from a boundary file, before it is turned into regions.
 *
 * @param index      position in the file (0-based), used to name the feature in messages
 * @param attributes N03 attributes by name ({@code N03_001} … {@code N03_007}); absent or null
 *                   values are not in the map
 * @param geometry   Polygon or MultiPolygon in longitude/latitude degrees (JGD2011)
 */
public record BoundaryFeature(int index, Map<String, String> attributes, Geometry geometry) {

    public String attribute(String name) {
        return attributes.get(name);
    }
}
