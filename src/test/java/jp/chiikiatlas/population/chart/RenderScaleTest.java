package jp.chiikiatlas.population.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class RenderScaleTest {

    @Test
    void theLargerOfTheWindowsScalesNeverBelowOneAtMostFour() {
        assertThat(RenderScale.of(1, 1).factor()).isEqualTo(1);
        assertThat(RenderScale.of(1.25, 1.5).factor()).isEqualTo(1.5);
        assertThat(RenderScale.of(2, 2).factor()).isEqualTo(2);
        assertThat(RenderScale.of(0, Double.NaN).factor()).as("before the window is shown").isEqualTo(1);
        assertThat(RenderScale.of(0.5, 0.75).factor()).isEqualTo(1);
        assertThat(RenderScale.of(10, 1).factor()).isEqualTo(4);
        assertThatThrownBy(() -> new RenderScale(0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pixelsForALogicalLength() {
        assertThat(new RenderScale(1).pixels(456)).isEqualTo(456);
        assertThat(new RenderScale(1.25).pixels(456)).isEqualTo(570);
        assertThat(new RenderScale(1.5).pixels(456)).isEqualTo(684);
        assertThat(new RenderScale(1.75).pixels(421)).isEqualTo(737); // 736.75 rounds up
        assertThat(new RenderScale(2).pixels(420)).isEqualTo(840);
    }

    @Test
    void theImageHasTheScaledPixelsAndTheSameLayout() {
        // a square in the logical bottom-right quarter lands in the bottom-right quarter of the 2× image
        ChartFiles.Painter quarter = (g2, area) -> {
            g2.setColor(java.awt.Color.BLACK);
            g2.fill(new java.awt.geom.Rectangle2D.Double(area.getWidth() / 2, area.getHeight() / 2,
                    area.getWidth() / 2, area.getHeight() / 2));
        };
        BufferedImage image = ChartFiles.image(quarter, 100, 60, new RenderScale(2));
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(120);
        assertThat(image.getRGB(99, 59) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(101, 61) & 0xFFFFFF).isZero();
        assertThat(image.getRGB(199, 119) & 0xFFFFFF).isZero();
    }
}
