package jp.chiikiatlas.choropleth.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import jp.chiikiatlas.choropleth.Choropleth;
import jp.chiikiatlas.choropleth.ChoroplethStyle;
import jp.chiikiatlas.choropleth.ClassifiedMap;
import jp.chiikiatlas.choropleth.Classifier;
import jp.chiikiatlas.choropleth.Classifiers;
import jp.chiikiatlas.choropleth.LegendImage;
import jp.chiikiatlas.choropleth.Measure;
import jp.chiikiatlas.choropleth.Palette;
import jp.chiikiatlas.choropleth.Palettes;
import jp.chiikiatlas.choropleth.RegionValues;
import jp.chiikiatlas.choropleth.map.ChoroplethFill;
import jp.chiikiatlas.choropleth.source.Breakdown;
import jp.chiikiatlas.choropleth.source.ChoroplethIndicator;
import jp.chiikiatlas.choropleth.source.ChoroplethRequest;
import jp.chiikiatlas.choropleth.source.MapLevel;
import jp.chiikiatlas.choropleth.source.StatisticsChoroplethSource;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.map.FillLayer;

/**
 * State of the choropleth panel without any control: the chosen indicator, level, measure,
 * classification, palette and period, and the resulting classified map, fill layer, legend picture
 * and hover text. Queries and classification run on a {@link ChoroplethWorker}; results are applied
 * through {@code ui} (Platform::runLater in the application). A newer request wins over an older
 * one still running, so dragging the year slider never shows a stale year last.
 */
public final class ChoroplethViewModel implements AutoCloseable {
    static final float LEGEND_TEXT_PX = 15f;
    static final int LEGEND_WIDTH = 390;
    private static final Duration PLAY_STEP = Duration.seconds(1.2);

