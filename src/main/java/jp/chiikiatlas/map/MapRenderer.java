package jp.chiikiatlas.map;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import jp.chiikiatlas.geo.LevelOfDetail;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionLevel;

/**
 * Draws the map with Java2D only (so the same code paints the window's image, a PNG and an SVG):
 * sea, region fills from the scene's {@link FillLayer}, municipal then prefecture borders, the
 * selection outline, labels, and the credit line. Outlines come pre-projected and decimated to the
 * pixel grid from {@link FeatureSet#screenPaths}; fills are drawn without antialiasing (neighbours
 * share edges, so no seams) and the antialiased borders drawn over them hide the steps.
 */
public final class MapRenderer {
    /** Zoomed out beyond this, names are prefectures' whatever the fill level (the national view). */
    static final double PREFECTURE_LABELS_ABOVE_METRES_PER_PIXEL = 1_000;

    private final MapData data;

    public MapRenderer(MapData data) {
        this.data = data;
    }

    public MapData data() {
        return data;
    }

    /** Renders into a new image of the layout's size. */
    public BufferedImage render(MapScene scene) {
        BufferedImage image = new BufferedImage(scene.layout().width(), scene.layout().height(),
                BufferedImage.TYPE_INT_ARGB_PRE);
        renderInto(image, scene);
        return image;
    }

    /**
     * Renders into an image, reusing the borders drawn for the previous scene when only fills,
     * selection or labels changed (a recolour redraws fills, then lays the cached borders on top).
     */
    public void renderInto(BufferedImage image, MapScene scene) {
        Graphics2D g = image.createGraphics();
        try {
            prepare(g, scene.layout());
            drawLayer(g, scene, Layer.FILLS);
            BufferedImage borders = cachedBorders(scene);
            if (borders != null) {
                g.drawImage(borders, 0, 0, null);
            } else {
                drawLayer(g, scene, Layer.BORDERS);
            }
            finish(g, scene);
        } finally {
            g.dispose();
        }
    }

    /** Renders onto any Graphics2D (image or SVG) whose origin is the canvas's top-left corner; nothing cached. */
    public void render(Graphics2D g, MapScene scene) {
        prepare(g, scene.layout());
        drawLayer(g, scene, Layer.FILLS);
        drawLayer(g, scene, Layer.BORDERS);
        finish(g, scene);
    }

    /** The level of detail for a viewport: the coarsest whose simplification stays under a pixel. */
    public static LevelOfDetail levelOfDetail(MapViewport viewport) {
        return LevelOfDetail.forDegreesPerPixel(viewport.degreesPerPixel());
    }

    /** What one pass draws, for the main map and the inset alike. */
    private enum Layer { FILLS, BORDERS, SELECTION }

    /** What the border image depends on: not the fills, selection or labels. */
    private record BorderKey(MapLayout layout, DisplayLevel level, boolean wardsShown) {
    }

    /** The border image's key, or null while there is none. */
    private BorderKey borderKey;
    private BufferedImage borderImage;
    /** The previous render's key: a view drawn a second time is worth caching, a pan step is not. */
    private BorderKey lastKey;

    /**
     * The borders of this view as a transparent image, or null on a view's first render (drawing the
     * borders straight onto the map is cheaper than drawing them into an image and compositing it).
     */
    private synchronized BufferedImage cachedBorders(MapScene scene) {
        BorderKey key = new BorderKey(scene.layout(), scene.level(), scene.wardsShown());
        if (key.equals(borderKey)) {
            return borderImage;
        }
        if (!key.equals(lastKey)) {
            lastKey = key;
            return null;
        }
        int w = scene.layout().width();
        int h = scene.layout().height();
        if (borderImage == null || borderImage.getWidth() != w || borderImage.getHeight() != h) {
            borderImage = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        Graphics2D g = borderImage.createGraphics();
        try {
            g.setComposite(java.awt.AlphaComposite.Clear);
            g.fillRect(0, 0, w, h);
            g.setComposite(java.awt.AlphaComposite.SrcOver);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            drawLayer(g, scene, Layer.BORDERS);
        } finally {
            g.dispose();
        }
        borderKey = key;
        return borderImage;
    }

    private static void prepare(Graphics2D g, MapLayout layout) {
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(MapStyle.SEA);
        g.fillRect(0, 0, layout.width(), layout.height());
    }

    /** Selection, credit line and labels: cheap, and they change with every click. */
    private void finish(Graphics2D g, MapScene scene) {
        MapLayout layout = scene.layout();
        drawLayer(g, scene, Layer.SELECTION);
        MapLayout.Inset inset = layout.inset();
        Rectangle2D creditBox = drawCredit(g, layout);
        if (scene.labels()) {
            LabelPlacer placer = new LabelPlacer();
            placer.addObstacle(creditBox);
            if (inset != null) {
                drawLabels(g, scene, inset.viewport(), inset.frame().x, inset.frame().y, placer);
                placer.addObstacle(inset.frame()); // main-map labels stay out of the inset
            }
            drawLabels(g, scene, layout.main(), 0, 0, placer);
        }
    }

    private void drawLayer(Graphics2D g, MapScene scene, Layer layer) {
        drawMap(g, scene, scene.layout().main(), layer);
        MapLayout.Inset inset = scene.layout().inset();
        if (inset == null) {
            return;
        }
        Rectangle f = inset.frame();
        Shape oldClip = g.getClip();
        AffineTransform old = g.getTransform();
        if (layer == Layer.FILLS) {
            g.setColor(MapStyle.SEA);
            g.fill(f);
        }
        g.clip(f);
        g.translate(f.x, f.y);
        drawMap(g, scene, inset.viewport(), layer);
        g.setTransform(old);
        g.setClip(oldClip);
        if (layer == Layer.BORDERS) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(MapStyle.MUNICIPAL_STROKE);
            g.setColor(MapStyle.INSET_FRAME);
            g.drawRect(f.x, f.y, f.width, f.height);
            if (inset.caption() != null) {
                g.setFont(MapFonts.font(MapStyle.MUNICIPALITY_LABEL_SIZE, false));
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.drawString(inset.caption(), f.x + 8, f.y + 8 + g.getFontMetrics().getAscent());
            }
        }
    }

