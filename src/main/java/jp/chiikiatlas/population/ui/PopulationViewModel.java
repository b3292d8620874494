package jp.chiikiatlas.population.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.map.RegionSearch;
import jp.chiikiatlas.population.CachePopulationData;
import jp.chiikiatlas.population.Dims;
import jp.chiikiatlas.population.Indicators;
import jp.chiikiatlas.population.KeyFigureRow;
import jp.chiikiatlas.population.KeyFigures;
import jp.chiikiatlas.population.PopulationData;
import jp.chiikiatlas.population.PopulationDataException;
import jp.chiikiatlas.population.Sex;
import jp.chiikiatlas.population.SmallMultiples;
import jp.chiikiatlas.population.chart.DataTable;
import jp.chiikiatlas.population.chart.RenderScale;

/**
 * The state of the population panel, testable without controls: which region, which chart and
 * options, and what the worker last delivered (key figures, chart image, the numbers behind it).
 *
 * <p>Every query runs on {@code worker} (one thread owning its own cache connection); results come
 * back through {@code fx}. A result that arrives after the user moved on is dropped (generation
 * counter), so a slow region never overwrites the one now selected.
 */
public final class PopulationViewModel {
    /** Opens the data on the worker thread; asked again after a failure (the import may have run since). */
    @FunctionalInterface
    public interface Source {
        PopulationData open() throws Exception;
    }

    /** What the header says about the region and the years the pyramid can show. */
    public record Header(String code, String name, List<Integer> ageTableYears) {
    }

    private final Source source;
    /** The map's search, reused: the same names and codes find the same regions in both places. */
    private final RegionSearch search;
    private final Executor worker;
    private final Executor fx;
    private PopulationData data; // worker thread only

    private final ReadOnlyStringWrapper regionCode = new ReadOnlyStringWrapper(RegionCode.JAPAN);
    private final ReadOnlyObjectWrapper<Header> header = new ReadOnlyObjectWrapper<>();
    private final ObservableList<KeyFigureRow> figures = FXCollections.observableArrayList();
    private final ObjectProperty<ChartKind> kind = new SimpleObjectProperty<>(ChartKind.TREND);
    private final BooleanProperty compareLines = new SimpleBooleanProperty(false);
    private final BooleanProperty index = new SimpleBooleanProperty(false);
    private final BooleanProperty shares = new SimpleBooleanProperty(false);
    private final ObjectProperty<Integer> pyramidYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> compareYear = new SimpleObjectProperty<>();
    private final ObservableList<String> pinned = FXCollections.observableArrayList();
    /** One read-only view kept for good: a fresh wrapper per call could be collected with the listeners on it. */
    private final ObservableList<String> pinnedView = FXCollections.unmodifiableObservableList(pinned);
    /** Names of the regions shown so far, to label the pinned ones (FX thread). */
    private final java.util.Map<String, String> names = new java.util.HashMap<>();
    private final ReadOnlyObjectWrapper<ChartRequest.Output> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Chart requests and region changes, counted apart: a toggle must not drop the region's figures. */
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong regionGeneration = new AtomicLong();
    private int chartWidth = 456;
    private int chartHeight = 420;
    private RenderScale renderScale = RenderScale.ONE;
    /** What the last save did (「保存しました: …」), shown beside the buttons. */
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");

    private final BooleanBinding comparisonFull = Bindings.size(pinned).greaterThanOrEqualTo(SmallMultiples.MAX_PANELS - 1);

    public PopulationViewModel(Source source, Executor worker, Executor fx) {
        this(source, List.of(), worker, fx);
    }

    /** {@code regions}: what the comparison search finds (the map's regions). */
    public PopulationViewModel(Source source, Collection<Region> regions, Executor worker, Executor fx) {
        this.source = source;
        this.search = new RegionSearch(regions);
        regions.forEach(r -> names.put(r.code(), r.name()));
        this.worker = worker;
        this.fx = fx;
        kind.addListener((o, a, b) -> refreshChart());
        compareLines.addListener((o, a, b) -> refreshChart());
        index.addListener((o, a, b) -> refreshChart());
        shares.addListener((o, a, b) -> refreshChart());
        pyramidYear.addListener((o, a, b) -> refreshChart());
        compareYear.addListener((o, a, b) -> refreshChart());
    }

