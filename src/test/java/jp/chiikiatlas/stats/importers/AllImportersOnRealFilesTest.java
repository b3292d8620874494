package jp.chiikiatlas.stats.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.stats.CollectingSink;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.ValueStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every importer over its real file: the invariants every stored value must keep. */
class AllImportersOnRealFilesTest {
    static Stream<Arguments> importersAndFiles() {
        return Stream.of(
                Arguments.of(new MigrationOdImporter(), "migration-od/move-pref-all.csv"),
                Arguments.of(new PopulationEstimatePrefImporter(), "migration-od/population-pref.csv"),
                Arguments.of(new PrefectureMigration2025Importer(), "population/migration/FY2025-migration_prefecture.xlsx"),
                Arguments.of(new EconomicCensusPrefImporter(), "industry/ExplanatoryVariablesBase.csv"),
                Arguments.of(new SsdseEImporter(), "industry/SSDSE-E-2024.csv"),
                Arguments.of(new RegionalIoImporter(), "industry/IOTable.csv"),
                Arguments.of(new PrefectureGdpImporter(), "prefecture-gdp/total_gdp_1.xlsx"),
                Arguments.of(new PrefectureGdpImporter(), "prefecture-gdp/total_gdp_2.xlsx"),
                Arguments.of(new EStatCsvImporter(), "prefecture-indicators/FEH_00200502_240810184536.csv"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("importersAndFiles")
    void storedValuesKeepTheModelsRules(StatisticsImporter importer, String file) throws Exception {
        CollectingSink sink = new CollectingSink();
        ImportReport report = importer.importFile(RealData.file(file), sink);

        assertThat(sink.datasets).singleElement().satisfies(d -> {
            assertThat(d.sha256()).matches("[0-9a-f]{64}");
            assertThat(d.credit()).isNotBlank();
            assertThat(d.licence()).isNotBlank();
            assertThat(d.sourceFile()).isEqualTo(RealData.file(file).getFileName().toString());
        });
        assertThat(report.stored()).isPositive().isEqualTo(sink.observations.size() + sink.flows.size());
        assertThat(report.rowsRead()).isPositive();
        assertThat(sink.observations).allSatisfy(o -> {
            assertThat(RegionCode.isFiveDigits(o.regionCode())).as(o.toString()).isTrue();
            assertThat(o.value() == null).as(o.toString()).isEqualTo(o.status() != ValueStatus.OK);
            assertThat(o.period()).isBetween(1970, 2030);
        });
        assertThat(sink.flows).allSatisfy(f -> assertThat(RegionCode.isPrefecture(f.originCode())
                && RegionCode.isPrefecture(f.destinationCode())).isTrue());
    }

    @Test
    void idsAreTheOnesTheManifestUses() {
        List<String> ids = importersAndFiles().map(a -> ((StatisticsImporter) a.get()[0]).id()).distinct().toList();
        assertThat(ids).containsExactly("migration-od", "population-estimate-pref", "migration-prefecture-2025",
                "economic-census-pref", "ssdse-e", "regional-io", "prefecture-gdp", "estat-csv");
    }
}
