package jp.chiikiatlas.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * A region's outline at one level of detail, in longitude/latitude degrees (JGD2011).
 *
 * @param region null for an area without a municipality (所属未定地)
 * @param label  what to call it: the region's name, or 所属未定地 with its prefecture
 */
public record RegionGeometry(Region region, String label, Geometry geometry) {

    public boolean isUnassigned() {
        return region == null;
    }
}
