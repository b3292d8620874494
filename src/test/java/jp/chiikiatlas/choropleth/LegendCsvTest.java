package jp.chiikiatlas.choropleth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LegendCsvTest {

    /* Equal interval on 0…90 in 3 classes: [0,30) {0,15}, [30,60) {30,45}, [60,90] {60,90}; one suppressed. */
    @Test
    void exactFormat() {
        RegionValues v = RegionValues.builder("テスト", "人/km²", 2025)
                .value("13101", 0).value("13102", 15).value("13103", 30).value("13104", 45)
                .value("13105", 60).value("13106", 90).noData("13107", NoData.SUPPRESSED).build();
        ChoroplethStyle style = ChoroplethStyle.defaults(Measure.RAW).withClassifier(Classifiers.EQUAL_INTERVAL).withClasses(3);
        StringWriter out = new StringWriter();
        LegendCsv.write(Choropleth.classify(v, style).legend(), out);
        assertThat(out.toString()).isEqualTo("""
                class,lower,upper,count,color
                1,0,30,2,#FFEDA0
                2,30,60,2,#FEB24C
                3,60,90,2,#F03B20
                nodata,,,1,#C8C8CB
                """);
    }

    /* Large and fractional values: no thousands separators, no unit, no exponent, no trailing zeros. */
    @Test
    void plainNumbersInTheIndicatorsUnit() {
        RegionValues v = RegionValues.builder("人口", "人", 2025)
                .value("01100", 1_234_567.5).value("01202", 2_500_000).value("01203", 12_000_000)
                .value("01204", -0.25).build();
        String csv = LegendCsv.toCsv(Choropleth.classify(v, ChoroplethStyle.defaults(Measure.RAW)
                .withClassifier(new ManualClassifier(0, 2_000_000))).legend());
        assertThat(csv).isEqualTo("""
                class,lower,upper,count,color
                1,-0.25,0,1,#FFEDA0
                2,0,2000000,1,#FEB24C
                3,2000000,12000000,2,#F03B20
                nodata,,,0,#C8C8CB
                """);
    }

    /* 0…4.8 in three equal classes: 1.6 and 3.2, not 1.5999999999999999 and 3.1999999999999997. */
    @Test
    void computedBoundsCarryNoFloatingPointNoise() {
        RegionValues v = RegionValues.builder("x", "%", 2025).value("01100", 0).value("01202", 2).value("01203", 4.8).build();
        String csv = LegendCsv.toCsv(Choropleth.classify(v, ChoroplethStyle.defaults(Measure.RAW)
                .withClassifier(Classifiers.EQUAL_INTERVAL).withClasses(3)).legend());
        assertThat(csv).contains("\n1,0,1.6,1,").contains("\n2,1.6,3.2,1,").contains("\n3,3.2,4.8,1,");
    }

    @Test
    void rowsRiseAndColoursAreUpperCaseHex() {
        RegionValues.Builder b = RegionValues.builder("x", "%", 2025);
        for (int i = 0; i < 20; i++) {
            b.value(String.format("01%03d", 100 + i), i * 1.5);
        }
        String[] lines = LegendCsv.toCsv(Choropleth.classify(b.build(), ChoroplethStyle.defaults(Measure.RAW)
                .withClassifier(Classifiers.JENKS).withClasses(7).withPalette(Palettes.byName("Blues"))).legend()).split("\n");
        assertThat(lines[0]).isEqualTo(LegendCsv.HEADER);
        assertThat(lines).hasSize(1 + 7 + 1);
        double previousUpper = Double.NEGATIVE_INFINITY;
        int total = 0;
        for (int i = 1; i <= 7; i++) {
            String[] f = lines[i].split(",", -1);
            assertThat(f[0]).isEqualTo(String.valueOf(i));
            assertThat(Double.parseDouble(f[1])).isGreaterThanOrEqualTo(previousUpper);
            assertThat(Double.parseDouble(f[2])).isGreaterThan(Double.parseDouble(f[1]));
            assertThat(f[4]).matches("#[0-9A-F]{6}");
            previousUpper = Double.parseDouble(f[2]);
            total += Integer.parseInt(f[3]);
        }
        assertThat(total).isEqualTo(20);
        assertThat(lines[8]).isEqualTo("nodata,,,0,#C8C8CB");
    }
}
