package jp.chiikiatlas.population.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.population.KeyFigureRow;
import jp.chiikiatlas.population.PopulationTrend;
import jp.chiikiatlas.population.chart.DataTable;

/**
 * The right-hand panel: key figures of the region selected on the map (Japan when none), and its
 * trend, pyramid and natural/social change, each with the numbers behind it and a copy-as-CSV.
 * Large type for projection; everything slow happens in the {@link PopulationViewModel}'s worker.
 */
public final class PopulationPanel extends ScrollPane {
    static final double WIDTH = 480;

    private final PopulationViewModel model;
    private final Label title = new Label("日本");
    private final Label message = new Label();
    private final GridPane figures = new GridPane();
    private final VBox credits = new VBox(2);
    private final ImageView chartView = new ImageView();
    private final TableView<List<String>> table = new TableView<>();
    private final ToggleButton showData = new ToggleButton("数値を表示");
    private final FlowPane pinnedChips = new FlowPane(6, 6);
    private SaveDialog saveDialog = SaveDialog.fileChooser();

    public PopulationPanel(PopulationViewModel model) {
        this.model = model;
        setId("population-panel");
        getStyleClass().add("population-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setStyle("-fx-font-size: 15px; -fx-background-color: white;");

        title.setId("population-title");
        title.setStyle("-fx-font-size: 24px; -fx-font-weight: bold;");
        message.setId("population-message");
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #8a1c1c;");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(24, 24);
        busy.visibleProperty().bind(model.busyProperty());
        HBox head = new HBox(10, title, busy);
        head.setAlignment(Pos.CENTER_LEFT);

        figures.setId("population-figures");
        figures.setHgap(12);
        figures.setVgap(4);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setPercentWidth(50);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setPercentWidth(50);
        figures.getColumnConstraints().setAll(labels, values);
        credits.setId("population-credits");

        VBox content = new VBox(12, head, message, figures, credits, tabs(), chartArea(), compareRow());
        content.setPadding(new Insets(12));
        content.setFillWidth(true);
        setContent(content);

        model.headerProperty().addListener((o, a, h) -> title.setText(h == null ? "" : h.name()));
        model.figures().addListener((javafx.collections.ListChangeListener<KeyFigureRow>) c -> fillFigures());
        model.messageProperty().addListener((o, a, m) -> message.setText(m));
        model.chartProperty().addListener((o, a, out) -> showChart(out));
        pinnedChips.setId("pinned-regions");
        model.pinned().addListener((javafx.collections.ListChangeListener<String>) c -> fillPinnedChips());
        model.setChartSize((int) WIDTH - 28, 420);
        followRenderScale();
    }

    /** The panel for the application: its own worker thread and cache connection, following the map's selection. */
    public static PopulationPanel following(Path cacheFile, ReadOnlyObjectProperty<Region> selected,
                                            java.util.Collection<Region> regions) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "population");
            t.setDaemon(true);
            return t;
        });
        PopulationViewModel model = new PopulationViewModel(PopulationViewModel.cacheFile(cacheFile), regions, worker,
                Platform::runLater);
        PopulationPanel panel = new PopulationPanel(model);
        selected.addListener((o, a, r) -> model.show(r == null ? null : r.code()));
        model.show(selected.get() == null ? null : selected.get().code());
        return panel;
    }

    public PopulationViewModel model() {
        return model;
    }

    private TabPane tabs() {
        CheckBox compare = new CheckBox("都道府県・全国と比較");
        compare.setId("trend-compare");
        compare.selectedProperty().bindBidirectional(model.compareLinesProperty());
        CheckBox index = new CheckBox("指数（" + PopulationTrend.FIRST_YEAR + "年 = 100）");
        index.setId("trend-index");
        index.selectedProperty().bindBidirectional(model.indexProperty());

        ComboBox<Integer> year = yearBox("", "最新の表");
        year.setId("pyramid-year");
        year.valueProperty().bindBidirectional(model.pyramidYearProperty());
        ComboBox<Integer> compareYear = yearBox("比較: ", "比較なし");
        compareYear.setId("pyramid-compare-year");
        compareYear.valueProperty().bindBidirectional(model.compareYearProperty());
        model.headerProperty().addListener((o, a, h) -> {
            List<Integer> years = new ArrayList<>();
            years.add(null);
            years.addAll(h.ageTableYears());
            year.getItems().setAll(years);
            compareYear.getItems().setAll(years);
        });
        CheckBox shares = new CheckBox("構成比 %");
        compareYear.setTooltip(new javafx.scene.control.Tooltip("比較する年の人口を輪郭線で重ねます"));
        shares.setId("pyramid-shares");
        shares.selectedProperty().bindBidirectional(model.sharesProperty());

        Label changeNote = new Label("棒: 自然増減（出生−死亡）と社会増減（転入−転出・その他を含む表の値）、線: 計");
        changeNote.setWrapText(true);

        Tab trend = new Tab(ChartKind.TREND.label(), options(compare, index));
        Tab pyramid = new Tab(ChartKind.PYRAMID.label(), options(year, compareYear, shares));
        Tab change = new Tab(ChartKind.CHANGE.label(), options(changeNote));
        TabPane tabs = new TabPane(trend, pyramid, change);
        tabs.setId("population-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) ->
                model.kindProperty().set(ChartKind.values()[i.intValue()]));
        trend.setId("tab-trend");
        pyramid.setId("tab-pyramid");
        change.setId("tab-change");
        return tabs;
    }

    private static FlowPane options(javafx.scene.Node... nodes) {
        FlowPane pane = new FlowPane(12, 8, nodes);
        pane.setPadding(new Insets(8, 0, 0, 0));
        pane.setAlignment(Pos.CENTER_LEFT);
        return pane;
    }

    /** Years of the age tables; {@code null} is the first item ("latest" or "no comparison"). */
    private static ComboBox<Integer> yearBox(String prefix, String noneText) {
        ComboBox<Integer> box = new ComboBox<>(FXCollections.observableArrayList());
        StringConverter<Integer> text = new StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? noneText : prefix + y + "年";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
        box.setConverter(text);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Integer y, boolean empty) {
                super.updateItem(y, empty);
                setText(text.toString(y));
            }
        });
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer y, boolean empty) {
                super.updateItem(y, empty);
                setText(empty ? null : text.toString(y));
            }
        });
        return box;
    }

    private VBox compareRow() {
        Button pin = new Button("＋ この地域を比較に加える");
        pin.setId("pin-region");
        pin.setOnAction(e -> model.pinCurrent());
        pin.disableProperty().bind(model.comparisonFullProperty());
        Button clear = new Button("比較をやめる");
        clear.setId("clear-pinned");
        clear.setOnAction(e -> model.clearPinned());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.pinned()));
        Label hint = new Label("加えた地域と地図で選んだ地域を同じ目盛りで並べます（4地域まで）");
        hint.setWrapText(true);
        hint.setStyle("-fx-text-fill: #444;");
        return new VBox(6, new FlowPane(8, 6, pin, clear), ComparisonSearch.field(model), pinnedChips, hint);
    }

    /** One button per pinned region: 「札幌市 ✕」 takes just that one out of the comparison. */
    private void fillPinnedChips() {
        pinnedChips.getChildren().setAll(model.pinned().stream().map(code -> {
            Button chip = new Button(model.nameOf(code) + " ✕");
            chip.setId("unpin-" + code);
            chip.setTooltip(new javafx.scene.control.Tooltip(model.nameOf(code) + "を比較から外す"));
            chip.setOnAction(e -> model.unpin(code));
            return chip;
        }).toList());
    }

    private VBox chartArea() {
        chartView.setId("population-chart");
        chartView.setPreserveRatio(true);
        chartView.setFitWidth(WIDTH - 28);
        table.setId("population-data");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(420);
        table.visibleProperty().bind(showData.selectedProperty());
        chartView.visibleProperty().bind(showData.selectedProperty().not());
        StackPane view = new StackPane(chartView, table);
        view.setAlignment(Pos.TOP_LEFT);
        showData.setId("show-data");
        Button copy = new Button("CSVとしてコピー");
        copy.setId("copy-csv");
        copy.setOnAction(e -> model.csv().ifPresent(csv -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(csv);
            Clipboard.getSystemClipboard().setContent(content);
        }));
        Button saveCsv = new Button("CSVとして保存");
        saveCsv.setId("save-csv");
        saveCsv.setOnAction(e -> saveDialog.ask(this, suggestedName(ChartExport.Format.CSV), ChartExport.Format.CSV)
                .ifPresent(model::saveCsv));
        Button saveImage = new Button("画像を保存");
        saveImage.setId("save-image");
        saveImage.setTooltip(new javafx.scene.control.Tooltip("PNG（2倍の解像度）またはSVGで保存します。出典の行も入ります"));
        saveImage.setOnAction(e -> saveDialog.ask(this, suggestedName(ChartExport.Format.PNG),
                ChartExport.Format.PNG, ChartExport.Format.SVG).ifPresent(model::saveImage));
        javafx.beans.binding.BooleanBinding noChart = model.chartProperty().isNull();
        copy.disableProperty().bind(noChart);
        saveCsv.disableProperty().bind(noChart);
        saveImage.disableProperty().bind(noChart);
        Label saved = new Label();
        saved.setId("population-saved");
        saved.setWrapText(true);
        saved.textProperty().bind(model.savedProperty());
        saved.managedProperty().bind(saved.textProperty().isNotEmpty()); // no empty gap until something is saved
        FlowPane buttons = new FlowPane(8, 6, showData, copy, saveCsv, saveImage);
        VBox.setVgrow(view, Priority.ALWAYS);
        return new VBox(8, view, buttons, saved);
    }

    /** 「01100-人口の推移.png」: the region and the tab, so several saved charts stay apart. */
    private String suggestedName(ChartExport.Format format) {
        return model.regionCodeProperty().get() + "-" + model.kindProperty().get().label() + "." + format.extension;
    }

    /** Tests answer the save dialog themselves; the FileChooser cannot open headless. */
    void setSaveDialog(SaveDialog dialog) {
        this.saveDialog = dialog;
    }

    /** HiDPI: follow the window's render scale, so the chart has as many pixels as the screen shows. */
    private void followRenderScale() {
        javafx.beans.value.ObservableValue<Number> x = sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::renderScaleXProperty);
        javafx.beans.value.ObservableValue<Number> y = sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::renderScaleYProperty);
        javafx.beans.value.ChangeListener<Number> update = (o, a, b) -> model.setRenderScale(
                x.getValue() == null ? 1 : x.getValue().doubleValue(), y.getValue() == null ? 1 : y.getValue().doubleValue());
        x.addListener(update);
        y.addListener(update);
    }

    private void fillFigures() {
        figures.getChildren().clear();
        List<String> sources = new ArrayList<>();
        int row = 0;
        for (KeyFigureRow r : model.figures()) {
            Label label = new Label(r.label());
            label.setWrapText(true);
            Label value = new Label(r.value());
            value.setWrapText(true);
            value.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
            value.getStyleClass().add("key-figure-value");
            javafx.scene.control.Tooltip.install(value, new javafx.scene.control.Tooltip(r.credit()));
            figures.addRow(row++, label, value);
            sources.add(r.credit());
        }
        credits.getChildren().clear();
        for (String s : jp.chiikiatlas.population.SourceLines.compact(sources)) {
            Label line = new Label(s);
            line.setWrapText(true);
            line.setStyle("-fx-font-size: 14px; -fx-text-fill: #333;");
            credits.getChildren().add(line);
        }
    }

    private void showChart(ChartRequest.Output out) {
        if (out == null) {
            chartView.setImage(null);
            table.getColumns().clear();
            table.getItems().clear();
            return;
        }
        chartView.setImage(ChartImages.toFx(out.image()));
        chartView.setFitWidth(out.width()); // its logical size: a 2× image stays sharp on a 2× screen
        fillTable(out.table());
    }

    private void fillTable(DataTable data) {
        table.getColumns().clear();
        for (int i = 0; i < data.header().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(data.header().get(i));
            c.setId("column-" + data.header().get(i));
            c.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().get(column)));
            c.setSortable(false);
            table.getColumns().add(c);
        }
        table.getItems().setAll(data.rows());
    }
}
