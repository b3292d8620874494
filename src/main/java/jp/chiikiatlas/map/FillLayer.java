package jp.chiikiatlas.map;

import java.awt.Color;
import jp.chiikiatlas.geo.RegionGeometry;

/**
 * Supplies the fill colour of each region: the plug-in point for choropleths, flows and
 * highlighting, so they never touch the renderer. Implementations must be safe to call from the
 * render thread (immutable, or a snapshot).
 */
@FunctionalInterface
public interface FillLayer {

    /** The fill of {@code region} (never null); {@code region.region()} is null for 所属未定地. */
    Color fillOf(RegionGeometry region);

    /** The same land colour everywhere: the base map. */
    static FillLayer neutral() {
        return region -> MapStyle.LAND;
    }
}
