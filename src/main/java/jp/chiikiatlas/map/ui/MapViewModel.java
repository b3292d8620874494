package jp.chiikiatlas.map.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.map.DisplayLevel;
import jp.chiikiatlas.map.FillLayer;
import jp.chiikiatlas.map.HitTester;
import jp.chiikiatlas.map.MapData;
import jp.chiikiatlas.map.MapFeature;
import jp.chiikiatlas.map.MapScene;
import jp.chiikiatlas.map.MapViewport;
import jp.chiikiatlas.map.NationalView;
import jp.chiikiatlas.map.RegionSearch;

/**
 * State and behaviour of the map screen, without any control (JabRef style): the view binds to
 * these properties and forwards pointer and key input in canvas pixels. Everything here runs on the
 * FX thread and is tested with plain JUnit.
 */
public final class MapViewModel {
    /** Below this many metres per pixel municipalities are drawn instead of prefectures. */
    static final double MUNICIPALITY_ZOOM_METRES_PER_PIXEL = 1_000;
    static final double ZOOM_STEP = 1.5;
    static final double PAN_STEP_PIXELS = 120;

    private final MapData data;
    private final HitTester hits;
    private final RegionSearch search;

    private final ObjectProperty<MapViewport> viewport;
    private final BooleanProperty wardsShown = new SimpleBooleanProperty(false);
    private final ObjectProperty<FillLayer> fill = new SimpleObjectProperty<>(FillLayer.neutral());
    private final ReadOnlyObjectWrapper<Region> selected = new ReadOnlyObjectWrapper<>();
    /** The prefecture drilled into (municipalities shown whatever the zoom), or null for all Japan. */
    private final ReadOnlyObjectWrapper<Region> focus = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Region> hovered = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper("");
    private final ObservableList<Region> breadcrumb = FXCollections.observableArrayList();
    /** One read-only view kept for good: such wrappers hold their listeners weakly, a fresh one per call would lose them. */
    private final ObservableList<Region> readOnlyBreadcrumb = FXCollections.unmodifiableObservableList(breadcrumb);
    private final ReadOnlyObjectWrapper<MapScene> scene = new ReadOnlyObjectWrapper<>();
    /** A level forced by a side panel (a municipal choropleth at national zoom), or null to follow the zoom. */
    private final ObjectProperty<DisplayLevel> levelOverride = new SimpleObjectProperty<>();
    /** Extra hover lines for a region (a choropleth's value, rank and source), or null. */
    private final ObjectProperty<Function<Region, String>> hoverDetail = new SimpleObjectProperty<>();

    public MapViewModel(MapData data, int width, int height) {
        this.data = data;
        this.hits = new HitTester(data);
        this.search = new RegionSearch(data.regions());
        this.viewport = new SimpleObjectProperty<>(NationalView.viewport(Math.max(width, 1), Math.max(height, 1)));
        viewport.addListener((o, a, b) -> updateScene());
        wardsShown.addListener((o, a, b) -> updateScene());
        fill.addListener((o, a, b) -> updateScene());
        levelOverride.addListener((o, a, b) -> updateScene());
        selected.addListener((o, a, b) -> {
            updateBreadcrumb();
            updateScene();
        });
        focus.addListener((o, a, b) -> {
            updateBreadcrumb();
            updateScene();
        });
        updateScene();
    }

    // --- properties the view binds to

    /** What to draw now; the view renders it (off the FX thread) whenever it changes. */
    public ReadOnlyObjectProperty<MapScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public MapScene scene() {
        return scene.get();
    }

    public ObjectProperty<MapViewport> viewportProperty() {
        return viewport;
    }

    public MapViewport viewport() {
        return viewport.get();
    }

    public BooleanProperty wardsShownProperty() {
        return wardsShown;
    }

    /** The fill layer: neutral now; choropleths set their own. */
    public ObjectProperty<FillLayer> fillProperty() {
        return fill;
    }

    /** Forces the display level (null: prefectures at national zoom, municipalities closer in). */
    public ObjectProperty<DisplayLevel> levelOverrideProperty() {
        return levelOverride;
    }

    /** A hook adding lines to the hover text of a region, e.g. a choropleth's value and rank. */
    public ObjectProperty<Function<Region, String>> hoverDetailProperty() {
        return hoverDetail;
    }

    public ReadOnlyObjectProperty<Region> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Region selected() {
        return selected.get();
    }

    public ReadOnlyObjectProperty<Region> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Region> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Name, code and prefecture of the region under the pointer (「千代田区（13101・東京都）」), or empty. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** The path below 日本 to the selection (or the drilled prefecture): [北海道, 札幌市]. */
    public ObservableList<Region> breadcrumb() {
        return readOnlyBreadcrumb;
    }

    public DisplayLevel displayLevel() {
        return scene.get().level();
    }

    // --- actions

    /** The canvas changed size: the national view is refitted, any other view keeps centre and scale. */
    public void resize(int width, int height) {
        MapViewport vp = viewport();
        if (width > 0 && height > 0 && (width != vp.width() || height != vp.height())) {
            boolean atHome = vp.equals(NationalView.viewport(vp.width(), vp.height()));
            viewport.set(atHome ? NationalView.viewport(width, height) : vp.withSize(width, height));
        }
    }

