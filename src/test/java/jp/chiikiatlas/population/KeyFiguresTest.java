package jp.chiikiatlas.population;

import static jp.chiikiatlas.population.JukiFixtures.HOKKAIDO;
import static jp.chiikiatlas.population.JukiFixtures.SAPPORO;
import static jp.chiikiatlas.population.JukiFixtures.SAPPORO_CHUO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KeyFiguresTest {
    private final InMemoryPopulationData data = JukiFixtures.data();

    @Test
    void latestPopulationWithOneAndFiveYearChanges() {
        KeyFigures k = KeyFigures.of(data, SAPPORO);
        assertThat(k.regionName()).isEqualTo("札幌市");
        assertThat(k.population()).isEqualTo(new Figure(1955678, 2025, "「住民基本台帳に基づく人口、人口動態及び世帯数」2025年 出典：総務省"));
        assertThat(k.oneYear()).hasValueSatisfying(c -> {
            assertThat(c.absolute()).isEqualTo(1955678 - 1956928);
            assertThat(c.percent()).isCloseTo(-1250 * 100.0 / 1956928, within(1e-9));
            assertThat(c.credit()).isEqualTo("「住民基本台帳に基づく人口、人口動態及び世帯数」2024年 出典：総務省"
                    + " / 「住民基本台帳に基づく人口、人口動態及び世帯数」2025年 出典：総務省");
        });
        assertThat(k.fiveYears()).hasValueSatisfying(c -> assertThat(c.absolute()).isEqualTo(1955678 - 1959313));
        assertThat(k.households()).hasValueSatisfying(h -> assertThat(h.value()).isEqualTo(1113832));
    }

    @Test
    void agingRateAndWorkingAgeShareComeFromTheLatestAgeTable() {
        KeyFigures k = KeyFigures.of(data, SAPPORO, 2025);
        double known = 916289 + 1044379;
        // 65+ of 2022: 128990+149659+99252+78234+54796+28228+8121+1250 (both sexes, from the 計 row)
        assertThat(k.agingRate()).hasValueSatisfying(f -> {
            assertThat(f.period()).isEqualTo(2022);
            assertThat(f.value()).isCloseTo(100 * 548530 / known, within(1e-9));
        });
        assertThat(k.workingAgeShare()).hasValueSatisfying(f -> assertThat(f.value()).isCloseTo(
                100 * (80303 + 95746 + 101581 + 107241 + 122054 + 134627 + 156780 + 149093 + 128033 + 122256) / known,
                within(1e-9)));
    }

    @Test
    void ranksAmongMunicipalitiesWithinThePrefectureAndNationally() {
        KeyFigures k = KeyFigures.of(data, SAPPORO, 2022);
        // fixture peers: 札幌市, 夕張市 (北海道) and 横浜市; the ward and the prefecture are not peers
        assertThat(k.rankInPrefecture()).hasValueSatisfying(r -> assertThat(r.rank()).isEqualTo(1));
        assertThat(k.rankInPrefecture().get().of()).isEqualTo(2);
        assertThat(k.rankInJapan()).hasValueSatisfying(r -> {
            assertThat(r.rank()).isEqualTo(2);
            assertThat(r.of()).isEqualTo(3);
        });
        assertThat(KeyFigures.of(data, SAPPORO_CHUO, 2022).rankInPrefecture().get().of()).isEqualTo(1);
        assertThat(KeyFigures.of(data, HOKKAIDO, 2022).rankInPrefecture()).isEmpty();
    }

    @Test
    void theNorthernTerritoriesVillagesWithoutPeopleAreNotCountedAndTheRowSaysSo() {
        // 色丹村 … 蘂取村 (01695–01700) are in the code list with population 0
        for (int code = 1695; code <= 1700; code++) {
            String village = String.format("%05d", code);
            data.region(village, "北方領土の村 " + village, jp.chiikiatlas.geo.RegionLevel.MUNICIPALITY);
            data.put(Indicators.POPULATION, village, 2022, Dims.total(), 0);
        }
        KeyFigures k = KeyFigures.of(data, SAPPORO, 2022);
        assertThat(k.rankInPrefecture().orElseThrow()).extracting(Rank::rank, Rank::of, Rank::leftOutEmpty)
                .containsExactly(1, 2, 6);
        assertThat(k.rankInJapan().orElseThrow().of()).isEqualTo(3);
        assertThat(k.rows()).extracting(KeyFigureRow::label, KeyFigureRow::value).contains(
                org.assertj.core.groups.Tuple.tuple("人口順位（都道府県内・人口0の6地域を除く）", "1位 / 2"));
        assertThat(KeyFigures.of(data, "01695", 2022).rankInPrefecture()).as("no people, no rank").isEmpty();
    }

    @Test
    void rowsForTheCardInDisplayOrder() {
        assertThat(KeyFigures.of(data, SAPPORO, 2025).rows()).extracting(KeyFigureRow::label, KeyFigureRow::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("人口（2025年1月1日）", "1,955,678人"),
                        org.assertj.core.groups.Tuple.tuple("1年間の増減（2024→2025年）", "-1,250人（-0.06%）"),
                        org.assertj.core.groups.Tuple.tuple("5年間の増減（2020→2025年）", "-3,635人（-0.19%）"),
                        org.assertj.core.groups.Tuple.tuple("世帯数（2025年）", "1,113,832世帯"),
                        org.assertj.core.groups.Tuple.tuple("高齢化率（65歳以上, 2022年）", "28.0%"),
                        org.assertj.core.groups.Tuple.tuple("生産年齢人口割合（15–64歳, 2022年）", "61.1%"),
                        // the fixture has no other municipality in 2025
                        org.assertj.core.groups.Tuple.tuple("人口順位（都道府県内）", "1位 / 1"),
                        org.assertj.core.groups.Tuple.tuple("人口順位（全国）", "1位 / 1"));
        assertThat(KeyFigures.of(data, SAPPORO, 2025).rows()).allSatisfy(r -> assertThat(r.credit()).contains("出典：総務省"));
    }

    @Test
    void missingFiguresAreLeftOutAndUnknownAgesLeaveTheDenominator() {
        KeyFigures k = KeyFigures.of(data, JukiFixtures.YUBARI, 2022);
        assertThat(k.oneYear()).isEmpty();
        assertThat(k.households()).isEmpty();
        // 65+ of 夕張市 2022 over the 7,032 people of known age (7,055 minus 23 age not given)
        double over65 = 680 + 860 + 651 + 694 + 539 + 246 + 79 + 13;
        assertThat(k.agingRate().get().value()).isCloseTo(100 * over65 / 7032, within(1e-9));
        assertThat(k.rows()).extracting(KeyFigureRow::label).doesNotContain("世帯数（2022年）")
                .noneMatch(l -> l.contains("増減"));
    }
}
