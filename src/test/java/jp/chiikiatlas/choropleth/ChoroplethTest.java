package jp.chiikiatlas.choropleth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made fixtures with made-up numbers; nothing here resembles a real table. */
class ChoroplethTest {
    private static final SourceLine SOURCE = new SourceLine("テスト表", "2025", "テスト出典");

    /** Ten regions valued 1…10, one suppressed. */
    private static RegionValues tenRegions() {
        RegionValues.Builder b = RegionValues.builder("テスト指標", "人/km²", 2025).source(SOURCE);
        for (int i = 1; i <= 10; i++) {
            b.value(String.format("13%03d", 100 + i), i);
        }
        b.noData("13120", NoData.SUPPRESSED);
        return b.build();
    }

    @Test
    void quantileFiveClassesColoursEachRegionByItsClass() {
        ClassifiedMap map = Choropleth.classify(tenRegions(), ChoroplethStyle.defaults(Measure.RAW));
        List<Color> ylOrRd = Palettes.byName("YlOrRd").colours(5);
        assertThat(map.breaks().bounds()).containsExactly(1, 3, 5, 7, 9, 10);
        assertThat(map.colorFor("13101")).isEqualTo(ylOrRd.get(0));
        assertThat(map.colorFor("13102")).isEqualTo(ylOrRd.get(0));
        assertThat(map.colorFor("13103")).isEqualTo(ylOrRd.get(1));
        assertThat(map.colorFor("13110")).isEqualTo(ylOrRd.get(4));
        assertThat(map.colorFor("13120")).isEqualTo(Palettes.NO_DATA);
        assertThat(map.colorFor("99999")).as("not in the table").isEqualTo(Palettes.NO_DATA);
    }

    @Test
    void legendCountsSumToRegionsShown() {
        RegionValues values = tenRegions();
        for (Classifier c : Classifiers.all()) {
            Legend legend = Choropleth.classify(values, ChoroplethStyle.defaults(Measure.RAW).withClassifier(c)).legend();
            assertThat(legend.regionCount()).as(c.nameJa()).isEqualTo(values.size()).isEqualTo(11);
            assertThat(legend.noDataCount()).isEqualTo(1);
            assertThat(legend.noDataByReason()).containsEntry(NoData.SUPPRESSED, 1);
        }
    }

    @Test
    void legendCarriesUnitSourceAndMethod() {
        Legend legend = Choropleth.classify(tenRegions(), ChoroplethStyle.defaults(Measure.RAW)).legend();
        assertThat(legend.title()).isEqualTo("テスト指標（2025）");
        assertThat(legend.unit()).isEqualTo("人/km²");
        assertThat(legend.sources()).containsExactly("出典：テスト出典「テスト表」（2025年）");
        assertThat(legend.method()).isEqualTo("分位数・5階級");
        assertThat(legend.classes().get(0).label()).isEqualTo("1.0 〜 3.0 未満");
        assertThat(legend.classes().get(4).label()).isEqualTo("9.0 〜 10.0");
        assertThat(legend.noDataLabel()).isEqualTo("データなし（秘匿 1）");
    }

    /* 120,000–1,500,000 人 is shown in 万人: widths of tens of 万人 need no decimals. */
    @Test
    void largePeopleCountsAreShownInManNin() {
        RegionValues v = RegionValues.builder("人口", "人", 2025)
                .value("01100", 120_000).value("01202", 250_000).value("01203", 380_000)
                .value("01204", 900_000).value("01205", 1_500_000).value("01206", 1_200_000).build();
        Legend legend = Choropleth.classify(v, ChoroplethStyle.defaults(Measure.RAW)
                .withClassifier(Classifiers.EQUAL_INTERVAL).withClasses(3)).legend();
        assertThat(legend.unit()).isEqualTo("万人");
        assertThat(legend.classes()).extracting(LegendClass::label)
                .containsExactly("12 〜 58 未満", "58 〜 104 未満", "104 〜 150");
    }

    @Test
    void thousandsSeparatorsInLabels() {
        RegionValues v = RegionValues.builder("人口密度", "人/km²", 2025)
                .value("13101", 1_000).value("13102", 4_000).value("13103", 22_000).build();
        Legend legend = Choropleth.classify(v, ChoroplethStyle.defaults(Measure.RAW)
                .withClassifier(new ManualClassifier(2_000, 10_000))).legend();
        assertThat(legend.classes()).extracting(LegendClass::label)
                .containsExactly("1,000 〜 2,000 未満", "2,000 〜 10,000 未満", "10,000 〜 22,000");
    }

