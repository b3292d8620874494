package jp.chiikiatlas.map;

/**
 * Everything one render needs, copied on the UI thread and handed to the render thread, so the
 * render never sees a half-updated state.
 *
 * @param selectedCode region outlined as selected, or null
 * @param labels       whether to draw region names
 */
public record MapScene(MapLayout layout, DisplayLevel level, boolean wardsShown, FillLayer fill,
                       String selectedCode, boolean labels) {

    public static MapScene of(MapLayout layout, DisplayLevel level) {
        return new MapScene(layout, level, false, FillLayer.neutral(), null, true);
    }

    public MapScene withLayout(MapLayout newLayout) {
        return new MapScene(newLayout, level, wardsShown, fill, selectedCode, labels);
    }

    public MapScene withLevel(DisplayLevel newLevel) {
        return new MapScene(layout, newLevel, wardsShown, fill, selectedCode, labels);
    }

    public MapScene withFill(FillLayer newFill) {
        return new MapScene(layout, level, wardsShown, newFill, selectedCode, labels);
    }

    public MapScene withSelection(String code) {
        return new MapScene(layout, level, wardsShown, fill, code, labels);
    }

    public MapScene withLabels(boolean on) {
        return new MapScene(layout, level, wardsShown, fill, selectedCode, on);
    }

    public MapScene withWards(boolean on) {
        return new MapScene(layout, level, on, fill, selectedCode, labels);
    }
}
