package jp.chiikiatlas.population;

import static jp.chiikiatlas.population.JukiFixtures.HOKKAIDO;
import static jp.chiikiatlas.population.JukiFixtures.JAPAN;
import static jp.chiikiatlas.population.JukiFixtures.SAPPORO;
import static jp.chiikiatlas.population.JukiFixtures.YUBARI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationTrendTest {
    private final InMemoryPopulationData data = JukiFixtures.data();

    @Test
    void valuesEqualTheObservations() {
        PopulationTrend t = PopulationTrend.of(data, SAPPORO, List.of());
        assertThat(t.lines()).hasSize(1);
        assertThat(t.periods()).hasSize(11).startsWith(2015).endsWith(2025);
        assertThat(t.lines().get(0).values().get(2025)).isEqualTo(1955678);
        assertThat(t.lines().get(0).values().values()).containsExactly(
                java.util.Arrays.stream(JukiFixtures.SAPPORO_2015_2025).boxed().toArray(Double[]::new));
        // the 2010 age-table total lies outside the yearly 1 January range
        assertThat(t.lines().get(0).values()).doesNotContainKey(2010);
        assertThat(t.credit()).isEqualTo("「住民基本台帳に基づく人口、人口動態及び世帯数」2015–2025年 出典：総務省");
    }

    @Test
    void defaultComparisonsAreThePrefectureAndJapan() {
        assertThat(PopulationTrend.defaultComparisons(data, SAPPORO)).containsExactly(HOKKAIDO, JAPAN);
        assertThat(PopulationTrend.defaultComparisons(data, HOKKAIDO)).containsExactly(JAPAN);
        assertThat(PopulationTrend.defaultComparisons(data, JAPAN)).isEmpty();
    }

    @Test
    void indexToggleGives100AtTheBaseYearForEveryLine() {
        PopulationTrend t = PopulationTrend.of(data, SAPPORO, List.of(HOKKAIDO, JAPAN)).indexed(2015);
        assertThat(t.indexBase()).contains(2015);
        assertThat(t.lines()).extracting(TrendLine::regionCode).containsExactly(SAPPORO, HOKKAIDO, JAPAN);
        assertThat(t.lines()).allSatisfy(l -> assertThat(l.values().get(2015)).isEqualTo(100.0));
        assertThat(t.lines().get(0).values().get(2025)).isCloseTo(100.0 * 1955678 / 1936016, within(1e-9));
        assertThat(t.lines().get(1).values().get(2025)).isCloseTo(100.0 * 5044825 / 5431658, within(1e-9));
        assertThat(t.notes()).first().isEqualTo("2015年 = 100 とした指数");
    }

    @Test
    void aComparisonWithoutDataIsNotedNotDrawn() {
        PopulationTrend t = PopulationTrend.of(data, SAPPORO, List.of(YUBARI));
        assertThat(t.lines()).hasSize(2); // 夕張市 has 2022 only in the fixture
        PopulationTrend indexed = t.indexed(2015);
        assertThat(indexed.lines()).extracting(TrendLine::regionCode).containsExactly(SAPPORO);
        assertThat(indexed.notes()).contains("夕張市（01209）は2015年の値がないため指数にできません");
    }
}
