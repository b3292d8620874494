package jp.chiikiatlas.choropleth.ui;

import jp.chiikiatlas.map.DisplayLevel;
import jp.chiikiatlas.map.ui.MapViewModel;

/**
 * Ties the choropleth to the map: its fill, its level (municipal choropleths show municipalities
 * even at national zoom), the shared ward switch, and hover lines with value, rank and source.
 */
public final class MapConnection {
    private MapConnection() {
    }

    public static void connect(ChoroplethViewModel choropleth, MapViewModel map) {
        choropleth.wardsShownProperty().bindBidirectional(map.wardsShownProperty());
        map.hoverDetailProperty().set(choropleth.hoverDetail());
        choropleth.fillProperty().addListener((o, a, fill) -> map.fillProperty().set(fill));
        choropleth.mapProperty().addListener((o, a, m) -> map.levelOverrideProperty().set(m == null ? null
                : choropleth.municipalProperty().get() ? DisplayLevel.MUNICIPALITY : DisplayLevel.PREFECTURE));
    }
}
