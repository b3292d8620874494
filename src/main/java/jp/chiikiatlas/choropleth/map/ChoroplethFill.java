package jp.chiikiatlas.choropleth.map;

import java.awt.Color;
import java.awt.Paint;
import java.util.HashSet;
import java.util.Set;
import jp.chiikiatlas.choropleth.ClassifiedMap;
import jp.chiikiatlas.choropleth.NoDataFill;
import jp.chiikiatlas.geo.RegionGeometry;
import jp.chiikiatlas.map.FillLayer;
import jp.chiikiatlas.map.MapStyle;

/**
 * A classified map as the map's fill layer: class colours for regions with a value, the legend's
 * no-data hatch for shown regions without one, the land colour for everything else (regions of
 * another level, 所属未定地). The hatch keeps "no value" from passing for a pale class colour.
 */
public final class ChoroplethFill implements FillLayer {
    private final ClassifiedMap map;
    private final Set<String> shownCodes;

    private ChoroplethFill(ClassifiedMap map, Set<String> shownCodes) {
        this.map = map;
        this.shownCodes = shownCodes;
    }

    /** Every region the map's values mention is shown (with a value or a no-data reason). */
    public static ChoroplethFill of(ClassifiedMap map) {
        return new ChoroplethFill(map, new HashSet<>(map.values().codes())); // hashed: asked once per region per frame
    }

    @Override
    public Color fillOf(RegionGeometry region) {
        String code = code(region);
        return code == null ? MapStyle.LAND : map.colorFor(code);
    }

    @Override
    public Paint paintOf(RegionGeometry region) {
        String code = code(region);
        if (code == null) {
            return MapStyle.LAND;
        }
        return map.hasData(code) ? map.colorFor(code) : NoDataFill.paint();
    }

    /** The region's code when this map shows it, else null. */
    private String code(RegionGeometry region) {
        if (region.region() == null) {
            return null;
        }
        String code = region.region().code();
        return shownCodes.contains(code) ? code : null;
    }
}
