package jp.chiikiatlas.map.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import jp.chiikiatlas.map.MapRenderer;
import jp.chiikiatlas.map.MapScene;
import jp.chiikiatlas.map.MapViewport;

/**
 * Shows the map image and keeps it up to date without blocking the FX thread (the Apache SIS
 * MapCanvas pattern): the scene is copied on the FX thread, drawn by {@link MapRenderer} on one
 * low-priority background thread, and handed back as a {@link WritableImage} over a
 * {@link PixelBuffer} (no pixel copy). Between renders the last image is moved and scaled at once
 * to match the current viewport, so dragging and wheel zooming feel instant.
 */
final class MapCanvas extends Pane {
    /** Wait this long after the last drag or wheel step before rendering: one render per gesture pause. */
    static final Duration SETTLE = Duration.millis(120);

    private final MapRenderer renderer;
    private final ImageView imageView = new ImageView();
    private final ExecutorService renderThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "map-render");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final Consumer<Throwable> errors;

    /** The newest scene asked for. */
    private MapScene wanted;
    /** The scene of the image on screen. */
    private MapScene shown;
    /** A render is running; a newer request waits for it instead of queueing up stale ones. */
    private boolean rendering;
    private long renderCount;

    MapCanvas(MapRenderer renderer, Consumer<Throwable> errors) {
        this.renderer = renderer;
        this.errors = errors;
        getChildren().add(imageView);
        imageView.setManaged(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(0, 0);
        settle.setOnFinished(e -> startRender());
        getStyleClass().add("map-canvas");
    }

    /** Render now (selection, level, buttons). */
    void show(MapScene scene) {
        wanted = scene;
        settle.stop();
        preview();
        startRender();
    }

    /** Move the last image now and render once the gesture pauses (drag, wheel). */
    void showSoon(MapScene scene) {
        wanted = scene;
        preview();
        settle.playFromStart();
    }

    /** How many renders reached the screen (tests wait on it). */
    long renderCount() {
        return renderCount;
    }

    void dispose() {
        renderThread.shutdownNow();
    }

    private void startRender() {
        if (rendering || wanted == null || wanted == shown) {
            return;
        }
        rendering = true;
        MapScene scene = wanted;
        renderThread.execute(() -> {
            try {
                BufferedImage image = renderer.render(scene);
                Platform.runLater(() -> commit(scene, image));
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    rendering = false;
                    errors.accept(e);
                });
            }
        });
    }

    private void commit(MapScene scene, BufferedImage image) {
        rendering = false;
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(image.getWidth(), image.getHeight(),
                IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        imageView.setImage(new WritableImage(buffer));
        shown = scene;
        renderCount++;
        if (renderCount == 1) {
            FirstMapSignal.firstMapShown();
        }
        preview();
        if (wanted != shown && !settle.getStatus().equals(javafx.animation.Animation.Status.RUNNING)) {
            startRender();
        }
    }

    /** Places the shown image where the current viewport would draw it (translation and scale). */
    private void preview() {
        if (shown == null || wanted == null) {
            return;
        }
        MapViewport was = shown.layout().main();
        MapViewport now = wanted.layout().main();
        double k = now.pixelsPerMetre() / was.pixelsPerMetre();
        java.awt.geom.Point2D.Double origin = was.toWorld(0, 0);
        Point2D at = new Point2D(now.screenX(origin.x), now.screenY(origin.y));
        imageView.getTransforms().setAll(new Affine(k, 0, at.getX(), 0, k, at.getY()));
    }
}
