package jp.chiikiatlas.population.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChartExportTest {

    @Test
    void theFileEndingChoosesTheFormatAndABareNameGetsOne() {
        assertThat(ChartExport.imageFormat(Path.of("a.svg"))).isEqualTo(ChartExport.Format.SVG);
        assertThat(ChartExport.imageFormat(Path.of("A.SVG"))).isEqualTo(ChartExport.Format.SVG);
        assertThat(ChartExport.imageFormat(Path.of("a.png"))).isEqualTo(ChartExport.Format.PNG);
        assertThat(ChartExport.imageFormat(Path.of("a"))).isEqualTo(ChartExport.Format.PNG);
        assertThat(ChartExport.withExtension(Path.of("/tmp/札幌"), ChartExport.Format.SVG)).isEqualTo(Path.of("/tmp/札幌.svg"));
        assertThat(ChartExport.withExtension(Path.of("/tmp/a.PNG"), ChartExport.Format.PNG)).isEqualTo(Path.of("/tmp/a.PNG"));
        assertThat(ChartExport.withExtension(Path.of("a.png"), ChartExport.Format.CSV)).isEqualTo(Path.of("a.png.csv"));
    }
}
