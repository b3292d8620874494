package jp.chiikiatlas.choropleth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/** Renders legend and histogram of a hand-made fixture and reads pixels back. */
class PaintersTest {
    private static ClassifiedMap fixture() {
        RegionValues.Builder b = RegionValues.builder("テスト指標", "人", 2025)
                .source(new SourceLine("テスト表", "2025", "テスト出典"));
        double[] v = {120, 150, 400, 800, 1_500, 3_000, 9_000, 20_000, 45_000, 90_000};
        for (int i = 0; i < v.length; i++) {
            b.value(String.format("13%03d", 101 + i), v[i]);
        }
        b.noData("13120", NoData.SUPPRESSED).noData("13121", NoData.NOT_IN_TABLE);
        return Choropleth.classify(b.build(), ChoroplethStyle.defaults(Measure.RAW)
                .withClassifier(Classifiers.QUANTILE).withClasses(5).withPalette(Palettes.byName("Blues")));
    }

    @Test
    void legendSwatchesHaveTheClassColours() {
        ClassifiedMap map = fixture();
        BufferedImage img = new BufferedImage(700, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 700, 500);
        LegendPainter.Layout layout = new LegendPainter().paint(g, map.legend(), 10, 10);
        g.dispose();

        assertThat(layout.classSwatches()).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(centre(img, layout.classSwatches().get(i))).as("class %d", i + 1)
                    .isEqualTo(map.classColors().get(i).getRGB() & 0xFFFFFF);
        }
        // The no-data swatch is the grey background or its hatching, never a class colour.
        int noData = centre(img, layout.noDataSwatch());
        assertThat(List.of(map.classColors().stream().map(c -> c.getRGB() & 0xFFFFFF).toArray())).doesNotContain(noData);
        assertThat(layout.bounds().getMaxY()).isLessThan(500);
    }

    @Test
    void legendTypeIsLargeEnoughForProjection() {
        assertThat(new LegendPainter(10f).paint(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics(),
                fixture().legend(), 0, 0).classSwatches().get(0).getHeight()).isGreaterThanOrEqualTo(14 * 1.25 - 1);
        assertThat(JapaneseFont.PREFERRED).contains(JapaneseFont.family());
    }

    @Test
    void histogramDrawsBreakLinesAndClassColouredBars() {
        ClassifiedMap map = fixture();
        BufferedImage img = new BufferedImage(600, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 260);
        HistogramPainter.Layout layout = new HistogramPainter().paint(g, map, new Rectangle2D.Double(0, 0, 600, 260));
        g.dispose();

        assertThat(layout.logScale()).as("120…90,000 is skewed").isTrue();
        int y = (int) (layout.plot().getY() + 2);
        for (double br : map.breaks().breaks()) {
            int x = (int) Math.floor(layout.xFor(br));
            boolean line = false;
            for (int dx = -1; dx <= 1; dx++) {
                line |= (img.getRGB(x + dx, y) & 0xFFFFFF) == (HistogramPainter.BREAK_LINE.getRGB() & 0xFFFFFF);
            }
            assertThat(line).as("break line at %s", br).isTrue();
        }
        // The lowest value's bar stands at the bottom left in the first class's colour.
        int barX = (int) (layout.xFor(120) + 3);
        int barY = (int) (layout.plot().getMaxY() - 3);
        assertThat(img.getRGB(barX, barY) & 0xFFFFFF).isEqualTo(map.classColors().get(0).getRGB() & 0xFFFFFF);
    }

    /** Densities 0…22,542 with a few zeros: log impossible, linear squashes all but the tail into one bar. */
    @Test
    void aWideRangeWithZerosIsSpreadOnALog1pScale() {
        RegionValues.Builder b = RegionValues.builder("人口密度", "人/km²", 2025);
        double[] v = {0, 0, 3, 12, 40, 90, 150, 300, 700, 1_500, 5_000, 22_542};
        for (int i = 0; i < v.length; i++) {
            b.value(String.format("13%03d", 101 + i), v[i]);
        }
        ClassifiedMap map = Choropleth.classify(b.build(), ChoroplethStyle.defaults(Measure.RAW).withClasses(5));
        BufferedImage img = new BufferedImage(600, 260, BufferedImage.TYPE_INT_RGB);
        HistogramPainter.Layout layout = new HistogramPainter().paint(img.createGraphics(), map,
                new Rectangle2D.Double(0, 0, 600, 260));

        assertThat(layout.scale()).isEqualTo(HistogramPainter.Scale.LOG1P);
        assertThat(layout.xFor(0)).isEqualTo(layout.plot().getX());
        // 150 人/km², 0.7 % of the range, sits near the middle rather than on the left edge
        double t = (layout.xFor(150) - layout.plot().getX()) / layout.plot().getWidth();
        assertThat(t).isBetween(0.4, 0.6);
        double[] breakX = java.util.Arrays.stream(map.breaks().breaks()).map(layout::xFor).toArray();
        for (int i = 1; i < breakX.length; i++) {
            assertThat(breakX[i] - breakX[i - 1]).as("breaks drawn apart").isGreaterThan(20);
        }
    }

    @Test
    void aNarrowRangeStaysLinear() {
        double[] sorted = {0, 1, 2, 3, 50};
        assertThat(HistogramPainter.Scale.of(sorted)).isEqualTo(HistogramPainter.Scale.LINEAR);
        assertThat(HistogramPainter.Scale.of(new double[] {-5, 0, 10_000})).isEqualTo(HistogramPainter.Scale.LINEAR);
        assertThat(HistogramPainter.Scale.of(new double[] {1, 200})).isEqualTo(HistogramPainter.Scale.LOG);
    }

    @Test
    void samePaintersWriteSvg() {
        ClassifiedMap map = fixture();
        SVGGraphics2D svg = new SVGGraphics2D(700, 800);
        new LegendPainter().paint(svg, map.legend(), 10, 10);
        new HistogramPainter().paint(svg, map, new Rectangle2D.Double(10, 500, 600, 260));
        String doc = svg.getSVGDocument();
        Color top = map.classColors().get(4);
        assertThat(doc).containsAnyOf(Palettes.hex(top).toLowerCase(), Palettes.hex(top),
                "rgb(" + top.getRed() + "," + top.getGreen() + "," + top.getBlue() + ")");
        assertThat(doc).contains("テスト指標");
    }

    private static int centre(BufferedImage img, Rectangle2D r) {
        return img.getRGB((int) r.getCenterX(), (int) r.getCenterY()) & 0xFFFFFF;
    }
}
