package jp.chiikiatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import jp.chiikiatlas.choropleth.Choropleth;
import jp.chiikiatlas.choropleth.ChoroplethStyle;
import jp.chiikiatlas.choropleth.ClassifiedMap;
import jp.chiikiatlas.choropleth.Measure;
import jp.chiikiatlas.choropleth.NoData;
import jp.chiikiatlas.choropleth.NoDataFill;
import jp.chiikiatlas.choropleth.Palettes;
import jp.chiikiatlas.choropleth.RegionValues;
import jp.chiikiatlas.choropleth.map.ChoroplethFill;
import org.junit.jupiter.api.Test;

/** No-data regions are drawn with the legend's hatch, never the flat grey a pale class could be taken for. */
class NoDataHatchRenderTest {
    private final MapRenderer renderer = new MapRenderer(HandMadeMap.data());
    private final MapLayout layout = MapLayout.of(HandMadeMap.viewport(640, 480));

    /** 千代田区 and 中央区 with values, 函館市 suppressed. */
    private static ClassifiedMap hakodateWithoutData() {
        RegionValues values = RegionValues.builder("テスト指標", "人", 2025)
                .value("13101", 1).value("13102", 2).noData("01202", NoData.SUPPRESSED).build();
        return Choropleth.classify(values, ChoroplethStyle.defaults(Measure.RAW).withClasses(3));
    }

    @Test
    void aNoDataRegionAlternatesBetweenTheHatchColoursInThePng() throws Exception {
        MapScene scene = MapScene.of(layout, DisplayLevel.MUNICIPALITY).withLabels(false)
                .withFill(ChoroplethFill.of(hakodateWithoutData()));
        BufferedImage png = throughPng(renderer.render(scene));

        Point2D.Double inside = layout.canvasPointOf(142.5, 43);
        int y = (int) Math.round(inside.y);
        int background = Palettes.NO_DATA.getRGB() & 0xFFFFFF;
        int changes = 0;
        Set<Integer> seen = new HashSet<>();
        int previous = -1;
        for (int x = (int) Math.round(inside.x) - 16; x < Math.round(inside.x) + 16; x++) {
            int rgb = png.getRGB(x, y) & 0xFFFFFF;
            boolean hatch = closerToHatch(rgb);
            seen.add(hatch ? 1 : rgb == background ? 0 : 2); // 2: antialiased edge of a hatch line
            if (previous >= 0 && (previous == 1) != hatch) {
                changes++;
            }
            previous = hatch ? 1 : 0;
        }
        assertThat(seen).as("background and hatch pixels").contains(0, 1);
        assertThat(changes).as("the 8-px hatch crosses a 32-px row about 4 times").isGreaterThanOrEqualTo(6);
    }

    @Test
    void regionsWithDataKeepTheirFlatClassColour() {
        ClassifiedMap map = hakodateWithoutData();
        MapScene scene = MapScene.of(layout, DisplayLevel.MUNICIPALITY).withLabels(false)
                .withFill(ChoroplethFill.of(map));
        BufferedImage image = renderer.render(scene);
        Point2D.Double chiyoda = layout.canvasPointOf(139.25, 35.5);
        assertThat(image.getRGB((int) chiyoda.x, (int) chiyoda.y) & 0xFFFFFF)
                .isEqualTo(map.colorFor("13101").getRGB() & 0xFFFFFF);
        assertThat(ChoroplethFill.of(map).paintOf(HandMadeMap.data().features(
                MapRenderer.levelOfDetail(layout.main()), DisplayLevel.MUNICIPALITY, false)
                .feature("01202").source())).isSameAs(NoDataFill.paint());
    }

    private static boolean closerToHatch(int rgb) {
        return distance(rgb, NoDataFill.HATCH) < distance(rgb, Palettes.NO_DATA);
    }

    private static int distance(int rgb, Color c) {
        return Math.abs(((rgb >> 16) & 0xFF) - c.getRed()) + Math.abs(((rgb >> 8) & 0xFF) - c.getGreen())
                + Math.abs((rgb & 0xFF) - c.getBlue());
    }

    private static BufferedImage throughPng(BufferedImage image) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
