package jp.chiikiatlas.map;

import java.util.ArrayList;
import java.util.List;
import jp.chiikiatlas.geo.LevelOfDetail;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionGeometry;
import jp.chiikiatlas.geo.RegionLevel;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A tiny map of rectangles in longitude/latitude: 東京都 with 千代田区 and 中央区 side by side, and
 * 北海道 with 札幌市 (two wards) and 函館市. The same shapes at every level of detail.
 */
final class HandMadeMap {
    static final String CREDIT = "テスト用の図形";
    private static final GeometryFactory GF = new GeometryFactory();

    private final List<RegionGeometry> geometries = new ArrayList<>();

    private HandMadeMap() {
        add("13000", RegionLevel.PREFECTURE, "00000", "東京都", 139.0, 140.0, 35.0, 36.0);
        add("13101", RegionLevel.MUNICIPALITY, "13000", "千代田区", 139.0, 139.5, 35.0, 36.0);
        add("13102", RegionLevel.MUNICIPALITY, "13000", "中央区", 139.5, 140.0, 35.0, 36.0);
        add("01000", RegionLevel.PREFECTURE, "00000", "北海道", 141.0, 143.0, 42.0, 44.0);
        add("01100", RegionLevel.DESIGNATED_CITY, "01000", "札幌市", 141.0, 142.0, 42.0, 44.0);
        add("01101", RegionLevel.WARD, "01100", "札幌市中央区", 141.0, 141.5, 42.0, 44.0);
        add("01102", RegionLevel.WARD, "01100", "札幌市北区", 141.5, 142.0, 42.0, 44.0);
        add("01202", RegionLevel.MUNICIPALITY, "01000", "函館市", 142.0, 143.0, 42.0, 44.0);
    }

    static MapData data() {
        HandMadeMap map = new HandMadeMap();
        List<Region> regions = map.geometries.stream().map(RegionGeometry::region).toList();
        return new MapData(new GeometrySource() {
            @Override
            public List<RegionGeometry> geometries(LevelOfDetail lod, RegionLevel level) {
                return map.geometries.stream().filter(g -> g.region().level() == level).toList();
            }

            @Override
            public List<RegionGeometry> unassignedAreas(LevelOfDetail lod) {
                return List.of();
            }
        }, regions, CREDIT);
    }

    /** A viewport showing the whole hand-made map. */
    static MapViewport viewport(int width, int height) {
        Envelope bounds = new Envelope();
        bounds.expandToInclude(LambertConformalConic.JAPAN.project(138.5, 34.5).x, LambertConformalConic.JAPAN.project(138.5, 34.5).y);
        bounds.expandToInclude(LambertConformalConic.JAPAN.project(143.5, 44.5).x, LambertConformalConic.JAPAN.project(143.5, 44.5).y);
        bounds.expandToInclude(LambertConformalConic.JAPAN.project(138.5, 44.5).x, LambertConformalConic.JAPAN.project(138.5, 44.5).y);
        bounds.expandToInclude(LambertConformalConic.JAPAN.project(143.5, 34.5).x, LambertConformalConic.JAPAN.project(143.5, 34.5).y);
        return MapViewport.fit(bounds, width, height, 10);
    }

    private void add(String code, RegionLevel level, String parent, String name, double west, double east,
                     double south, double north) {
        Region region = new Region(code, level, parent, name, name);
        geometries.add(new RegionGeometry(region, name, GF.toGeometry(new Envelope(west, east, south, north))));
    }
}
