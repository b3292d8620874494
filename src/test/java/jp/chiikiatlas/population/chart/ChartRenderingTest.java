package jp.chiikiatlas.population.chart;

import static jp.chiikiatlas.population.JukiFixtures.HOKKAIDO;
import static jp.chiikiatlas.population.JukiFixtures.JAPAN;
import static jp.chiikiatlas.population.JukiFixtures.SAPPORO;
import static jp.chiikiatlas.population.JukiFixtures.YUBARI;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import jp.chiikiatlas.population.InMemoryPopulationData;
import jp.chiikiatlas.population.JukiFixtures;
import jp.chiikiatlas.population.PopulationChange;
import jp.chiikiatlas.population.PopulationPyramid;
import jp.chiikiatlas.population.PopulationTrend;
import jp.chiikiatlas.population.SmallMultiples;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.junit.jupiter.api.Test;

class ChartRenderingTest {
    private static final int W = 1000;
    private static final int H = 750;
    private final InMemoryPopulationData data = JukiFixtures.data();

    @Test
    void pyramidBarsHaveTheMaleAndFemaleColours() {
        JFreeChart chart = PyramidChart.create(PopulationPyramid.of(data, SAPPORO, 2022, 2010));
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = ChartFiles.image(chart, W, H, info);
        assertThat(image.getWidth()).isEqualTo(W);
        assertThat(image.getHeight()).isEqualTo(H);
        // 45-49 is the largest band of 2022 for both sexes; its 2010 outline lies inside (smaller), so the centre is fill
        assertThat(centreColour(image, info, "男性 2022年", "45-49")).isEqualTo(ChartStyle.MALE);
        assertThat(centreColour(image, info, "女性 2022年", "45-49")).isEqualTo(ChartStyle.FEMALE);
    }

    @Test
    void maleBarsAreLeftOfFemaleBars() {
        ChartRenderingInfo info = new ChartRenderingInfo();
        ChartFiles.image(PyramidChart.create(PopulationPyramid.of(data, SAPPORO, 2022)), W, H, info);
        Rectangle2D male = bar(info, "男性 2022年", "30-34");
        Rectangle2D female = bar(info, "女性 2022年", "30-34");
        assertThat(male.getMaxX()).isLessThanOrEqualTo(female.getMinX() + 1);
        assertThat(male.getCenterY()).isEqualTo(female.getCenterY());
        assertThat(bar(info, "男性 2022年", "0-4").getCenterY()).as("youngest at the bottom")
                .isGreaterThan(bar(info, "男性 2022年", "100+").getCenterY());
    }

    @Test
    void coloursAreFarApartInGrey() {
        assertThat(Math.abs(luminance(ChartStyle.MALE) - luminance(ChartStyle.FEMALE))).isGreaterThan(0.3);
        assertThat(Math.abs(luminance(ChartStyle.NATURAL) - luminance(ChartStyle.SOCIAL))).isGreaterThan(0.3);
    }

    @Test
    void everyChartStampsItsCreditAndUsesLargeType() {
        List<JFreeChart> charts = List.of(
                PyramidChart.create(PopulationPyramid.of(data, YUBARI, 2022, 2010)),
                TrendChart.create(PopulationTrend.of(data, SAPPORO, List.of(HOKKAIDO, JAPAN)).indexed(2015)),
                ChangeChart.create(PopulationChange.of(data, SAPPORO)));
        for (JFreeChart chart : charts) {
            assertThat(texts(chart)).anySatisfy(t -> assertThat(t).startsWith("「住民基本台帳に基づく人口、人口動態及び世帯数」")
                    .contains("出典：総務省"));
            assertThat(fonts(chart)).allSatisfy(f -> {
                assertThat(f.getSize()).isGreaterThanOrEqualTo(ChartStyle.SMALL_SIZE);
                assertThat(f.getFamily()).isEqualTo(ChartStyle.fontFamily());
            });
            ChartFiles.image(chart, W, H, null); // draws without error
        }
        assertThat(texts(charts.get(0))).contains("※ 2010年の表は80歳以上が最上位の階級のため、両年とも80歳以上を1つにまとめて比較しています",
                "※ 2022年: 年齢不詳 23人（男 8・女 15）— 表の総数と年齢階級の合計の差");
    }

    @Test
    void chartsUseTheMapsJapaneseFont() {
        // the fallback order itself is tested with the map's font chooser (MapRendererTest)
        assertThat(ChartStyle.fontFamily()).isEqualTo(jp.chiikiatlas.map.MapFonts.family());
        assertThat(new java.awt.Font(ChartStyle.fontFamily(), java.awt.Font.PLAIN, 14).canDisplayUpTo("日本の人口")).isEqualTo(-1);
    }

    @Test
    void svgCarriesTheSameTextAsThePng() {
        String svg = ChartFiles.svg(ChangeChart.create(PopulationChange.of(data, SAPPORO)), W, H);
        assertThat(svg).startsWith("<?xml").contains("<svg", "札幌市の自然増減と社会増減", "出典：総務省");
    }

    @Test
    void smallMultiplesShareOneRange() {
        SmallMultiples<PopulationPyramid> multiples = SmallMultiples.ofPyramids(List.of(
                PopulationPyramid.of(data, SAPPORO, 2022).withMeasure(PopulationPyramid.Measure.SHARES),
                PopulationPyramid.of(data, YUBARI, 2022).withMeasure(PopulationPyramid.Measure.SHARES)));
        List<JFreeChart> charts = SmallMultiplesChart.pyramids(multiples);
        assertThat(charts).hasSize(2);
        assertThat(charts).extracting(c -> ((CategoryPlot) c.getPlot()).getRangeAxis().getRange())
                .containsOnly(((CategoryPlot) charts.get(0).getPlot()).getRangeAxis().getRange());
        assertThat(multiples.range().upper()).isEqualTo(-multiples.range().lower()).isGreaterThan(0);
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        SmallMultiplesChart.draw(image.createGraphics(), new Rectangle2D.Double(0, 0, W, H), charts);
    }

    private static Color centreColour(BufferedImage image, ChartRenderingInfo info, String series, String age) {
        Rectangle2D r = bar(info, series, age);
        return new Color(image.getRGB((int) r.getCenterX(), (int) r.getCenterY()));
    }

    private static Rectangle2D bar(ChartRenderingInfo info, String series, String age) {
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof CategoryItemEntity e && series.equals(e.getRowKey()) && age.equals(e.getColumnKey())) {
                return e.getArea().getBounds2D();
            }
        }
        throw new AssertionError("no bar " + series + " " + age);
    }

    private static double luminance(Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255;
            rgb[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static List<String> texts(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                texts.add(t.getText());
            }
        }
        return texts;
    }

    private static List<Font> fonts(JFreeChart chart) {
        List<Font> fonts = new ArrayList<>();
        fonts.add(chart.getTitle().getFont());
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle tt) {
                fonts.add(tt.getFont());
            } else if (t instanceof LegendTitle lt) {
                fonts.add(lt.getItemFont());
            }
        }
        List<Axis> axes = new ArrayList<>();
        if (chart.getPlot() instanceof CategoryPlot p) {
            axes.add(p.getDomainAxis());
            axes.add(p.getRangeAxis());
        } else if (chart.getPlot() instanceof XYPlot p) {
            axes.add(p.getDomainAxis());
            axes.add(p.getRangeAxis());
        }
        axes.forEach(a -> {
            fonts.add(a.getLabelFont());
            fonts.add(a.getTickLabelFont());
        });
        return fonts;
    }
}