    private void drawMap(Graphics2D g, MapScene scene, MapViewport viewport, Layer layer) {
        LevelOfDetail lod = levelOfDetail(viewport);
        FeatureSet regions = data.features(lod, scene.level(), scene.wardsShown());
        double scale = viewport.pixelsPerMetre();
        ScreenPaths paths = regions.screenPaths(scale);

        // world pixels (x·scale, −y·scale) → canvas: a pure whole-pixel translation
        double tx = viewport.offsetX();
        double ty = viewport.offsetY();
        Rectangle visible = new Rectangle((int) Math.floor(-tx) - 2, (int) Math.floor(-ty) - 2,
                viewport.width() + 4, viewport.height() + 4);
        AffineTransform old = g.getTransform();
        g.translate(tx, ty);
        switch (layer) {
            case FILLS -> {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
                List<MapFeature> features = regions.features();
                FillLayer fill = scene.fill();
                for (int i = 0; i < paths.paths.length; i++) {
                    if (paths.bounds[i].intersects(visible)) {
                        g.setPaint(fill.paintOf(features.get(i).source()));
                        g.fill(paths.paths[i]);
                    }
                }
            }
            case BORDERS -> {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                if (scene.level() == DisplayLevel.MUNICIPALITY) {
                    drawOutlines(g, paths, visible, MapStyle.MUNICIPAL_STROKE, MapStyle.MUNICIPAL_BORDER);
                }
                ScreenPaths prefecturePaths = data.features(lod, DisplayLevel.PREFECTURE, false).screenPaths(scale);
                drawOutlines(g, prefecturePaths, visible, MapStyle.PREFECTURE_STROKE, MapStyle.PREFECTURE_BORDER);
            }
            case SELECTION -> {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                drawSelection(g, scene.selectedCode(), lod, scale);
            }
        }
        g.setTransform(old);
    }

    /** Strokes each shared border once (see {@link BorderArcs}), skipping features off-screen. */
    private static void drawOutlines(Graphics2D g, ScreenPaths paths, Rectangle visible,
                                     java.awt.Stroke stroke, java.awt.Color colour) {
        g.setStroke(stroke);
        g.setColor(colour);
        for (int i = 0; i < paths.borderChunks.size(); i++) {
            if (paths.borderChunkBounds.get(i).intersects(visible)) {
                g.draw(paths.borderChunks.get(i));
            }
        }
    }

    private void drawSelection(Graphics2D g, String code, LevelOfDetail lod, double scale) {
        if (code == null) {
            return;
        }
        for (DisplayLevel level : DisplayLevel.values()) {
            for (boolean wards : new boolean[] {false, true}) {
                FeatureSet set = data.features(lod, level, wards);
                MapFeature feature = set.feature(code);
                if (feature != null) {
                    int index = set.features().indexOf(feature);
                    java.awt.Shape outline = set.screenPaths(scale).paths[index];
                    g.setStroke(MapStyle.SELECTION_HALO_STROKE);
                    g.setColor(MapStyle.SELECTION_HALO);
                    g.draw(outline);
                    g.setStroke(MapStyle.SELECTION_STROKE);
                    g.setColor(MapStyle.SELECTION);
                    g.draw(outline);
                    return;
                }
            }
        }
    }

