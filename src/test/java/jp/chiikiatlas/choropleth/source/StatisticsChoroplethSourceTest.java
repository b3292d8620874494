package jp.chiikiatlas.choropleth.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.choropleth.Measure;
import jp.chiikiatlas.choropleth.NoData;
import jp.chiikiatlas.choropleth.RegionValues;
import jp.chiikiatlas.testing.ImportedStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The adapter on the real FY2024/FY2025 住基 tables. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsChoroplethSourceTest {
    Path cache;

    @BeforeAll
    void importData() throws Exception {
        cache = ImportedStatistics.cacheFile();
    }

    @Test
    void pickerListsStoredAndDerivedIndicatorsByTheme() throws Exception {
        try (AtlasCache atlas = AtlasCache.open(cache); var source = new StatisticsChoroplethSource(atlas)) {
            assertThat(source.hasStatistics()).isTrue();
            var byId = source.indicators().stream()
                    .collect(java.util.stream.Collectors.toMap(ChoroplethIndicator::id, i -> i));
            assertThat(byId.get("population").theme()).isEqualTo(IndicatorThemes.POPULATION);
            assertThat(byId.get("births").theme()).isEqualTo(IndicatorThemes.VITAL);
            assertThat(byId.get("social_change").theme()).isEqualTo(IndicatorThemes.MIGRATION);
            assertThat(byId.get("social_change").signed()).isTrue();
            assertThat(byId.get(StatisticsChoroplethSource.DENSITY).derived()).isTrue();
            assertThat(byId.get("population").periods()).contains(2024, 2025);
            assertThat(byId.get("population").levels()).contains(MapLevel.PREFECTURE, MapLevel.MUNICIPALITY);
        }
    }

    @Test
    void hamamatsuWardsOf2021HaveNoDataBecauseTheirCodesChanged() throws Exception {
        try (AtlasCache atlas = AtlasCache.open(cache); var source = new StatisticsChoroplethSource(atlas)) {
            RegionValues byWard = source.values(ChoroplethRequest.raw("population", 2025, MapLevel.MUNICIPALITY_WARDS));
            assertThat(byWard.noDataReason("22131")).contains(NoData.CODE_CHANGED);
            RegionValues whole = source.values(ChoroplethRequest.raw("population", 2025, MapLevel.MUNICIPALITY));
            assertThat(whole.value("22130")).isPresent();
            assertThat(whole.value("13101")).isPresent();
        }
    }

    @Test
    void changeAndRatesAreDerivedFromTheTables() throws Exception {
        try (AtlasCache atlas = AtlasCache.open(cache); var source = new StatisticsChoroplethSource(atlas)) {
            RegionValues change = source.values(new ChoroplethRequest("population", 2025, MapLevel.PREFECTURE,
                    Measure.CHANGE, 2024));
            assertThat(change.signed()).isTrue();
            assertThat(change.value("13000").getAsDouble()).isPositive(); // 東京都 grew
            assertThat(change.value("02000").getAsDouble()).isNegative(); // 青森県 shrank
            RegionValues births = source.values(new ChoroplethRequest("births", 2024, MapLevel.PREFECTURE,
                    Measure.PER_CAPITA, null));
            assertThat(births.unit()).isEqualTo("人/千人");
            assertThat(births.value("13000").getAsDouble()).isBetween(3.0, 12.0);
        }
    }
}
