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

    /**
     * {@code base} inside one prefecture, and faded towards grey elsewhere: after drilling into a
     * prefecture its municipalities stand out while the neighbours stay visible for orientation.
     */
    static FillLayer focusing(FillLayer base, String prefectureCode) {
        return region -> {
            Color c = base.fillOf(region);
            boolean inside = region.region() != null && prefectureCode.equals(region.region().prefectureCode());
            return inside ? c : MapStyle.faded(c);
        };
    }

    /**
     * A fill from a colour per five-digit code, e.g. a choropleth's {@code FillLayer.byCode(map::colorFor)};
     * areas without a code, and codes it has no colour for (null), keep the land colour.
     */
    static FillLayer byCode(java.util.function.Function<String, Color> colourOfCode) {
        return region -> {
            Color c = region.region() == null ? null : colourOfCode.apply(region.region().code());
            return c == null ? MapStyle.LAND : c;
        };
    }

    /** The same land colour everywhere: the base map. */
    static FillLayer neutral() {
        return region -> MapStyle.LAND;
    }
}
