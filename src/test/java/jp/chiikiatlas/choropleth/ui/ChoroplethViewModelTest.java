package jp.chiikiatlas.choropleth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.concurrent.TimeUnit;
import jp.chiikiatlas.choropleth.Measure;
import jp.chiikiatlas.choropleth.Palette;
import jp.chiikiatlas.choropleth.source.StatisticsChoroplethSource;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionGeometry;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.testing.ImportedBoundaries;
import jp.chiikiatlas.testing.ImportedStatistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The panel's state without controls, on the real FY2024/FY2025 住基 tables. Results are applied
 * on the calling thread ({@code Runnable::run}) instead of the FX thread.
 */
class ChoroplethViewModelTest {
    private static final Region CHIYODA = new Region("13101", RegionLevel.MUNICIPALITY, "13000", "千代田区", "東京都千代田区");
    private ChoroplethViewModel vm;

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    private ChoroplethViewModel loaded(java.nio.file.Path cache) throws Exception {
        vm = new ChoroplethViewModel(cache, Runnable::run);
        vm.load().get(30, TimeUnit.SECONDS);
        settle();
        return vm;
    }

    private void settle() throws Exception {
        vm.idle().get(30, TimeUnit.SECONDS);
    }

    private Color chiyoda() {
        return vm.fillProperty().get().fillOf(new RegionGeometry(CHIYODA, "千代田区", null));
    }

    @Test
    void opensOnPopulationDensityOfTheLatestYearByMunicipality() throws Exception {
        loaded(ImportedStatistics.cacheFile());
        assertThat(vm.statisticsMissingProperty().get()).isFalse();
        assertThat(vm.indicatorProperty().get().id()).isEqualTo(StatisticsChoroplethSource.DENSITY);
        assertThat(vm.periodProperty().get()).isEqualTo(2025);
        assertThat(vm.legendTitleProperty().get()).isEqualTo("人口密度（2025）");
        assertThat(vm.mapProperty().get().classOf("13101")).contains(4);
        assertThat(vm.legendImageProperty().get().getWidth()).isGreaterThanOrEqualTo(ChoroplethViewModel.LEGEND_WIDTH);
        assertThat(vm.hoverDetail().apply(CHIYODA)).contains("人口密度（2025）").contains("人/km²").contains("位")
                .contains("出典：総務省");
    }

    @Test
    void aNewYearOrIndicatorRecoloursAndRetitles() throws Exception {
        loaded(ImportedStatistics.cacheFile());
        var densityFill = vm.fillProperty().get();
        vm.periodProperty().set(2024);
        settle();
        assertThat(vm.legendTitleProperty().get()).isEqualTo("人口密度（2024）");
        assertThat(vm.fillProperty().get()).isNotSameAs(densityFill);

        Color before = chiyoda();
        assertThat(vm.select("social_change")).isTrue();
        settle();
        assertThat(vm.legendTitleProperty().get()).startsWith("社会増減数（");
        assertThat(vm.paletteProperty().get().kind()).as("signed: diverging").isEqualTo(Palette.Kind.DIVERGING);
        assertThat(chiyoda()).isNotEqualTo(before);
    }

    @Test
    void styleChangesReclassifyWithoutLosingTheChoice() throws Exception {
        loaded(ImportedStatistics.cacheFile());
        vm.classesProperty().set(7);
        settle();
        assertThat(vm.mapProperty().get().legend().classes()).hasSize(7);
        vm.municipalProperty().set(false);
        settle();
        assertThat(vm.mapProperty().get().values().level()).isEqualTo("prefecture");
        assertThat(vm.mapProperty().get().legend().regionCount()).isEqualTo(47);
        vm.select("population");
        vm.measureProperty().set(Measure.CHANGE);
        vm.basePeriodProperty().set(2024);
        settle();
        assertThat(vm.mapProperty().get().values().signed()).isTrue();
        assertThat(vm.legendTitleProperty().get()).contains("2024→2025");
    }

    @Test
    void nextPeriodWrapsAround() throws Exception {
        loaded(ImportedStatistics.cacheFile());
        vm.select("births"); // events of 2023 and 2024
        assertThat(vm.periods()).containsExactly(2023, 2024);
        vm.periodProperty().set(2024);
        vm.nextPeriod();
        assertThat(vm.periodProperty().get()).isEqualTo(2023);
    }

    @Test
    void aCacheWithoutStatisticsSaysNoDataLoaded() throws Exception {
        loaded(ImportedBoundaries.cacheFile());
        assertThat(vm.statisticsMissingProperty().get()).isTrue();
        assertThat(vm.indicators()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("no data loaded");
        assertThat(vm.mapProperty().get()).isNull();
    }
}
