package jp.chiikiatlas.map;

import java.awt.geom.Point2D;

/**
 * Which region is under a canvas pixel, on the geometry actually displayed (same level of detail
 * and display level as the render): STRtree on projected bounds, then an indexed point-in-polygon.
 */
public final class HitTester {
    private final MapData data;

    public HitTester(MapData data) {
        this.data = data;
    }

    /** The feature under (x, y) on the canvas of this scene, or null over the sea. */
    public MapFeature featureAt(MapScene scene, double x, double y) {
        MapLayout.Located located = scene.layout().locate(x, y);
        Point2D.Double world = located.world();
        FeatureSet set = data.features(MapRenderer.levelOfDetail(located.viewport()), scene.level(), scene.wardsShown());
        return set.featureAt(world.x, world.y);
    }

    /** The code of the region under (x, y), or null (sea, or an area without a municipality). */
    public String regionAt(MapScene scene, double x, double y) {
        MapFeature f = featureAt(scene, x, y);
        return f == null ? null : f.code();
    }
}