    /** Show a region ({@code null}: Japan). */
    public void show(String code) {
        String c = code == null ? RegionCode.JAPAN : code;
        regionCode.set(c);
        long gen = generation.incrementAndGet();
        long regionGen = regionGeneration.incrementAndGet();
        ChartRequest request = request(c); // read the options here, on the FX thread
        RenderScale scale = renderScale;
        busy.set(true);
        worker.execute(() -> {
            try {
                PopulationData d = data();
                String name = d.regionName(c).orElse(c);
                SortedMap<Integer, Double> ages = d.series(Indicators.POPULATION, c, Dims.of(Sex.MALE, "0-4"));
                Header h = new Header(c, name, List.copyOf(ages.keySet()));
                List<KeyFigureRow> rows = keyFigureRows(d, c);
                fx.execute(() -> {
                    if (regionGeneration.get() == regionGen) {
                        names.put(h.code(), h.name());
                        header.set(h);
                        figures.setAll(rows);
                        if (pyramidYear.get() != null && !h.ageTableYears().contains(pyramidYear.get())) {
                            pyramidYear.set(null); // latest; the listener refreshes the chart
                        }
                    }
                });
                deliverChart(d, gen, request, scale);
            } catch (Exception e) {
                fail(gen, e);
            }
        });
    }

    private static List<KeyFigureRow> keyFigureRows(PopulationData d, String code) {
        try {
            return KeyFigures.of(d, code).rows();
        } catch (PopulationDataException e) {
            return List.of(new KeyFigureRow("人口", "—", e.getMessage()));
        }
    }

    /** Re-draw the chart for the current options, keeping the key figures. */
    public void refreshChart() {
        String c = regionCode.get();
        ChartRequest request = request(c);
        RenderScale scale = renderScale;
        long gen = generation.incrementAndGet();
        busy.set(true);
        worker.execute(() -> {
            try {
                deliverChart(data(), gen, request, scale);
            } catch (Exception e) {
                fail(gen, e);
            }
        });
    }

    private ChartRequest request(String code) {
        List<String> regions = new ArrayList<>();
        regions.add(code);
        pinned.stream().filter(p -> !regions.contains(p)).limit(SmallMultiples.MAX_PANELS - 1).forEach(regions::add);
        return new ChartRequest(kind.get(), regions, compareLines.get(), index.get(), shares.get(),
                pyramidYear.get(), compareYear.get());
    }

    private void deliverChart(PopulationData d, long gen, ChartRequest request, RenderScale scale) {
        // 21 age bands need more height than a line chart to keep their labels apart
        int base = request.kind() == ChartKind.PYRAMID ? chartHeight * 6 / 5 : chartHeight;
        int height = request.regions().size() > 2 ? base * 3 / 2 : base;
        ChartRequest.Output out;
        String error;
        try {
            out = request.render(d, chartWidth, height, scale);
            error = "";
        } catch (PopulationDataException e) {
            out = null;
            error = e.getMessage();
        }
        ChartRequest.Output result = out;
        String text = error;
        fx.execute(() -> {
            if (generation.get() == gen) {
                chart.set(result);
                message.set(text);
                busy.set(false);
            }
        });
    }

    private void fail(long gen, Exception e) {
        String text = !(e instanceof PopulationDataException) ? "人口の統計を読めませんでした: " + e.getMessage()
                : e.getMessage().startsWith("no data loaded")
                ? "人口の統計が読み込まれていません（no data loaded）。コマンド chiiki-atlas import --data ../shared/data で"
                        + "取り込んでから、地域を選び直してください。"
                : e.getMessage();
        fx.execute(() -> {
            if (generation.get() == gen) {
                chart.set(null);
                figures.clear();
                message.set(text);
                busy.set(false);
            }
        });
    }

    /** The worker's data, opened on first use; a failed open is tried again next time. */
    private PopulationData data() throws Exception {
        if (data == null) {
            data = source.open();
        }
        return data;
    }

    /** Pin the region shown now for side-by-side comparison (up to three besides the selected one). */
    public boolean pinCurrent() {
        return pin(regionCode.get());
    }

    /** Pin any region for comparison; false when already pinned or three are (the selected one is the fourth). */
    public boolean pin(String code) {
        if (pinned.contains(code) || comparisonFull.get()) {
            return false;
        }
        pinned.add(code);
        refreshChart();
        return true;
    }

    /** Take one region out of the comparison, keeping the others. */
    public boolean unpin(String code) {
        if (!pinned.remove(code)) {
            return false;
        }
        refreshChart();
        return true;
    }

