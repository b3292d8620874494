package jp.chiikiatlas.map.ui;

import java.util.List;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import jp.chiikiatlas.map.MapRenderer;
import jp.chiikiatlas.map.RegionSearch;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * The map screen: a toolbar (breadcrumb 日本 › 北海道 › 札幌市, search with suggestions, wards toggle,
 * fit-to-Japan, full screen) over the map canvas with a hover label. It only wires controls to
 * {@link MapViewModel}; the drawing happens in {@link MapCanvas}.
 */
public final class MapView extends BorderPane {
    private static final double DRAG_THRESHOLD = 4;

    private final MapViewModel viewModel;
    private final MapCanvas canvas;
    private final Label hoverLabel = new Label();
    private final HBox breadcrumb = new HBox(4);
    private final TextField searchField = new TextField();
    private final ToggleButton wardsToggle = new ToggleButton("区ごと");
    private final Button fitButton = new Button("日本全体");
    private final Button fullScreenButton = new Button("全画面");

    /** The next scene change comes from a drag or wheel gesture: move the image now, render after a pause. */
    private boolean gesture;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;

    public MapView(MapViewModel viewModel, MapRenderer renderer, Consumer<Throwable> errors) {
        this.viewModel = viewModel;
        this.canvas = new MapCanvas(renderer, errors);
        getStyleClass().add("map-view");
        setStyle("-fx-font-size: 16px;" + japaneseFontFamily());
        setTop(toolbar());
        setCenter(mapArea());
        bind();
        canvas.show(viewModel.scene());
        // the map, not the search field, has the keyboard at start (arrows pan; the prompt stays visible)
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(canvas::requestFocus);
            }
        });
    }

    /** The map's Japanese font for the controls too (same fallback order), when JavaFX has it. */
    private static String japaneseFontFamily() {
        String family = jp.chiikiatlas.map.MapFonts.family();
        return javafx.scene.text.Font.getFamilies().contains(family) ? " -fx-font-family: \"" + family + "\";" : "";
    }

    public MapViewModel viewModel() {
        return viewModel;
    }

    /** Renders that reached the screen so far (tests wait for the first). */
    public long renderCount() {
        return canvas.renderCount();
    }

    public void dispose() {
        canvas.dispose();
    }

    /** The toolbar; the window adds its own buttons (e.g. panel toggles) at the end. */
    private final HBox toolbar = new HBox(10);

    /** Appends buttons to the toolbar, kept at their preferred width. */
    public void addToolbarItems(javafx.scene.Node... items) {
        for (javafx.scene.Node item : items) {
            if (item instanceof javafx.scene.control.Control control) {
                control.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            }
        }
        toolbar.getChildren().addAll(items);
    }

    private HBox toolbar() {
        breadcrumb.setAlignment(Pos.CENTER_LEFT);
        breadcrumb.setId("breadcrumb");
        searchField.setId("search");
        searchField.setPromptText("地域を検索（名前・コード）");
        searchField.setPrefColumnCount(16);
        searchField.setMinWidth(140);
        wardsToggle.setId("wards");
        wardsToggle.setTooltip(new Tooltip("政令指定都市を市全体で表示するか、区ごとに表示するか"));
        fitButton.setId("fit-japan");
        fullScreenButton.setId("full-screen");
        fullScreenButton.setTooltip(new Tooltip("全画面表示（F11）"));
        fitButton.setTooltip(new Tooltip("日本全体を表示"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = toolbar;
        bar.getChildren().setAll(breadcrumb, spacer, searchField, wardsToggle, fitButton, fullScreenButton);
        // buttons keep their labels readable; the search field and breadcrumb give way first
        for (javafx.scene.control.Control button : List.of(wardsToggle, fitButton, fullScreenButton)) {
            button.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        breadcrumb.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.setStyle("-fx-background-color: #fbfaf6; -fx-border-color: transparent transparent #d6d2c6 transparent;");
        return bar;
    }

    private StackPane mapArea() {
        hoverLabel.setId("hover-label");
        hoverLabel.setManaged(false);
        hoverLabel.setVisible(false);
        hoverLabel.setMouseTransparent(true);
        hoverLabel.setStyle("-fx-background-color: rgba(255,255,255,0.94); -fx-padding: 4 10 4 10; "
                + "-fx-background-radius: 4; -fx-border-color: #8a8478; -fx-border-radius: 4; -fx-font-size: 17px;");
        Pane overlay = new Pane(hoverLabel);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        canvas.setId("map-canvas");
        canvas.setFocusTraversable(true);
        canvas.setCursor(Cursor.DEFAULT);
        StackPane area = new StackPane(canvas, overlay);
        area.setMinSize(0, 0);
        canvas.widthProperty().addListener((o, a, b) -> resize());
        canvas.heightProperty().addListener((o, a, b) -> resize());
        return area;
    }

    private void resize() {
        viewModel.resize((int) Math.round(canvas.getWidth()), (int) Math.round(canvas.getHeight()));
    }

    private void bind() {
        viewModel.sceneProperty().addListener((o, a, scene) -> {
            if (gesture) {
                canvas.showSoon(scene);
            } else {
                canvas.show(scene);
            }
        });
        viewModel.hoverTextProperty().addListener((o, a, text) -> {
            hoverLabel.setText(text);
            hoverLabel.setVisible(!text.isEmpty());
            hoverLabel.autosize();
        });
        viewModel.breadcrumb().addListener((ListChangeListener<jp.chiikiatlas.geo.Region>) c -> updateBreadcrumb());
        updateBreadcrumb();
        wardsToggle.selectedProperty().bindBidirectional(viewModel.wardsShownProperty());
        fitButton.setOnAction(e -> viewModel.fitJapan());
        fullScreenButton.setOnAction(e -> toggleFullScreen());

        AutoCompletionBinding<jp.chiikiatlas.geo.Region> completion = TextFields.bindAutoCompletion(searchField,
                request -> viewModel.suggestions(request.getUserText()), new StringConverter<>() {
                    @Override
                    public String toString(jp.chiikiatlas.geo.Region region) {
                        return region == null ? "" : RegionSearch.describe(region);
                    }

                    @Override
                    public jp.chiikiatlas.geo.Region fromString(String text) {
                        return null;
                    }
                });
        completion.setVisibleRowCount(12);
        completion.setPrefWidth(420); // wide enough for 「札幌市中央区（01101・北海道）」 without a scroll bar
        completion.setOnAutoCompleted(e -> {
            viewModel.choose(e.getCompletion());
            canvas.requestFocus();
        });
        searchField.setOnAction(e -> viewModel.chooseBest(searchField.getText()));

        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> viewModel.hoverExited());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            canvas.requestFocus();
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
            dragged = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!dragged && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
                return;
            }
            dragged = true;
            canvas.setCursor(Cursor.CLOSED_HAND);
            viewModel.hoverExited();
            asGesture(() -> viewModel.panByPixels(e.getX() - lastX, e.getY() - lastY));
            lastX = e.getX();
            lastY = e.getY();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> canvas.setCursor(Cursor.DEFAULT));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (dragged || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.getClickCount() >= 2) {
                viewModel.doubleClick(e.getX(), e.getY());
            } else {
                viewModel.click(e.getX(), e.getY());
            }
            hoverAt(e.getX(), e.getY());
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                double factor = Math.pow(1.0025, e.getDeltaY()); // 40-unit notch ≈ ×1.105
                asGesture(() -> viewModel.zoomAt(factor, e.getX(), e.getY()));
            }
            e.consume();
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::mapKey);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11) {
                toggleFullScreen();
                e.consume();
            }
        });
    }

    private void mapKey(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> viewModel.panStep(-1, 0);
            case RIGHT -> viewModel.panStep(1, 0);
            case UP -> viewModel.panStep(0, -1);
            case DOWN -> viewModel.panStep(0, 1);
            case PLUS, ADD, EQUALS -> viewModel.zoomIn();
            case MINUS, SUBTRACT -> viewModel.zoomOut();
            case HOME -> viewModel.fitJapan();
            default -> {
                if ("+".equals(e.getText())) {
                    viewModel.zoomIn();
                } else if ("-".equals(e.getText())) {
                    viewModel.zoomOut();
                } else {
                    return;
                }
            }
        }
        e.consume();
    }

    private void hoverAt(double x, double y) {
        viewModel.hover(x, y);
        // keep the label next to the pointer but inside the canvas
        double w = hoverLabel.prefWidth(-1);
        double h = hoverLabel.prefHeight(-1);
        double lx = x + 16 + w > canvas.getWidth() ? x - 16 - w : x + 16;
        double ly = y + 20 + h > canvas.getHeight() ? y - 12 - h : y + 20;
        hoverLabel.resizeRelocate(Math.max(0, lx), Math.max(0, ly), w, h);
    }

    private void asGesture(Runnable action) {
        gesture = true;
        try {
            action.run();
        } finally {
            gesture = false;
        }
    }

    private void updateBreadcrumb() {
        breadcrumb.getChildren().clear();
        var items = viewModel.breadcrumb();
        breadcrumb.getChildren().add(crumb("日本", null, items.isEmpty()));
        for (int i = 0; i < items.size(); i++) {
            Label separator = new Label("›");
            separator.setStyle("-fx-text-fill: #8a8478;");
            breadcrumb.getChildren().add(separator);
            breadcrumb.getChildren().add(crumb(items.get(i).name(), items.get(i), i == items.size() - 1));
        }
    }

    private javafx.scene.Node crumb(String text, jp.chiikiatlas.geo.Region region, boolean last) {
        if (last) {
            Label label = new Label(text);
            label.setStyle("-fx-font-weight: bold;");
            label.getStyleClass().add("crumb");
            return label;
        }
        Hyperlink link = new Hyperlink(text);
        link.getStyleClass().add("crumb");
        link.setOnAction(e -> viewModel.navigateTo(region));
        return link;
    }

    private void toggleFullScreen() {
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }
}
