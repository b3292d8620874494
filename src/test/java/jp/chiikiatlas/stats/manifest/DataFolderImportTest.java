package jp.chiikiatlas.stats.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.chiikiatlas.testing.CliRun;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.stats.importers.juki.JukiFixtures;
import jp.chiikiatlas.stats.query.StatisticsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --data}: one transaction per file; a broken file is rolled back, the others import. */
class DataFolderImportTest {
    @TempDir
    Path dir;

    @Test
    void aBrokenDatasetIsRolledBackAndTheOthersStillImport() throws Exception {
        Path data = dir.resolve("data");
        Path dynamics = data.resolve("population/juki-dynamics");
        Path cacheFile = dir.resolve("atlas.sqlite");
        JukiFixtures.writeDynamics(dynamics.resolve("FY2025-population_dynamics_municipal.xlsx"), 2025,
                JukiFixtures.standardRows());
        CliRun first = CliRun.of("import", "--data", data.toString(), "--cache", cacheFile.toString());
        assertThat(first.exitCode()).as(first.out()).isZero();

        // The 2025 file comes again, broken in its last row (after earlier rows were written);
        // a 2024 file and a file the manifest does not know come along.
        List<JukiFixtures.DataRow> broken = JukiFixtures.standardRows();
        broken.get(broken.size() - 1).values()[3] = "n/a";
        broken.get(2).values()[2] = 999_999; // 札幌市 would change if the broken file were kept
        JukiFixtures.writeDynamics(dynamics.resolve("FY2025-population_dynamics_municipal.xlsx"), 2025, broken);
        List<JukiFixtures.DataRow> rows2024 = JukiFixtures.standardRows();
        rows2024.get(2).values()[2] = 1990;
        JukiFixtures.writeDynamics(dynamics.resolve("FY2024-population_dynamics_municipal.xlsx"), 2024, rows2024);
        Files.writeString(data.resolve("notes.txt"), "not a dataset");

        CliRun second = CliRun.of("import", "--data", data.toString(), "--cache", cacheFile.toString());
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.out())
                .contains("FAILED population/juki-dynamics/FY2025-population_dynamics_municipal.xlsx")
                .contains("row 10, column G (世帯数)")
                .contains("rolled back")
                .contains("FY2024-population_dynamics_municipal.xlsx [juki-dynamics]: 6 rows read")
                .contains("skipped: notes.txt (not in the manifest)")
                .contains("imported 1 file(s), 1 failed");

        try (AtlasCache cache = AtlasCache.open(cacheFile); StatisticsQuery query = new StatisticsQuery(cache.connection())) {
            assertThat(query.value("population", "01100", 2025, Map.of()).value()).isEqualTo(2000.0);
            assertThat(query.value("population", "01100", 2024, Map.of()).value()).isEqualTo(1990.0);
        }
    }

    @Test
    void totalsThatDoNotAddUpAreReportedNotHidden() throws Exception {
        Path data = dir.resolve("data");
        List<JukiFixtures.DataRow> rows = JukiFixtures.standardRows();
        rows.get(3).values()[2] = 701; // 函館市: now 北海道's municipalities sum to 3001, its row says 3000
        JukiFixtures.writeDynamics(data.resolve("population/juki-dynamics/FY2025-population_dynamics_municipal.xlsx"),
                2025, rows);
        CliRun run = CliRun.of("import", "--data", data.toString(), "--cache", dir.resolve("c.sqlite").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("juki-dynamics-2025: 8 difference(s) in 8 totals checked") // fixture events do not add up either
                .contains("population 2025, 01000 北海道: table says 3,000, its 3 parts sum to 3,001 (difference -1)")
                .doesNotContain("全国:"); // Japan still equals its one prefecture
    }

    @Test
    void knownButNotImportedFilesAreListed() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("migration-od"));
        Files.writeString(data.resolve("migration-od/move-pref-all.csv"), "year,origin,destination,gender,migration\n");
        Files.createDirectories(data.resolve("finance/settlement-cards"));
        Files.writeString(data.resolve("finance/settlement-cards/FY2015-settlementcard.xlsx"), "");
        Files.writeString(data.resolve("README.md"), "# data");
        CliRun run = CliRun.of("import", "--data", data.toString(), "--cache", dir.resolve("c.sqlite").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("migration-od/move-pref-all.csv [migration-od]: 0 rows read")
                .contains("FY2015-settlementcard.xlsx (known, not imported")
                .doesNotContain("README.md");
    }

    @Test
    void boundariesGoThroughTheHookWithTheirTopoJsonObject() throws Exception {
        Path data = dir.resolve("data");
        Path topo = data.resolve("boundaries/n03-2021-01-01/N03-21_210101.topojson");
        Files.createDirectories(topo.getParent());
        Files.writeString(topo, "{}");
        Files.writeString(topo.resolveSibling("prefectures.topojson"), "{}");
        java.io.StringWriter log = new java.io.StringWriter();
        List<String> calls = new java.util.ArrayList<>();
        BoundaryImportHook hook = (cache, file, object) -> {
            calls.add(data.relativize(file) + " " + object);
            return "1906 features imported";
        };
        try (AtlasCache cache = AtlasCache.open(dir.resolve("c.sqlite"))) {
            DataFolderImport.Outcome outcome = new DataFolderImport(Manifest.builtIn(), new ImporterRegistry(), hook,
                    new java.io.PrintWriter(log)).run(data, cache);
            assertThat(outcome.anyFailed()).isFalse();
        }
        assertThat(calls).containsExactly("boundaries/n03-2021-01-01/N03-21_210101.topojson N03-21_210101");
        assertThat(log.toString())
                .contains("N03-21_210101.topojson [boundaries-n03]: 1906 features imported")
                .contains("prefectures.topojson (alternate");
    }

    @Test
    void theManifestNamesEveryDatasetOfTheSharedDataFolder() throws Exception {
        Manifest manifest = Manifest.builtIn();
        assertThat(manifest.importerIds()).contains("juki-dynamics", "juki-age", "migration-od",
                "population-estimate-pref", "migration-prefecture-2025", "economic-census-pref", "ssdse-e",
                "regional-io", "prefecture-gdp", "estat-csv", "boundaries-n03");
        assertThat(manifest.datasets()).allSatisfy(e -> {
            assertThat(e.credit()).isNotBlank();
            assertThat(e.publisher()).isNotBlank();
            assertThat(e.licence()).isNotBlank();
            assertThat(e.titleJa()).isNotBlank();
        });
        Path shared = Path.of("../shared/data");
        if (Files.isDirectory(shared)) {
            try (var files = Files.walk(shared)) {
                List<Path> unknown = files.filter(Files::isRegularFile).map(shared::relativize)
                        .filter(p -> !manifest.ignores(p) && manifest.entryFor(p).isEmpty()
                                && manifest.companionOf(p).isEmpty())
                        .toList();
                assertThat(unknown).as("files in ../shared/data the manifest does not know").isEmpty();
            }
        }
    }
}
