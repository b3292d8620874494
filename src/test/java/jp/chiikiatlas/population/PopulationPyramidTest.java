package jp.chiikiatlas.population;

import static jp.chiikiatlas.population.JukiFixtures.ATSUTA;
import static jp.chiikiatlas.population.JukiFixtures.SAPPORO;
import static jp.chiikiatlas.population.JukiFixtures.YUBARI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationPyramidTest {
    private final InMemoryPopulationData data = JukiFixtures.data();

    @Test
    void bandsSumToTheTableTotalWhenEveryAgeIsGiven() {
        PopulationPyramid p = PopulationPyramid.of(data, SAPPORO, 2022);
        assertThat(p.ages()).hasSize(21).startsWith("0-4", "5-9").endsWith("95-99", "100+");
        assertThat(p.main().maleBandSum()).isEqualTo(916289);
        assertThat(p.main().femaleBandSum()).isEqualTo(1044379);
        assertThat(p.main().ageNotGiven()).isZero();
        assertThat(p.notes()).isEmpty();
    }

    @Test
    void bandsSumToTheTotalMinusAgeNotGiven() {
        PopulationPyramid p = PopulationPyramid.of(data, YUBARI, 2022);
        assertThat(p.main().maleBandSum()).isEqualTo(3290 - 8);
        assertThat(p.main().femaleBandSum()).isEqualTo(3765 - 15);
        assertThat(p.main().maleBandSum() + p.main().maleAgeNotGiven()).isEqualTo(3290);
        assertThat(p.notes()).containsExactly("2022年: 年齢不詳 23人（男 8・女 15）— 表の総数と年齢階級の合計の差");
    }

    @Test
    void comparingA100PlusYearWithAn80PlusYearFoldsToTheCommonBandsAndSaysSo() {
        PopulationPyramid p = PopulationPyramid.of(data, SAPPORO, 2022, 2010);
        assertThat(p.ages()).hasSize(17).endsWith("75-79", "80+");
        assertThat(p.comparisonBands()).extracting(PyramidBand::age).isEqualTo(p.ages());
        // 80-84 … 100+ of 2022: men 30297+18528+7546+1604+153, women 47937+36268+20682+6517+1097
        assertThat(p.bands().get(16)).isEqualTo(new PyramidBand("80+", 58128, 112501));
        assertThat(p.comparisonBands().get(16)).isEqualTo(new PyramidBand("80+", 33589, 65112));
        assertThat(p.main().maleBandSum()).isEqualTo(916289); // folding keeps every person
        assertThat(p.notes()).containsExactly("2010年の表は80歳以上が最上位の階級のため、両年とも80歳以上を1つにまとめて比較しています");
    }

    @Test
    void aCodeMissingInTheComparisonYearIsReportedNotDrawnEmpty() {
        PopulationPyramid p = PopulationPyramid.of(data, ATSUTA, 2000, 2022);
        assertThat(p.comparison()).isEmpty();
        assertThat(p.bands()).hasSize(17);
        assertThat(p.notes()).containsExactly(
                "2022年の表に厚田村（01305）はありません（市町村合併などでこのコードがその年に存在しないため比較できません）");
    }

    @Test
    void aCodeMissingInTheMainYearIsAnError() {
        assertThatThrownBy(() -> PopulationPyramid.of(data, ATSUTA, 2022))
                .isInstanceOf(PopulationDataException.class).hasMessageContaining("厚田村 (01305) has no age table for 2022");
    }

    @Test
    void sharesArePercentOfPeopleOfKnownAgeAndSumTo100() {
        PopulationPyramid p = PopulationPyramid.of(data, YUBARI, 2022).withMeasure(PopulationPyramid.Measure.SHARES);
        List<PyramidBand> bands = p.bands();
        double sum = bands.stream().mapToDouble(b -> b.male() + b.female()).sum();
        assertThat(sum).isCloseTo(100, within(1e-9));
        assertThat(bands.get(0).male()).isCloseTo(100.0 * 58 / (7055 - 23), within(1e-9));
    }

    @Test
    void theLatestAgeTableYearIsFoundPerRegion() {
        assertThat(AgeTable.latestPeriod(data, SAPPORO)).contains(2022);
        assertThat(AgeTable.latestPeriod(data, ATSUTA)).contains(2000);
    }
}
