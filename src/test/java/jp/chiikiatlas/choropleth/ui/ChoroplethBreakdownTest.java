package jp.chiikiatlas.choropleth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import jp.chiikiatlas.choropleth.source.Breakdown;
import jp.chiikiatlas.testing.ImportedIndustry;
import jp.chiikiatlas.testing.ImportedStatistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The panel's 内訳 chooser: indicators with dimensions are offered slice by slice. */
class ChoroplethBreakdownTest {
    private ChoroplethViewModel vm;

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    private void load(java.nio.file.Path cache) throws Exception {
        vm = new ChoroplethViewModel(cache, Runnable::run);
        vm.load().get(30, TimeUnit.SECONDS);
        settle();
    }

    private void settle() throws Exception {
        vm.idle().get(30, TimeUnit.SECONDS);
    }

    @Test
    void choosingAnIndustryMapsThatIndustry() throws Exception {
        load(ImportedIndustry.cacheFile());
        assertThat(vm.select("value_added")).isTrue();
        settle();
        assertThat(vm.breakdowns()).hasSize(17);
        assertThat(vm.breakdownProperty().get().label()).isEqualTo("農林漁業");
        assertThat(vm.legendTitleProperty().get()).contains("農林漁業").contains("2012");

        vm.municipalProperty().set(false); // the table has 42 prefectures but only 7 cities
        Breakdown manufacturing = vm.breakdowns().get(3);
        vm.breakdownProperty().set(manufacturing);
        settle();
        settle(); // the slice's years, then its map
        assertThat(vm.legendTitleProperty().get()).contains("製造業");
        assertThat(vm.mapProperty().get().values().level()).isEqualTo("prefecture");
        assertThat(vm.mapProperty().get().values().noData()).as("愛知県").doesNotContainKey("23000");
        assertThat(vm.mapProperty().get().hasData("23000")).as("愛知県").isTrue();
        assertThat(vm.mapProperty().get().hasData("17000")).as("石川県, absent from the table").isFalse();
    }

    @Test
    void aSliceNarrowsTheYearsToThoseItHas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // a copy of the 住基 cache in which 女性 lacks 2025, as age bands lack the 住基 years
        java.nio.file.Path cache = dir.resolve("atlas.sqlite");
        java.nio.file.Files.copy(ImportedStatistics.cacheFile(), cache);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cache); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM observation WHERE period = 2025 AND series_id IN"
                    + " (SELECT id FROM series WHERE indicator_id = 'population' AND dims = 'sex=female')");
        }
        load(cache);
        assertThat(vm.select("population")).isTrue();
        settle();
        assertThat(vm.periods()).containsExactly(2024, 2025);
        assertThat(vm.periodProperty().get()).isEqualTo(2025);

        vm.breakdownProperty().set(vm.breakdowns().stream().filter(b -> b.label().equals("女性")).findFirst().orElseThrow());
        settle();
        settle(); // the slice's years, then its map
        assertThat(vm.periods()).containsExactly(2024);
        assertThat(vm.periodProperty().get()).isEqualTo(2024);
        assertThat(vm.legendTitleProperty().get()).contains("女性").contains("2024");
    }

    @Test
    void populationOffersItsTotalFirstAndIndicatorsWithoutDimensionsNone() throws Exception {
        load(ImportedStatistics.cacheFile());
        assertThat(vm.breakdowns()).as("人口密度 is derived, without slices").isEmpty();
        assertThat(vm.select("population")).isTrue();
        settle();
        assertThat(vm.breakdowns().get(0)).isEqualTo(Breakdown.TOTAL);
        assertThat(vm.breakdowns()).extracting(Breakdown::label).containsExactly("総数", "女性", "男性");
    }
}
