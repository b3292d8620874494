package jp.chiikiatlas.choropleth.ui;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import jp.chiikiatlas.choropleth.Classifier;
import jp.chiikiatlas.choropleth.Classifiers;
import jp.chiikiatlas.choropleth.Measure;
import jp.chiikiatlas.choropleth.Palette;
import jp.chiikiatlas.choropleth.Palettes;
import jp.chiikiatlas.choropleth.source.Breakdown;
import jp.chiikiatlas.choropleth.source.ChoroplethIndicator;
import jp.chiikiatlas.choropleth.source.IndicatorThemes;

/**
 * The left-hand panel: indicator picker grouped by theme, level, measure, classification,
 * palette, the period slider with play/pause, and the legend with its histogram and source line.
 * All state lives in {@link ChoroplethViewModel}; this class only lays out and binds controls.
 */
public final class ChoroplethPanel extends ScrollPane {
    private static final String TEXT = "-fx-font-size: 15px;";

    private final ChoroplethViewModel vm;
    private final TreeView<Object> picker = new TreeView<>();
    private final Slider periodSlider = new Slider();
    private final Label periodLabel = new Label();
    private final Canvas legend = new Canvas(ChoroplethViewModel.LEGEND_WIDTH, 10);
    private boolean syncing;

    public ChoroplethPanel(ChoroplethViewModel vm) {
        this.vm = vm;
        setId("choropleth-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(ChoroplethViewModel.LEGEND_WIDTH + 44);
        setMinWidth(ChoroplethViewModel.LEGEND_WIDTH + 44);

        Label title = new Label("指標で塗り分け");
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        Label status = new Label();
        status.setId("choropleth-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        VBox box = new VBox(10, title, status, picker(), breakdownRow(), levelRow(), options(), periodRow(), legendView());
        box.setPadding(new Insets(12));
        box.setStyle(TEXT);
        setContent(box);
    }

    // --- indicator picker

    private TreeView<Object> picker() {
        picker.setId("indicator-picker");
        picker.setShowRoot(false);
        picker.setPrefHeight(260);
        picker.setRoot(new TreeItem<>("指標"));
        vm.indicators().addListener((javafx.collections.ListChangeListener<ChoroplethIndicator>) c -> rebuildTree());
        picker.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncing && item != null && item.getValue() instanceof ChoroplethIndicator i) {
                vm.indicatorProperty().set(i);
            }
        });
        vm.indicatorProperty().addListener((o, a, i) -> selectInTree(i));
        rebuildTree();
        return picker;
    }

    private void rebuildTree() {
        Map<String, TreeItem<Object>> themes = new LinkedHashMap<>();
        IndicatorThemes.ORDER.forEach(t -> themes.put(t, new TreeItem<>(t)));
        for (ChoroplethIndicator i : vm.indicators()) {
            themes.computeIfAbsent(i.theme(), TreeItem::new).getChildren().add(new TreeItem<>(i));
        }
        TreeItem<Object> root = new TreeItem<>("指標");
        themes.values().stream().filter(t -> !t.getChildren().isEmpty()).forEach(root.getChildren()::add);
        picker.setRoot(root);
        selectInTree(vm.indicatorProperty().get());
    }

    private void selectInTree(ChoroplethIndicator indicator) {
        if (indicator == null) {
            return;
        }
        syncing = true;
        try {
            for (TreeItem<Object> theme : picker.getRoot().getChildren()) {
                for (TreeItem<Object> item : theme.getChildren()) {
                    if (item.getValue() == indicator) {
                        theme.setExpanded(true);
                        picker.getSelectionModel().select(item);
                        int row = picker.getRow(item);
                        if (row >= 0) {
                            picker.scrollTo(Math.max(0, row - 2));
                        }
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    // --- breakdown of an indicator with dimensions

    /** 内訳: the industry (or sex and age) of the chosen indicator; hidden for indicators without one. */
    private HBox breakdownRow() {
        ComboBox<Breakdown> slices = new ComboBox<>(vm.breakdowns());
        slices.setId("breakdown");
        slices.setVisibleRowCount(20);
        slices.setMaxWidth(ChoroplethViewModel.LEGEND_WIDTH - 60);
        slices.valueProperty().bindBidirectional(vm.breakdownProperty());
        HBox row = new HBox(8, new Label("内訳"), slices);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.breakdowns()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    // --- level, measure, method, classes, palette

    private HBox levelRow() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton prefectures = new ToggleButton("都道府県");
        ToggleButton municipalities = new ToggleButton("市区町村");
        prefectures.setId("level-prefecture");
        municipalities.setId("level-municipality");
        prefectures.setToggleGroup(group);
        municipalities.setToggleGroup(group);
        municipalities.setSelected(vm.municipalProperty().get());
        prefectures.setSelected(!vm.municipalProperty().get());
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true); // one level is always chosen
            } else {
                vm.municipalProperty().set(t == municipalities);
            }
        });
        vm.municipalProperty().addListener((o, a, m) -> (m ? municipalities : prefectures).setSelected(true));
        CheckBox wards = new CheckBox("政令市を区で");
        wards.selectedProperty().bindBidirectional(vm.wardsShownProperty());
        wards.disableProperty().bind(vm.municipalProperty().not());
        HBox row = new HBox(8, prefectures, municipalities, wards);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private GridPane options() {
        ComboBox<Measure> measure = new ComboBox<>(vm.measures());
        measure.setId("measure");
        measure.valueProperty().bindBidirectional(vm.measureProperty());
        measure.setConverter(converter(ChoroplethPanel::measureLabel));

        ComboBox<Integer> base = new ComboBox<>(vm.periods());
        base.setId("base-period");
        base.valueProperty().bindBidirectional(vm.basePeriodProperty());
        base.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.measureProperty().get() == null || !vm.measureProperty().get().signed(), vm.measureProperty()));

        ComboBox<Classifier> method = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                Classifiers.all()));
        method.setId("method");
        method.valueProperty().bindBidirectional(vm.methodProperty());
        method.setConverter(converter(Classifier::nameJa));

        Spinner<Integer> classes = new Spinner<>(3, 9, vm.classesProperty().get());
        classes.setId("classes");
        classes.setPrefWidth(80);
        classes.valueProperty().addListener((o, a, n) -> vm.classesProperty().set(n));

        ComboBox<Palette> palette = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                Palettes.all().values()));
        palette.setId("palette");
        palette.valueProperty().bindBidirectional(vm.paletteProperty());
        palette.setConverter(converter(Palette::name));
        CheckBox reversed = new CheckBox("反転");
        reversed.selectedProperty().bindBidirectional(vm.reversedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("表示"), measure);
        grid.addRow(1, new Label("基準年"), base);
        grid.addRow(2, new Label("分類"), method, classes);
        grid.addRow(3, new Label("配色"), palette, reversed);
        return grid;
    }

    static String measureLabel(Measure m) {
        return switch (m) {
            case RAW -> "実数";
            case PER_CAPITA -> "人口千人当たり";
            case PER_KM2 -> "1km²当たり";
            case SHARE -> "割合";
            case CHANGE -> "増減（基準年から）";
            case CHANGE_PERCENT -> "増減率（基準年から）";
        };
    }

    // --- period slider with play / pause

    private VBox periodRow() {
        periodLabel.setId("period-label");
        periodLabel.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        periodSlider.setId("period-slider");
        periodSlider.setSnapToTicks(true);
        periodSlider.setMajorTickUnit(1);
        periodSlider.setMinorTickCount(0);
        periodSlider.setBlockIncrement(1);
        periodSlider.setShowTickMarks(true);
        Button play = new Button("▶ 再生");
        play.setId("play");
        play.setOnAction(e -> vm.playingProperty().set(!vm.playingProperty().get()));
        vm.playingProperty().addListener((o, a, p) -> play.setText(p ? "⏸ 停止" : "▶ 再生"));
        play.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.periods()).lessThan(2));

        vm.periods().addListener((javafx.collections.ListChangeListener<Integer>) c -> syncSlider());
        vm.periodProperty().addListener((o, a, p) -> syncSlider());
        periodSlider.valueProperty().addListener((o, a, v) -> {
            int i = (int) Math.round(v.doubleValue());
            if (!syncing && i >= 0 && i < vm.periods().size()) {
                vm.periodProperty().set(vm.periods().get(i));
            }
        });
        HBox top = new HBox(12, periodLabel, play);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, top, periodSlider);
    }

    private void syncSlider() {
        syncing = true;
        try {
            List<Integer> ps = vm.periods();
            periodSlider.setMin(0);
            periodSlider.setMax(Math.max(0, ps.size() - 1));
            Integer p = vm.periodProperty().get();
            periodSlider.setValue(p == null ? 0 : Math.max(0, ps.indexOf(p)));
            periodLabel.setText(p == null ? "" : p + "年"
                    + (ps.isEmpty() ? "" : "（" + ps.get(0) + "〜" + ps.get(ps.size() - 1) + "）"));
        } finally {
            syncing = false;
        }
    }

    // --- legend

    private Canvas legendView() {
        legend.setId("legend-canvas");
        vm.legendImageProperty().addListener((o, a, image) -> drawLegend(image));
        return legend;
    }

    /** The legend picture (legend, histogram, source) onto the canvas, pixel for pixel. */
    private void drawLegend(BufferedImage image) {
        var g = legend.getGraphicsContext2D();
        if (image == null) {
            g.clearRect(0, 0, legend.getWidth(), legend.getHeight());
            return;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        legend.setWidth(w);
        legend.setHeight(h);
        g.clearRect(0, 0, w, h);
        g.drawImage(fx, 0, 0);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

}
