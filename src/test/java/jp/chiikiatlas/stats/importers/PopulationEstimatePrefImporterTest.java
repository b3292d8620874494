package jp.chiikiatlas.stats.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.chiikiatlas.stats.CollectingSink;
import jp.chiikiatlas.stats.ImportReport;
import org.junit.jupiter.api.Test;

class PopulationEstimatePrefImporterTest {
    @Test
    void tokyoAndJapanFromTheRealFile() throws Exception {
        CollectingSink sink = new CollectingSink();
        ImportReport report = new PopulationEstimatePrefImporter()
                .importFile(RealData.file("migration-od/population-pref.csv"), sink);

        assertThat(sink.value("population_estimate", "13000", 2018, Map.of())).isEqualTo(13822133);
        assertThat(sink.value("population_estimate", "00000", 2010, Map.of())).isEqualTo(128057352);
        assertThat(report.rowsRead()).isEqualTo(9);
        assertThat(report.stored()).isEqualTo(9 * 48);
        assertThat(report.rejected()).isEmpty();
    }
}
