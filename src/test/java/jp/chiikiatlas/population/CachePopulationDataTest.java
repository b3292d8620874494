package jp.chiikiatlas.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SortedMap;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.testing.ImportedPopulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyses over the real 住基 tables imported into a cache (skipped without ../shared/data). */
class CachePopulationDataTest {
    private static CachePopulationData data;

    @BeforeAll
    static void open() throws Exception {
        data = CachePopulationData.open(ImportedPopulation.cacheFile());
    }

    @AfterAll
    static void close() throws Exception {
        if (data != null) {
            data.close();
        }
    }

    @Test
    void pyramidBandsOfSapporoSumToTheTableTotalLessAgeNotGiven() {
        for (int year : new int[] {2000, 2015, 2022}) {
            AgeTable table = AgeTable.read(data, "01100", year).orElseThrow();
            double total = data.value(Indicators.POPULATION, "01100", year, Dims.total()).orElseThrow();
            assertThat(table.maleTotal() + table.femaleTotal()).as("%d", year).isEqualTo(total);
            assertThat(table.maleBandSum() + table.femaleBandSum()).as("%d", year)
                    .isEqualTo(total - table.ageNotGiven());
            assertThat(table.ageNotGiven()).as("%d", year).isGreaterThanOrEqualTo(0);
        }
        assertThat(AgeTable.read(data, "01100", 2000).orElseThrow().bands()).last()
                .extracting(PyramidBand::age).isEqualTo("80+");
        assertThat(PopulationPyramid.of(data, "01100", 2022).ages()).last().isEqualTo("100+");
    }

    @Test
    void trendValuesAreTheImportedObservations() {
        PopulationTrend trend = PopulationTrend.of(data, "01100", PopulationTrend.defaultComparisons(data, "01100"));
        assertThat(trend.lines()).extracting(TrendLine::regionCode).containsExactly("01100", "01000", "00000");
        SortedMap<Integer, Double> sapporo = trend.lines().get(0).values();
        assertThat(sapporo.keySet()).containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
        assertThat(sapporo.get(2025)).isEqualTo(1_955_678.0);
        assertThat(sapporo.get(2024)).isEqualTo(1_956_928.0);
        assertThat(trend.lines().get(0).regionName()).isEqualTo("札幌市");
        assertThat(trend.lines().get(1).regionName()).isEqualTo("北海道");
        assertThat(trend.credit()).contains("2015–2025年").contains("出典：「住民基本台帳に基づく人口、人口動態及び世帯数」（総務省）");
    }

    /** The tables' 増減数 is the change of the 1 January stock; natural + social must make it up exactly. */
    @Test
    void naturalPlusSocialChangeIsTheTablesOwnChange() {
        for (String code : new String[] {"01100", "01000", "00000", "13101"}) {
            PopulationChange change = PopulationChange.of(data, code);
            assertThat(change.years()).extracting(ChangeYear::period).contains(2014, 2024);
            for (ChangeYear y : change.years()) {
                if (y.period() > 2014) { // the stock of 1 January 2014 is in no imported table
                    double before = data.value(Indicators.POPULATION, code, y.period(), Dims.total()).orElseThrow();
                    double after = data.value(Indicators.POPULATION, code, y.period() + 1, Dims.total()).orElseThrow();
                    assertThat(y.total()).as("%s %d", code, y.period()).isCloseTo(after - before, within(0.5));
                }
                double births = data.value("births", code, y.period(), Dims.NONE).orElseThrow();
                double deaths = data.value("deaths", code, y.period(), Dims.NONE).orElseThrow();
                assertThat(y.natural()).as("%s %d", code, y.period()).isEqualTo(births - deaths);
            }
        }
        // 社会増減 includes その他 entries and removals: not just moves in − moves out
        ChangeYear sapporo2024 = PopulationChange.of(data, "01100").years().stream()
                .filter(y -> y.period() == 2024).findFirst().orElseThrow();
        assertThat(sapporo2024.social()).isEqualTo(13_462.0);
        assertThat(data.value("moves_in", "01100", 2024, Dims.NONE).orElseThrow()
                - data.value("moves_out", "01100", 2024, Dims.NONE).orElseThrow()).isNotEqualTo(13_462.0);
    }

    @Test
    void keyFiguresOfSapporoWithSourceLinesAndRanks() {
        KeyFigures figures = KeyFigures.of(data, "01100");
        assertThat(figures.population().value()).isEqualTo(1_955_678.0);
        assertThat(figures.population().credit())
                .isEqualTo("住民基本台帳に基づく人口、人口動態及び世帯数（市区町村別）2025年1月1日 出典：「住民基本台帳に基づく人口、人口動態及び世帯数」（総務省）");
        assertThat(figures.oneYear().orElseThrow().absolute()).isEqualTo(-1250.0);
        assertThat(figures.rankInPrefecture().orElseThrow().rank()).isEqualTo(1);
        // 北海道's 179 municipalities; the 6 北方領土 villages of the code list have population 0
        assertThat(figures.rankInPrefecture().orElseThrow()).extracting(Rank::of, Rank::leftOutEmpty).containsExactly(179, 6);
        assertThat(figures.rankInJapan().orElseThrow().rank()).isEqualTo(4); // after 横浜, 大阪, 名古屋 among municipalities
        assertThat(figures.agingRate().orElseThrow().period()).isEqualTo(2022);
        assertThat(figures.households()).isPresent();
    }

    @Test
    void namesLevelsAndEventCredits() {
        assertThat(data.regionName("00000")).contains("日本");
        assertThat(data.regionName("01101")).contains("札幌市中央区");
        assertThat(data.level("01100")).contains(RegionLevel.DESIGNATED_CITY);
        assertThat(data.parentPrefecture("01100")).isEqualTo("01000");
        assertThat(data.credit(Indicators.NATURAL_CHANGE, 2024)).contains("2025年1月1日（2024年の人口動態）");
    }
}
