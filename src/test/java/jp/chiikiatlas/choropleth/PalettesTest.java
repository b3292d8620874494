package jp.chiikiatlas.choropleth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class PalettesTest {

    /* Spot checks against the published ColorBrewer hex values. */
    @Test
    void colorBrewerColoursAreThePublishedOnes() {
        assertThat(hex(Palettes.byName("YlOrRd").colours(5)))
                .containsExactly("#FFFFB2", "#FECC5C", "#FD8D3C", "#F03B20", "#BD0026");
        assertThat(hex(Palettes.byName("Blues").colours(9))).startsWith("#F7FBFF").endsWith("#08306B");
        assertThat(hex(Palettes.byName("RdBu").colours(11))).startsWith("#67001F").endsWith("#053061");
        assertThat(hex(Palettes.byName("RdBu").colours(5)).get(2)).isEqualTo("#F7F7F7");
        assertThat(hex(Palettes.byName("YlGnBu").colours(9)).get(8)).isEqualTo("#081D58");
        assertThat(hex(Palettes.byName("PuOr").colours(3))).containsExactly("#F1A340", "#F7F7F7", "#998EC3");
    }

    /* ColorBrewer sequential schemes darken step by step: a check on every transcribed colour. */
    @Test
    void sequentialSchemesDarkenMonotonically() {
        for (Palette p : Palettes.of(Palette.Kind.SEQUENTIAL)) {
            for (int n = 3; n <= 9; n++) {
                List<Color> c = p.colours(n);
                assertThat(c).hasSize(n);
                for (int i = 1; i < n; i++) {
                    assertThat(Lab.of(c.get(i)).l()).as("%s %d, class %d", p.name(), n, i)
                            .isLessThan(Lab.of(c.get(i - 1)).l());
                }
            }
        }
    }

    /* Diverging schemes are lightest in the middle and darken towards both ends. */
    @Test
    void divergingSchemesAreLightestInTheMiddle() {
        for (Palette p : Palettes.of(Palette.Kind.DIVERGING)) {
            for (int n = 3; n <= 11; n++) {
                List<Color> c = p.colours(n);
                int mid = (n - 1) / 2;
                for (int i = 1; i <= mid; i++) {
                    assertThat(Lab.of(c.get(i)).l()).as("%s %d low %d", p.name(), n, i).isGreaterThan(Lab.of(c.get(i - 1)).l());
                }
                for (int i = n - mid; i < n; i++) {
                    assertThat(Lab.of(c.get(i)).l()).as("%s %d high %d", p.name(), n, i).isLessThan(Lab.of(c.get(i - 1)).l());
                }
            }
        }
    }

    @Test
    void reversedPaletteRunsTheOtherWay() {
        Palette blues = Palettes.byName("Blues");
        List<Color> backwards = new java.util.ArrayList<>(blues.colours(5));
        java.util.Collections.reverse(backwards);
        assertThat(blues.reversed().colours(5)).containsExactlyElementsOf(backwards);
        assertThat(blues.reversed().isReversed()).isTrue();
        assertThat(blues.reversed().reversed().colours(5)).isEqualTo(blues.colours(5));
    }

    @Test
    void fewerClassesThanTheSmallestSchemeTakeTheDarkEnd() {
        Palette blues = Palettes.byName("Blues");
        assertThat(blues.colours(1)).containsExactly(blues.colours(3).get(2));
    }

    @Test
    void noDataColourIsNoClassColour() {
        for (Palette p : Palettes.all().values()) {
            for (int n = p.minSize(); n <= p.maxSize(); n++) {
                assertThat(p.colours(n)).as(p.name()).doesNotContain(Palettes.NO_DATA);
            }
        }
    }

    @Test
    void cudSequentialSteadilyDarkens() {
        Palette cud = CudPalettes.sequential();
        for (int n = 3; n <= 9; n++) {
            List<Color> c = cud.colours(n);
            for (int i = 1; i < n; i++) {
                assertThat(Lab.of(c.get(i - 1)).l() - Lab.of(c.get(i)).l()).as("n %d, step %d", n, i).isGreaterThan(4);
            }
        }
        assertThat(cud.colours(3).get(0)).isEqualTo(CudPalettes.CREAM);
        assertThat(cud.colours(3).get(2)).isEqualTo(CudPalettes.BLUE);
    }

    @Test
    void cudDivergingHasWhiteInTheMiddleAndSetColoursAtTheEnds() {
        Palette cud = CudPalettes.diverging();
        assertThat(cud.colours(5).get(2)).isEqualTo(CudPalettes.WHITE);
        assertThat(cud.colours(7).get(0)).isEqualTo(CudPalettes.BLUE);
        assertThat(cud.colours(7).get(6)).isEqualTo(CudPalettes.RED);
    }

    /*
     * Adjacent classes stay apart (CIELAB ΔE ≥ 5) after simulating protanopia, deuteranopia and
     * tritanopia with the Machado, Oliveira & Fernandes (2009) severity-1.0 matrices on linear RGB.
     */
    @Test
    void cudSchemesStayDistinguishableForColourVisionDeficiencies() {
        double[][][] dichromacies = {
            {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
            {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
            {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}},
        };
        for (Palette p : List.of(CudPalettes.sequential(), CudPalettes.diverging())) {
            for (int n = 3; n <= 9; n++) {
                List<Color> c = p.colours(n);
                for (double[][] m : dichromacies) {
                    for (int i = 1; i < n; i++) {
                        double d = Lab.of(simulate(m, c.get(i - 1))).distance(Lab.of(simulate(m, c.get(i))));
                        assertThat(d).as("%s %d, classes %d/%d", p.name(), n, i, i + 1).isGreaterThan(5);
                    }
                }
            }
        }
    }

    private static Color simulate(double[][] m, Color c) {
        double[] lin = {Lab.linear(c.getRed() / 255.0), Lab.linear(c.getGreen() / 255.0), Lab.linear(c.getBlue() / 255.0)};
        int[] out = new int[3];
        for (int r = 0; r < 3; r++) {
            double v = m[r][0] * lin[0] + m[r][1] * lin[1] + m[r][2] * lin[2];
            v = Math.max(0, Math.min(1, v));
            double s = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
            out[r] = (int) Math.round(s * 255);
        }
        return new Color(out[0], out[1], out[2]);
    }

    private static List<String> hex(List<Color> colours) {
        return colours.stream().map(Palettes::hex).toList();
    }
}
