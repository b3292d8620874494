package jp.chiikiatlas.population;

import static jp.chiikiatlas.population.JukiFixtures.SAPPORO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationChangeTest {
    private final InMemoryPopulationData data = JukiFixtures.data();

    @Test
    void naturalPlusSocialIsTheTotalAndMatchesTheTablesOwnChangeColumn() {
        PopulationChange c = PopulationChange.of(data, SAPPORO);
        List<ChangeYear> years = c.years();
        assertThat(years).hasSize(11);
        for (int i = 0; i < years.size(); i++) {
            ChangeYear y = years.get(i);
            assertThat(y.period()).isEqualTo(JukiFixtures.FIRST_CHANGE_YEAR + i);
            assertThat(y.total()).isEqualTo(y.natural() + y.social());
            assertThat(y.total()).as("増減数 %d", y.period()).isEqualTo(JukiFixtures.SAPPORO_CHANGE_COLUMN[i]);
        }
    }

    @Test
    void socialChangeIsTheTablesColumnNotMovesInMinusMovesOut() {
        // FY2015 file, 札幌市: 転入者数（計）124,625 − 転出者数（計）115,325 = 9,300, but 社会増減数 is 8,580 (その他 entries)
        ChangeYear first = PopulationChange.of(data, SAPPORO).years().get(0);
        assertThat(first.social()).isEqualTo(8580).isNotEqualTo(124625 - 115325);
    }

    @Test
    void rangeIncludesZeroAndEveryBar() {
        AxisRange r = PopulationChange.of(data, SAPPORO).valueRange();
        assertThat(r).isEqualTo(new AxisRange(-14712, 13462));
    }
}