    /** "Fit to Japan": the national view with the 南西諸島 inset, nothing selected. */
    public void fitJapan() {
        focus.set(null);
        selected.set(null);
        viewport.set(NationalView.viewport(viewport().width(), viewport().height()));
    }

    public void panByPixels(double dx, double dy) {
        viewport.set(viewport().panByPixels(dx, dy));
    }

    /** Arrow keys: dx, dy in −1, 0, 1 (the map moves the other way, like scrolling). */
    public void panStep(int dx, int dy) {
        panByPixels(-dx * PAN_STEP_PIXELS, -dy * PAN_STEP_PIXELS);
    }

    public void zoomAt(double factor, double x, double y) {
        viewport.set(viewport().zoomAround(factor, x, y));
    }

    public void zoomIn() {
        zoomAt(ZOOM_STEP, viewport().width() / 2.0, viewport().height() / 2.0);
    }

    public void zoomOut() {
        zoomAt(1 / ZOOM_STEP, viewport().width() / 2.0, viewport().height() / 2.0);
    }

    /** The pointer moved to (x, y) on the canvas. */
    public void hover(double x, double y) {
        MapFeature feature = hits.featureAt(scene.get(), x, y);
        Region region = feature == null ? null : feature.region();
        hovered.set(region);
        // 所属未定地 have no region but still get their name (e.g. 「沖縄県 所属未定地」)
        String text = feature == null ? "" : region == null ? feature.label() : RegionSearch.describe(region);
        Function<Region, String> detail = hoverDetail.get();
        String extra = region == null || detail == null ? null : detail.apply(region);
        hoverText.set(extra == null || extra.isEmpty() ? text : text + "\n" + extra);
    }

    public void hoverExited() {
        hovered.set(null);
        hoverText.set("");
    }

    /** Click: select the region under the pointer; a click on the sea clears the selection. */
    public void click(double x, double y) {
        selected.set(regionAt(x, y));
    }

    /**
     * Double-click: on a prefecture (national zoom) drill into it; on a municipality zoom in
     * around the pointer and select it.
     */
    public void doubleClick(double x, double y) {
        Region region = regionAt(x, y);
        if (region == null) {
            zoomAt(ZOOM_STEP, x, y);
        } else if (region.level() == RegionLevel.PREFECTURE) {
            drillInto(region);
        } else {
            selected.set(region);
            zoomAt(2, x, y);
        }
    }

    /** Show a prefecture's municipalities, framed. */
    public void drillInto(Region prefecture) {
        selected.set(null);
        focus.set(prefecture);
        frame(prefecture);
    }

    /** Select a region (from search or elsewhere) and frame it; its prefecture becomes the focus. */
    public void choose(Region region) {
        if (region.level() == RegionLevel.WARD) {
            wardsShown.set(true);
        }
        if (region.level() == RegionLevel.PREFECTURE) {
            drillInto(region);
            return;
        }
        focus.set(data.region(region.prefectureCode()).orElse(null));
        selected.set(region);
        frame(region);
    }

    /** A breadcrumb item was clicked: null means 日本. */
    public void navigateTo(Region crumb) {
        if (crumb == null) {
            fitJapan();
        } else if (crumb.level() == RegionLevel.PREFECTURE) {
            drillInto(crumb);
        } else {
            choose(crumb);
        }
    }

    /** Suggestions for the search field. */
    public List<Region> suggestions(String query) {
        return search.find(query, 15);
    }

    /** Enter in the search field: the best suggestion, if any, is chosen. */
    public Optional<Region> chooseBest(String query) {
        List<Region> found = suggestions(query);
        found.stream().findFirst().ifPresent(this::choose);
        return found.stream().findFirst();
    }

    public Optional<Region> region(String code) {
        return data.region(code);
    }

    // --- internals

    private void frame(Region region) {
        data.bounds(region.code()).ifPresent(b ->
                viewport.set(MapViewport.fit(b, viewport().width(), viewport().height(), 40)));
    }

    /** The region under a canvas pixel on the displayed geometry. */
    Region regionAt(double x, double y) {
        MapFeature f = hits.featureAt(scene.get(), x, y);
        return f == null ? null : f.region();
    }

    private void updateScene() {
        MapViewport vp = viewport.get();
        DisplayLevel level = levelOverride.get() != null ? levelOverride.get()
                : focus.get() != null || vp.metresPerPixel() < MUNICIPALITY_ZOOM_METRES_PER_PIXEL
                ? DisplayLevel.MUNICIPALITY : DisplayLevel.PREFECTURE;
        Region sel = selected.get();
        FillLayer shownFill = focus.get() == null ? fill.get() : FillLayer.focusing(fill.get(), focus.get().code());
        scene.set(new MapScene(NationalView.layoutFor(vp), level, wardsShown.get(), shownFill,
                sel == null ? null : sel.code(), true));
    }

    private void updateBreadcrumb() {
        List<Region> chain = new ArrayList<>();
        Region r = selected.get() != null ? selected.get() : focus.get();
        while (r != null && r.level() != RegionLevel.COUNTRY) {
            chain.add(0, r);
            r = r.parentCode() == null ? null : data.region(r.parentCode()).orElse(null);
        }
        breadcrumb.setAll(chain);
    }
}