    @Test
    void ranksAmongRegionsWithDataTiesShared() {
        RegionValues v = RegionValues.builder("x", "%", 2025)
                .value("01100", 5).value("01202", 9).value("01203", 9).value("01204", 1)
                .noData("01205", NoData.NOT_SURVEYED).build();
        ClassifiedMap map = Choropleth.classify(v, ChoroplethStyle.defaults(Measure.RAW));
        assertThat(map.rank("01202")).isEqualTo(1);
        assertThat(map.rank("01203")).isEqualTo(1);
        assertThat(map.rank("01100")).isEqualTo(3);
        assertThat(map.rank("01204")).isEqualTo(4);
        assertThat(map.rank("01205")).isZero();
        HoverInfo h = map.hover("01100");
        assertThat(h.text()).isEqualTo("5 %（4 中 3 位）");
        assertThat(map.hover("01205").text()).isEqualTo("データなし：調査対象外");
        assertThat(map.hover("47999").noData()).contains(NoData.NOT_IN_TABLE);
    }

    /* Signed values: 0 is a break, and the classes touching 0 get the two middle colours of RdBu. */
    @Test
    void signedValuesDivergeFromZero() {
        RegionValues change = RegionValues.builder("人口増減", "人", 2025).signed(true)
                .value("01100", -300).value("01202", -100).value("01203", -20)
                .value("01204", 10).value("01205", 40).value("01206", 500).build();
        ClassifiedMap map = Choropleth.classify(change, ChoroplethStyle.defaults(Measure.RAW)
                .withClassifier(Classifiers.QUANTILE).withClasses(4));
        assertThat(map.breaks().hasBreakAt(0)).isTrue();
        assertThat(map.palette().name()).isEqualTo("RdBu");
        List<Color> rdBu4 = Palettes.byName("RdBu").colours(4);
        assertThat(map.classColors()).containsExactlyElementsOf(rdBu4);
        assertThat(map.colorFor("01203")).isEqualTo(rdBu4.get(1));
        assertThat(map.colorFor("01204")).isEqualTo(rdBu4.get(2));
    }

    /* Three classes of losses and one of gains: colours from RdBu 6, the gain class next to the middle. */
    @Test
    void lopsidedSignedValuesKeepColourStrengthSymmetric() {
        ClassBreaks b = ClassBreaks.of(-30, -20, -10, 0, 5);
        List<Color> colors = Choropleth.classColors(b, Palettes.byName("RdBu"), true);
        List<Color> rdBu6 = Palettes.byName("RdBu").colours(6);
        assertThat(colors).containsExactly(rdBu6.get(0), rdBu6.get(1), rdBu6.get(2), rdBu6.get(3));
    }

    @Test
    void changeMeasureUsesDivergingPaletteEvenIfSequentialChosen() {
        RegionValues now = RegionValues.builder("人口", "人", 2025).value("01100", 90).value("01202", 120).build();
        RegionValues base = RegionValues.builder("人口", "人", 2020).value("01100", 100).value("01202", 100).build();
        ChoroplethStyle style = ChoroplethStyle.defaults(Measure.CHANGE).withPalette(Palettes.byName("Blues"));
        ClassifiedMap map = Choropleth.of(MeasureInputs.of(now).withBase(base), style);
        assertThat(map.palette().kind()).isEqualTo(Palette.Kind.DIVERGING);
        assertThat(map.breaks().bounds()).containsExactly(-10, 0, 20);
    }

    @Test
    void reversedPaletteSwapsColours() {
        ClassifiedMap map = Choropleth.classify(tenRegions(), ChoroplethStyle.defaults(Measure.RAW).withReversed(true));
        assertThat(map.colorFor("13110")).isEqualTo(Palettes.byName("YlOrRd").colours(5).get(0));
    }

    @Test
    void allNoDataGivesOnlyTheNoDataClass() {
        RegionValues v = RegionValues.builder("x", "人", 2025).noData("01100", NoData.CODE_CHANGED).build();
        ClassifiedMap map = Choropleth.classify(v, ChoroplethStyle.defaults(Measure.RAW));
        assertThat(map.legend().classes()).isEmpty();
        assertThat(LegendCsv.toCsv(map.legend())).isEqualTo("class,lower,upper,count,color\nnodata,,,1,#C8C8CB\n");
    }

    @Test
    void colourFunctionAdaptsToAFillLayer() {
        ClassifiedMap map = Choropleth.classify(tenRegions(), ChoroplethStyle.defaults(Measure.RAW));
        FillLayerLike layer = map::colorFor;
        assertThat(layer.fillFor("13110")).isEqualTo(map.colorFor("13110"));
    }

    /** The map renderer's expected interface, as far as this branch knows it. */
    interface FillLayerLike {
        Color fillFor(String regionCode);
    }
}
