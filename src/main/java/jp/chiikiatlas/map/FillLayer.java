package jp.chiikiatlas.map;

import java.awt.Color;
import java.awt.Paint;
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
     * What the map fills {@code region} with: by default its {@link #fillOf} colour. A layer may
     * return a pattern (e.g. a no-data hatch) so a grey meaning "no value" never reads as a light class
     * colour; {@link #fillOf} stays the plain colour for callers that need one (fading, hover swatches).
     */
    default Paint paintOf(RegionGeometry region) {
        return fillOf(region);
    }

    /**
     * {@code base} inside one prefecture, and faded towards grey elsewhere: after drilling into a
     * prefecture its municipalities stand out while the neighbours stay visible for orientation.
     */
    static FillLayer focusing(FillLayer base, String prefectureCode) {
        // an anonymous class, not a lambda: the patterns of the base layer must survive inside the focus
        return new FillLayer() {
            @Override
            public Color fillOf(RegionGeometry region) {
                Color c = base.fillOf(region);
                return inside(region) ? c : MapStyle.faded(c);
            }

            @Override
            public Paint paintOf(RegionGeometry region) {
                return inside(region) ? base.paintOf(region) : fillOf(region);
            }

            private boolean inside(RegionGeometry region) {
                return region.region() != null && prefectureCode.equals(region.region().prefectureCode());
            }
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