    /** Suggestions for the comparison search: by name (「札幌」) or code (「01100」), as on the map. */
    public List<Region> suggestions(String query) {
        return search.find(query, 15);
    }

    /** Enter in the comparison search: the best suggestion, if any, is pinned. */
    public Optional<Region> pinBest(String query) {
        Optional<Region> best = suggestions(query).stream().findFirst();
        best.ifPresent(r -> pin(r.code()));
        return best;
    }

    /** A region's name once it has been shown, else its code. */
    public String nameOf(String code) {
        return names.getOrDefault(code, code);
    }

    public void clearPinned() {
        pinned.clear();
        refreshChart();
    }

    /** The numbers behind the chart as CSV, exactly as the {@code chart} command writes them. */
    public Optional<String> csv() {
        return Optional.ofNullable(chart.get()).map(o -> o.table().toCsv());
    }

    public Optional<DataTable> table() {
        return Optional.ofNullable(chart.get()).map(ChartRequest.Output::table);
    }

    /**
     * HiDPI: the window's render scale (x, y). Charts get that many pixels per logical pixel and the
     * panel shows them at their logical size; a change re-draws the chart.
     */
    public void setRenderScale(double scaleX, double scaleY) {
        RenderScale s = RenderScale.of(scaleX, scaleY);
        if (!s.equals(renderScale)) {
            renderScale = s;
            refreshChart();
        }
    }

    public RenderScale renderScale() {
        return renderScale;
    }

    /** Save the chart shown now as PNG (twice its size) or SVG, by the file's ending; credit line included. */
    public void saveImage(Path file) {
        save(file, ChartExport::writeImage);
    }

    /** Save the numbers behind the chart shown now, as 「CSVとしてコピー」 copies them. */
    public void saveCsv(Path file) {
        save(file, ChartExport::writeCsv);
    }

    private interface Writer {
        void write(ChartRequest.Output chart, Path file) throws java.io.IOException;
    }

    /** Writes on the worker (file I/O off the FX thread), after the chart it queued; reports back on fx. */
    private void save(Path file, Writer writer) {
        ChartRequest.Output shown = chart.get();
        if (shown == null) {
            saved.set("");
            message.set("保存するグラフがありません");
            return;
        }
        worker.execute(() -> {
            String done;
            String error;
            try {
                writer.write(shown, file);
                done = "保存しました: " + file.getFileName();
                error = "";
            } catch (java.io.IOException | RuntimeException e) {
                done = "";
                error = "保存できませんでした（" + file + "）: " + e.getMessage();
            }
            String d = done;
            String err = error;
            fx.execute(() -> {
                saved.set(d);
                message.set(err);
            });
        });
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public void setChartSize(int width, int height) {
        this.chartWidth = Math.max(200, width);
        this.chartHeight = Math.max(200, height);
    }

    public ReadOnlyStringProperty regionCodeProperty() {
        return regionCode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Header> headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ObservableList<KeyFigureRow> figures() {
        return figures;
    }

    public ObjectProperty<ChartKind> kindProperty() {
        return kind;
    }

    public BooleanProperty compareLinesProperty() {
        return compareLines;
    }

    public BooleanProperty indexProperty() {
        return index;
    }

    public BooleanProperty sharesProperty() {
        return shares;
    }

    public ObjectProperty<Integer> pyramidYearProperty() {
        return pyramidYear;
    }

    public ObjectProperty<Integer> compareYearProperty() {
        return compareYear;
    }

    /** Three pinned: with the selected region the comparison has its four panels. */
    public javafx.beans.binding.BooleanExpression comparisonFullProperty() {
        return comparisonFull;
    }

    public ObservableList<String> pinned() {
        return pinnedView;
    }

    public ReadOnlyObjectProperty<ChartRequest.Output> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Closes the worker's data (on the worker, after what is queued). */
    /** The cache changed (e.g. statistics imported on first start): reopen it and show the region again. */
    public void reload() {
        close();
        show(regionCode.get());
    }

    public void close() {
        worker.execute(() -> {
            if (data instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing a read-only connection at exit
                }
            }
            data = null;
        });
    }

    /** The application's source: the cache file, opened by the worker with its own connection. */
    public static Source cacheFile(java.nio.file.Path file) {
        return () -> CachePopulationData.open(file);
    }
}