    private final ChoroplethWorker worker;
    private final Executor ui;
    /** Values already read, by request: playing through the years twice reads nothing. Worker thread only. */
    private final Map<ChoroplethRequest, RegionValues> valuesCache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ChoroplethRequest, RegionValues> e) {
            return size() > 64;
        }
    };

    private final ObservableList<ChoroplethIndicator> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<ChoroplethIndicator> indicator = new SimpleObjectProperty<>();
    /** The slices of an indicator with dimensions (industry, sex, age); empty for one without. */
    private final ObservableList<Breakdown> breakdowns = FXCollections.observableArrayList();
    private final ObjectProperty<Breakdown> breakdown = new SimpleObjectProperty<>(Breakdown.TOTAL);
    private final BooleanProperty municipal = new SimpleBooleanProperty(true);
    private final BooleanProperty wardsShown = new SimpleBooleanProperty(false);
    private final ObservableList<Measure> measures = FXCollections.observableArrayList(Measure.RAW);
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.RAW);
    private final ObjectProperty<Classifier> method = new SimpleObjectProperty<>(Classifiers.QUANTILE);
    private final IntegerProperty classes = new SimpleIntegerProperty(5);
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palettes.byName(Palettes.DEFAULT_SEQUENTIAL));
    private final BooleanProperty reversed = new SimpleBooleanProperty(false);
    private final ObservableList<Integer> periods = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> period = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> basePeriod = new SimpleObjectProperty<>();
    private final BooleanProperty playing = new SimpleBooleanProperty(false);

    private final ReadOnlyObjectWrapper<ClassifiedMap> map = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BufferedImage> legendImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FillLayer> fill = new ReadOnlyObjectWrapper<>(FillLayer.neutral());
    private final ReadOnlyStringWrapper legendTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("統計を読み込んでいます…");
    private final ReadOnlyBooleanWrapper statisticsMissing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    private long generation;
    private boolean adjusting;
    private Timeline timeline;

    public ChoroplethViewModel(Path cacheFile, Executor ui) {
        this.worker = new ChoroplethWorker(cacheFile);
        this.ui = ui;
        indicator.addListener((o, a, b) -> indicatorChanged(b));
        measure.addListener((o, a, b) -> {
            if (b != null && b.signed() && palette.get().kind() == Palette.Kind.SEQUENTIAL) {
                palette.set(Palettes.byName(Palettes.DEFAULT_DIVERGING));
            }
            recolour();
        });
        for (var p : List.of(municipal, wardsShown, reversed)) {
            p.addListener((o, a, b) -> recolour());
        }
        breakdown.addListener((o, a, b) -> breakdownChanged(b));
        for (var p : List.of(method, palette, period, basePeriod)) {
            p.addListener((o, a, b) -> recolour());
        }
        classes.addListener((o, a, b) -> recolour());
        playing.addListener((o, a, b) -> animate(b));
    }

    // --- state the panel binds to

    public ObservableList<ChoroplethIndicator> indicators() {
        return indicators;
    }

    public ObjectProperty<ChoroplethIndicator> indicatorProperty() {
        return indicator;
    }

    public ObservableList<Breakdown> breakdowns() {
        return breakdowns;
    }

    /** The slice mapped (e.g. 製造業 of 付加価値額); {@link Breakdown#TOTAL} for an indicator without dimensions. */
    public ObjectProperty<Breakdown> breakdownProperty() {
        return breakdown;
    }

    /** Municipalities (true) or prefectures. */
    public BooleanProperty municipalProperty() {
        return municipal;
    }

    /** Designated cities by ward; bound to the map's own ward switch. */
    public BooleanProperty wardsShownProperty() {
        return wardsShown;
    }

    public ObservableList<Measure> measures() {
        return measures;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    public ObjectProperty<Classifier> methodProperty() {
        return method;
    }

    /** 3–9. */
    public IntegerProperty classesProperty() {
        return classes;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public BooleanProperty reversedProperty() {
        return reversed;
    }

    public ObservableList<Integer> periods() {
        return periods;
    }

    public ObjectProperty<Integer> periodProperty() {
        return period;
    }

    /** The period a change is measured from. */
    public ObjectProperty<Integer> basePeriodProperty() {
        return basePeriod;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public ReadOnlyObjectProperty<ClassifiedMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** Legend and histogram with the source line, drawn with the same painters as the PNG. */
    public ReadOnlyObjectProperty<BufferedImage> legendImageProperty() {
        return legendImage.getReadOnlyProperty();
    }

    /** The fill for the map: class colours, the land colour for regions of another level. */
    public ReadOnlyObjectProperty<FillLayer> fillProperty() {
        return fill.getReadOnlyProperty();
    }

    /** e.g. 人口密度（2025）. */
    public ReadOnlyStringProperty legendTitleProperty() {
        return legendTitle.getReadOnlyProperty();
    }

    /** What is going on, or why nothing is shown ("no data loaded"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when the cache holds no statistics: the application offers an import. */
    public ReadOnlyBooleanProperty statisticsMissingProperty() {
        return statisticsMissing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Hover lines for a region: value, unit, rank and source; null when it is not on this map. */
    public Function<Region, String> hoverDetail() {
        return region -> {
            ClassifiedMap m = map.get();
            if (m == null || !m.values().codes().contains(region.code())) {
                return null;
            }
            return m.values().indicatorName() + "（" + m.values().period() + "）：" + m.hover(region.code()).text()
                    + "\n" + m.values().sourceText();
        };
    }

    // --- actions

    /** Reads the list of indicators (again, after an import) and shows the first map. */
    public CompletableFuture<Void> load() {
        loaded.set(false);
        status.set("統計を読み込んでいます…");
        return worker.reopen().thenCompose(v -> worker.submit(source -> {
            valuesCache.clear();
            return source.hasStatistics() ? source.indicators() : List.<ChoroplethIndicator>of();
        })).thenAccept(list -> ui.execute(() -> applyIndicators(list))).exceptionally(e -> {
            ui.execute(() -> status.set("統計を読めませんでした：" + rootMessage(e)));
            return null;
        });
    }

    /** One step of the animation: the next period, wrapping to the first. */
    public void nextPeriod() {
        if (periods.isEmpty()) {
            return;
        }
        int i = periods.indexOf(period.get());
        period.set(periods.get((i + 1) % periods.size()));
    }

    /** Selects an indicator by id, if the cache has it. */
    public boolean select(String indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst().map(i -> {
            indicator.set(i);
            return true;
        }).orElse(false);
    }

    /** Completes once every request made so far has been applied. */
    public CompletableFuture<Void> idle() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        worker.submit(source -> null).whenComplete((v, e) -> ui.execute(() -> done.complete(null)));
        return done;
    }

    @Override
    public void close() {
        playing.set(false);
        worker.close();
    }

    // --- internals

    private void applyIndicators(List<ChoroplethIndicator> list) {
        statisticsMissing.set(list.isEmpty());
        indicators.setAll(list);
        loaded.set(true);
        if (list.isEmpty()) {
            status.set("統計データが読み込まれていません（no data loaded）");
            indicator.set(null);
            return;
        }
        status.set("");
        ChoroplethIndicator keep = indicator.get() == null ? null
                : list.stream().filter(i -> i.id().equals(indicator.get().id())).findFirst().orElse(null);
        ChoroplethIndicator first = list.stream().filter(i -> i.id().equals(StatisticsChoroplethSource.DENSITY))
                .findFirst().orElse(list.get(0));
        indicator.set(null);
        indicator.set(keep != null ? keep : first);
    }

    private void indicatorChanged(ChoroplethIndicator i) {
        if (i == null) {
            return;
        }
        adjusting = true;
        try {
            periods.setAll(i.periods());
            breakdowns.setAll(i.breakdowns());
            breakdown.set(i.defaultBreakdown());
            Integer keep = period.get();
            period.set(keep != null && i.periods().contains(keep) ? keep : i.latestPeriod());
            basePeriod.set(i.periods().first());
            List<Measure> offered = new ArrayList<>(List.of(Measure.RAW));
            boolean count = !i.derived() && !i.unit().contains("%") && !i.unit().contains("％") && !i.unit().contains("/")
                    && !i.unit().contains("‰") && !i.unit().equals("‐");
            if (count) {
                if (!i.id().equals("population")) {
                    offered.add(Measure.PER_CAPITA);
                }
                offered.add(Measure.PER_KM2);
            }
            if (i.periods().size() > 1) {
                offered.add(Measure.CHANGE);
                offered.add(Measure.CHANGE_PERCENT);
            }
            measures.setAll(offered);
            if (!offered.contains(measure.get())) {
                measure.set(Measure.RAW);
            }
            if (!i.levels().contains(level())) {
                municipal.set(!municipal.get());
            }
            boolean signed = i.signed() || measure.get().signed();
            if (signed != (palette.get().kind() == Palette.Kind.DIVERGING)) {
                palette.set(Palettes.byName(signed ? Palettes.DEFAULT_DIVERGING : Palettes.DEFAULT_SEQUENTIAL));
            }
        } finally {
            adjusting = false;
        }
        recolour();
    }

    /**
     * A slice may cover fewer years than its indicator (population by age: census years only), so
     * the slider is narrowed to the slice's years before recolouring.
     */
    private void breakdownChanged(Breakdown b) {
        ChoroplethIndicator i = indicator.get();
        if (adjusting || i == null || b == null) {
            return;
        }
        if (i.derived()) {
            recolour();
            return;
        }
        worker.submit(source -> source.periods(i.id(), b)).whenComplete((slicePeriods, error) -> ui.execute(() -> {
            if (indicator.get() != i || breakdown.get() != b) {
                return; // the user has moved on
            }
            SortedSet<Integer> shown = error != null || slicePeriods.isEmpty() ? i.periods() : slicePeriods;
            adjusting = true;
            try {
                periods.setAll(shown);
                if (!shown.contains(period.get())) {
                    period.set(shown.last());
                }
            } finally {
                adjusting = false;
            }
            recolour();
        }));
    }

    private MapLevel level() {
        return MapLevel.of(municipal.get(), wardsShown.get());
    }

    /** Reads (or reuses) the values and classifies them on the worker; the newest request wins. */
    private void recolour() {
        ChoroplethIndicator i = indicator.get();
        if (adjusting || i == null || period.get() == null) {
            return;
        }
        MapLevel level = level();
        if (!i.levels().contains(level)) {
            status.set(i.name() + "は" + level.labelJa() + "別のデータがありません");
            return;
        }
        Measure m = measure.get();
        Integer base = m.signed() ? basePeriod.get() : null;
        Breakdown slice = breakdown.get() == null ? i.defaultBreakdown() : breakdown.get();
        ChoroplethRequest request = new ChoroplethRequest(i.id(), period.get(), level, m, base, slice.dims());
        ChoroplethStyle style;
        try {
            style = new ChoroplethStyle(method.get(), classes.get(), palette.get(), reversed.get(), m);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        long ticket = ++generation;
        worker.submit(source -> {
            RegionValues values = valuesCache.get(request);
            if (values == null) {
                values = source.values(request);
                valuesCache.put(request, values);
            }
            ClassifiedMap classified = Choropleth.classify(values, style);
            return new ChoroplethResult(request, classified,
                    LegendImage.paint(classified, LEGEND_WIDTH, LEGEND_TEXT_PX));
        }).whenComplete((result, error) -> ui.execute(() -> {
            if (ticket != generation) {
                return; // a newer choice is on its way
            }
            if (error != null) {
                status.set("地図を塗れませんでした：" + rootMessage(error));
                return;
            }
            apply(result);
        }));
    }

    private void apply(ChoroplethResult result) {
        ClassifiedMap m = result.map();
        map.set(m);
        legendImage.set(result.legendImage());
        legendTitle.set(m.legend().title());
        status.set("");
        fill.set(ChoroplethFill.of(m));
    }

    private void animate(boolean on) {
        if (on) {
            if (timeline == null) {
                timeline = new Timeline(new KeyFrame(PLAY_STEP, e -> nextPeriod()));
                timeline.setCycleCount(Timeline.INDEFINITE);
            }
            timeline.play();
        } else if (timeline != null) {
            timeline.stop();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
