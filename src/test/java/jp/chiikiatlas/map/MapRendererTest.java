package jp.chiikiatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** {@link MapRenderer} on the hand-made map: fills, sea, fill layers, selection, credit. */
class MapRendererTest {
    private final MapRenderer renderer = new MapRenderer(HandMadeMap.data());
    private final MapLayout layout = MapLayout.of(HandMadeMap.viewport(640, 480));

    private static int rgb(BufferedImage image, Point2D.Double p) {
        return image.getRGB((int) Math.round(p.x), (int) Math.round(p.y)) & 0xFFFFFF;
    }

    @Test
    void drawsLandOnSea() {
        BufferedImage image = renderer.render(MapScene.of(layout, DisplayLevel.MUNICIPALITY).withLabels(false));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
        assertThat(rgb(image, layout.canvasPointOf(139.25, 35.5))).isEqualTo(MapStyle.LAND.getRGB() & 0xFFFFFF);
        assertThat(rgb(image, layout.canvasPointOf(140.5, 38))).isEqualTo(MapStyle.SEA.getRGB() & 0xFFFFFF);
    }

    @Test
    void fillsComeFromTheFillLayer() {
        Color red = new Color(200, 30, 30);
        FillLayer chiyodaRed = FillLayer.byCode(code -> code.equals("13101") ? red : null);
        BufferedImage image = renderer.render(MapScene.of(layout, DisplayLevel.MUNICIPALITY).withLabels(false).withFill(chiyodaRed));
        assertThat(rgb(image, layout.canvasPointOf(139.25, 35.5))).isEqualTo(red.getRGB() & 0xFFFFFF);
        assertThat(rgb(image, layout.canvasPointOf(139.75, 35.5))).isEqualTo(MapStyle.LAND.getRGB() & 0xFFFFFF);
    }

    @Test
    void focusingFadesRegionsOutsideThePrefecture() {
        MapScene scene = MapScene.of(layout, DisplayLevel.MUNICIPALITY).withLabels(false)
                .withFill(FillLayer.focusing(FillLayer.neutral(), "13000"));
        BufferedImage image = renderer.render(scene);
        assertThat(rgb(image, layout.canvasPointOf(139.25, 35.5))).isEqualTo(MapStyle.LAND.getRGB() & 0xFFFFFF);
        assertThat(rgb(image, layout.canvasPointOf(142.5, 43))).isEqualTo(MapStyle.faded(MapStyle.LAND).getRGB() & 0xFFFFFF);
    }

    @Test
    void theSelectionIsOutlined() {
        BufferedImage image = renderer.render(MapScene.of(layout, DisplayLevel.MUNICIPALITY).withLabels(false).withSelection("13101"));
        Point2D.Double westEdge = layout.canvasPointOf(139.0, 35.5);
        assertThat(rgb(image, westEdge)).isEqualTo(MapStyle.SELECTION.getRGB() & 0xFFFFFF);
    }

    @Test
    void theSameCodeDrawsSvg() {
        org.jfree.svg.SVGGraphics2D svg = new org.jfree.svg.SVGGraphics2D(640, 480);
        renderer.render(svg, MapScene.of(layout, DisplayLevel.MUNICIPALITY).withSelection("13101"));
        String document = svg.getSVGElement();
        assertThat(document).startsWith("<svg").contains("<path").contains(HandMadeMap.CREDIT);
    }

    @Test
    void aRecolourReusesTheBordersAndLooksTheSameAsAFullRedraw() {
        MapScene scene = MapScene.of(layout, DisplayLevel.MUNICIPALITY).withLabels(false);
        BufferedImage direct = renderer.render(scene);
        renderer.render(scene);                                   // second render of this view: borders cached
        Color red = new Color(200, 30, 30);
        BufferedImage cached = renderer.render(scene.withFill(g -> red));
        BufferedImage reference = new MapRenderer(HandMadeMap.data()).render(scene.withFill(g -> red));
        int differing = 0;
        for (int x = 0; x < 640; x++) {
            for (int y = 0; y < 480; y++) {
                if (cached.getRGB(x, y) != reference.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels differing between cached-border and direct renders").isLessThan(640 * 480 / 500);
        assertThat(direct.getWidth()).isEqualTo(640);
    }

    @Test
    void prefectureBordersAreHeavierThanMunicipalBorders() {
        assertThat(MapStyle.PREFECTURE_STROKE.getLineWidth()).isGreaterThan(2 * MapStyle.MUNICIPAL_STROKE.getLineWidth());
    }

    @Test
    void theCreditLineIsDrawnInTheBottomRightCorner() {
        BufferedImage image = renderer.render(MapScene.of(layout, DisplayLevel.MUNICIPALITY));
        int dark = 0;
        for (int x = 440; x < 640; x++) {
            for (int y = 440; y < 480; y++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 200) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("dark text pixels of the credit line").isGreaterThan(50);
    }

    @Test
    void japaneseFontIsChosenWhenOneIsInstalled() {
        assertThat(MapFonts.choose(java.util.Set.of("DejaVu Sans"))).isEqualTo(java.awt.Font.SANS_SERIF);
        assertThat(new java.awt.Font(MapFonts.family(), java.awt.Font.PLAIN, 12).canDisplayUpTo("日本")).isEqualTo(-1);
    }

    @Test
    void wardsAreLabelledByTheirOwnName() {
        var ward = new jp.chiikiatlas.geo.Region("01101", jp.chiikiatlas.geo.RegionLevel.WARD, "01100", "札幌市中央区", "北海道札幌市中央区");
        assertThat(MapRenderer.displayName(ward)).isEqualTo("中央区");
    }

    @Test
    void nationalMapsUseShortPrefectureNames() {
        var kanagawa = new jp.chiikiatlas.geo.Region("14000", jp.chiikiatlas.geo.RegionLevel.PREFECTURE, "00000", "神奈川県", "神奈川県");
        var hokkaido = new jp.chiikiatlas.geo.Region("01000", jp.chiikiatlas.geo.RegionLevel.PREFECTURE, "00000", "北海道", "北海道");
        var tokyo = new jp.chiikiatlas.geo.Region("13000", jp.chiikiatlas.geo.RegionLevel.PREFECTURE, "00000", "東京都", "東京都");
        assertThat(MapRenderer.shortName(kanagawa)).isEqualTo("神奈川");
        assertThat(MapRenderer.shortName(hokkaido)).isEqualTo("北海道");
        assertThat(MapRenderer.shortName(tokyo)).isEqualTo("東京");
    }
}