    private void drawLabels(Graphics2D g, MapScene scene, MapViewport viewport, double offsetX, double offsetY,
                            LabelPlacer placer) {
        // a municipal choropleth of the whole country is labelled by prefecture: municipal names
        // would only fit on a few large islands and mislead more than they help
        boolean prefectureLevel = scene.level() == DisplayLevel.PREFECTURE
                || viewport.metresPerPixel() > PREFECTURE_LABELS_ABOVE_METRES_PER_PIXEL;
        DisplayLevel labelLevel = prefectureLevel ? DisplayLevel.PREFECTURE : scene.level();
        Font font = MapFonts.font(prefectureLevel ? MapStyle.PREFECTURE_LABEL_SIZE : MapStyle.MUNICIPALITY_LABEL_SIZE,
                prefectureLevel);
        FontRenderContext frc = g.getFontRenderContext();
        FeatureSet set = data.features(levelOfDetail(viewport), labelLevel, scene.wardsShown());
        double scale = viewport.pixelsPerMetre();
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        double minArea = prefectureLevel ? 0 : 900; // px²: no names on regions smaller than ~30×30 px
        // on the whole-country map 「神奈川」 fits where 「神奈川県」 collides, as in print atlases
        boolean shortNames = prefectureLevel && viewport.metresPerPixel() > SHORT_NAME_METRES_PER_PIXEL;
        for (MapFeature f : set.features()) {
            if (f.region() == null) {
                continue;
            }
            double areaPx = f.bounds().getWidth() * f.bounds().getHeight() * scale * scale;
            boolean selected = f.code().equals(scene.selectedCode());
            if (areaPx < minArea && !selected) {
                continue;
            }
            Point2D.Double anchor = f.labelAnchor();
            double x = viewport.screenX(anchor.x);
            double y = viewport.screenY(anchor.y);
            if (x < 0 || y < 0 || x > viewport.width() || y > viewport.height()) {
                continue;
            }
            String text = shortNames ? shortName(f.region()) : displayName(f.region());
            Rectangle2D b = font.getStringBounds(text, frc);
            double priority = selected ? Double.MAX_VALUE : areaPx;
            candidates.add(new LabelPlacer.Candidate(f.code(), text, x + offsetX, y + offsetY, b.getWidth(), b.getHeight(),
                    priority));
            // fallbacks around the anchor, used only when their centre is still inside the region
            double h = b.getHeight();
            double w = b.getWidth() / 2;
            double[][] shifts = {{0, -h}, {0, h}, {-w, 0}, {w, 0}, {-w, -h}, {w, -h}, {-w, h}, {w, h}};
            for (int s = 0; s < shifts.length; s++) {
                Point2D.Double shifted = viewport.toWorld(x + shifts[s][0], y + shifts[s][1]);
                if (f.contains(shifted.x, shifted.y)) {
                    candidates.add(new LabelPlacer.Candidate(f.code(), text, x + shifts[s][0] + offsetX,
                            y + shifts[s][1] + offsetY, b.getWidth(), b.getHeight(), priority - 0.01 * (s + 1)));
                }
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (LabelPlacer.Candidate c : placer.place(candidates)) {
            GlyphVector gv = font.createGlyphVector(frc, c.text());
            Rectangle2D vb = gv.getVisualBounds();
            Shape outline = gv.getOutline((float) (c.x() - vb.getCenterX()), (float) (c.y() - vb.getCenterY()));
            g.setStroke(MapStyle.LABEL_HALO_STROKE);
            g.setColor(MapStyle.LABEL_HALO);
            g.draw(outline);
            g.setColor(MapStyle.LABEL);
            g.fill(outline);
        }
    }

    /** Prefecture names without 都/府/県 (北海道 stays) on maps this coarse or coarser. */
    static final double SHORT_NAME_METRES_PER_PIXEL = 900;

    static String shortName(Region region) {
        String name = region.name();
        if (region.level() == RegionLevel.PREFECTURE && name.length() > 2
                && (name.endsWith("県") || name.endsWith("府") || name.endsWith("都"))) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }

    /** A ward is labelled by its own name (中央区), its city being obvious around it. */
    static String displayName(Region region) {
        if (region.level() == RegionLevel.WARD) {
            int city = region.name().indexOf('市');
            if (city > 0 && city < region.name().length() - 1) {
                return region.name().substring(city + 1);
            }
        }
        return region.name();
    }

    private Rectangle2D drawCredit(Graphics2D g, MapLayout layout) {
        String credit = data.attribution();
        if (credit == null || credit.isBlank()) {
            return new Rectangle2D.Double();
        }
        Font font = MapFonts.font(MapStyle.CREDIT_SIZE, false);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        Rectangle2D b = font.getStringBounds(credit, g.getFontRenderContext());
        double pad = 5;
        double w = b.getWidth() + 2 * pad;
        double h = b.getHeight() + 2 * pad;
        double x = layout.width() - w - 6;
        double y = layout.height() - h - 6;
        Rectangle2D box = new Rectangle2D.Double(x, y, w, h);
        g.setColor(MapStyle.CREDIT_BACKGROUND);
        g.fill(box);
        g.setColor(MapStyle.LABEL);
        g.drawString(credit, (float) (x + pad), (float) (y + pad - b.getY()));
        return box;
    }
}
