package jp.chiikiatlas.population.chart;

import static jp.chiikiatlas.population.JukiFixtures.HOKKAIDO;
import static jp.chiikiatlas.population.JukiFixtures.JAPAN;
import static jp.chiikiatlas.population.JukiFixtures.SAPPORO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.chiikiatlas.population.InMemoryPopulationData;
import jp.chiikiatlas.population.JukiFixtures;
import jp.chiikiatlas.population.PopulationChange;
import jp.chiikiatlas.population.PopulationPyramid;
import jp.chiikiatlas.population.PopulationTrend;
import org.junit.jupiter.api.Test;

class ChartCsvTest {
    private final InMemoryPopulationData data = JukiFixtures.data();

    @Test
    void pyramidHasOneRowPerBandWithCountsYoungestFirst() {
        String csv = ChartCsv.pyramid(PopulationPyramid.of(data, SAPPORO, 2022).withMeasure(PopulationPyramid.Measure.SHARES));
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 21);
        assertThat(lines.get(0)).isEqualTo("age,male,female");
        assertThat(lines.get(1)).isEqualTo("0-4,32851,30927");
        assertThat(lines.get(2)).isEqualTo("5-9,37673,35792");
        assertThat(lines.get(21)).isEqualTo("100+,153,1097");
        assertPlainCsv(csv);
    }

    @Test
    void pyramidComparedWithAn80PlusYearEndsAt80Plus() {
        List<String> lines = ChartCsv.pyramid(PopulationPyramid.of(data, SAPPORO, 2022, 2010)).lines().toList();
        assertThat(lines).hasSize(1 + 17);
        assertThat(lines.get(17)).isEqualTo("80+,58128,112501");
    }

    @Test
    void trendHasOneColumnPerComparisonHeadedByItsCode() {
        String csv = ChartCsv.trend(PopulationTrend.of(data, SAPPORO, List.of(HOKKAIDO, JAPAN)));
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 11);
        assertThat(lines.get(0)).isEqualTo("period,value,01000,00000");
        assertThat(lines.get(1)).isEqualTo("2015,1936016,5431658,128226483");
        assertThat(lines.get(11)).isEqualTo("2025,1955678,5044825,124330690");
        assertPlainCsv(csv);
    }

    @Test
    void indexedTrendWritesTheIndexedValues() {
        List<String> lines = ChartCsv.trend(PopulationTrend.of(data, SAPPORO, List.of(JAPAN)).indexed(2015)).lines().toList();
        assertThat(lines.get(0)).isEqualTo("period,value,00000");
        assertThat(lines.get(1)).isEqualTo("2015,100,100");
        // 1955678 / 1936016 × 100 = 101.0155907…, rounded to 6 decimals
        assertThat(lines.get(11)).startsWith("2025,101.015591,");
    }

    @Test
    void trendWithoutComparisonsIsJustPeriodAndValue() {
        assertThat(ChartCsv.trend(PopulationTrend.of(data, SAPPORO, List.of())).lines().findFirst()).contains("period,value");
    }

    @Test
    void changeHasNaturalSocialAndTheirSum() {
        String csv = ChartCsv.change(PopulationChange.of(data, SAPPORO));
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 11);
        assertThat(lines.get(0)).isEqualTo("period,natural,social,total");
        assertThat(lines.get(1)).isEqualTo("2014,-3060,8580,5520");
        assertThat(lines.get(11)).isEqualTo("2024,-14712,13462,-1250");
        assertPlainCsv(csv);
    }

    private static void assertPlainCsv(String csv) {
        assertThat(csv).endsWith("\n").doesNotContain("\r").doesNotContain("#").doesNotContain("出典");
        assertThat(csv.lines().skip(1)).allSatisfy(l -> assertThat(l).matches("[0-9+\\-]+(,-?[0-9.]*)+"));
    }

    @Test
    void theDataViewTableIsWhatTheCsvWrites() {
        DataTable table = ChartCsv.changeTable(PopulationChange.of(data, SAPPORO));
        assertThat(table.header()).containsExactly("period", "natural", "social", "total");
        assertThat(table.rows().get(0)).containsExactly("2014", "-3060", "8580", "5520");
        assertThat(table.toCsv()).isEqualTo(ChartCsv.change(PopulationChange.of(data, SAPPORO)));
    }
}
