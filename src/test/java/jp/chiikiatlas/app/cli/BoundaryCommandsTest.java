package jp.chiikiatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.BoundaryStore;
import jp.chiikiatlas.geo.LevelOfDetail;
import jp.chiikiatlas.geo.RegionGeometry;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.testing.CliRun;
import jp.chiikiatlas.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-boundaries} and {@code regions} on the national N03 shapefile (2021-01-01). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundaryCommandsTest {
    @TempDir
    static Path dir;
    Path cache;
    CliRun imported;

    @BeforeAll
    void importNationalShapefile() {
        SharedData.require(SharedData.NATIONAL_SHAPEFILE);
        cache = dir.resolve("atlas.sqlite");
        imported = CliRun.of("import-boundaries", SharedData.NATIONAL_SHAPEFILE.toString(), "--cache", cache.toString());
    }

    @Test
    void reportCountsEveryFeature() {
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("features read:      1906", "features stored:    1906 (4 as unassigned areas)",
                "features rejected:  0", "47 prefectures, 1727 municipalities, 20 designated cities, 175 wards");
        assertThat(imported.out().lines().filter(l -> l.contains("unassigned area:"))).hasSize(4);
    }

    @Test
    void regionsCsvListsTheOfficialCounts() {
        CliRun municipalities = CliRun.of("regions", "--level", "municipality", "--format", "csv", "--cache", cache.toString());
        List<String> lines = municipalities.outLines();
        assertThat(lines.get(0)).isEqualTo("code,name,level,parent_code");
        assertThat(lines).hasSize(1 + 1747);
        assertThat(lines).contains("13101,千代田区,municipality,13000", "01100,札幌市,designated_city,01000",
                "42204,諫早市,municipality,42000", "04203,塩竈市,municipality,04000", "13307,檜原村,municipality,13000");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).matches("\\d{5},[^,]+,(municipality|designated_city),\\d{5}"));

        List<String> wards = CliRun.of("regions", "--level", "ward", "--format", "csv", "--cache", cache.toString()).outLines();
        assertThat(wards).hasSize(1 + 175).contains("01101,札幌市中央区,ward,01100");

        List<String> prefectures = CliRun.of("regions", "--level", "prefecture", "--format", "csv", "--cache", cache.toString()).outLines();
        assertThat(prefectures).hasSize(1 + 47).contains("01000,北海道,prefecture,00000", "47000,沖縄県,prefecture,00000");

        List<String> all = CliRun.of("regions", "--format", "csv", "--cache", cache.toString()).outLines();
        assertThat(all).hasSize(1 + 1 + 47 + 1747 + 175).contains("00000,日本,country,");
    }

    @Test
    void sapporoIsTheUnionOfItsTenWardsAtEveryLevelOfDetail() throws Exception {
        try (AtlasCache atlas = AtlasCache.open(cache)) {
            BoundaryStore store = new BoundaryStore(atlas);
            for (LevelOfDetail lod : LevelOfDetail.values()) {
                Map<String, RegionGeometry> cities = byCode(store.geometries(lod, RegionLevel.DESIGNATED_CITY));
                List<RegionGeometry> wards = store.geometries(lod, RegionLevel.WARD).stream()
                        .filter(w -> w.region().parentCode().equals("01100")).toList();
                assertThat(wards).hasSize(10);
                double wardArea = wards.stream().mapToDouble(w -> w.geometry().getArea()).sum();
                assertThat(cities.get("01100").geometry().getArea()).isCloseTo(wardArea, org.assertj.core.data.Percentage.withPercentage(1e-6));
            }
        }
    }

    @Test
    void chiyodaLiesInTokyoAndEveryPrefectureCoversItsMunicipalities() throws Exception {
        try (AtlasCache atlas = AtlasCache.open(cache)) {
            BoundaryStore store = new BoundaryStore(atlas);
            assertThat(store.region("13101")).get().satisfies(r -> {
                assertThat(r.parentCode()).isEqualTo("13000");
                assertThat(r.fullName()).isEqualTo("東京都千代田区");
            });
            Map<String, RegionGeometry> prefectures = byCode(store.geometries(LevelOfDetail.MEDIUM, RegionLevel.PREFECTURE));
            assertThat(prefectures).hasSize(47);
            RegionGeometry chiyoda = byCode(store.geometries(LevelOfDetail.MEDIUM, RegionLevel.MUNICIPALITY)).get("13101");
            assertThat(prefectures.get("13000").geometry().covers(chiyoda.geometry().getInteriorPoint())).isTrue();
        }
    }

    @Test
    void simplifiedLevelsKeepNeighboursFreeOfGapsAndOverlaps() throws Exception {
        try (AtlasCache atlas = AtlasCache.open(cache)) {
            BoundaryStore store = new BoundaryStore(atlas);
            for (LevelOfDetail lod : LevelOfDetail.values()) {
                List<RegionGeometry> parts = store.geometries(lod, RegionLevel.MUNICIPALITY, RegionLevel.WARD);
                parts = new java.util.ArrayList<>(parts);
                parts.addAll(store.unassignedAreas(lod));
                org.locationtech.jts.geom.Geometry[] coverage = parts.stream().map(RegionGeometry::geometry)
                        .toArray(org.locationtech.jts.geom.Geometry[]::new);
                assertThat(org.locationtech.jts.coverage.CoverageValidator.isValid(coverage))
                        .as("coverage valid at %s", lod).isTrue();
                double partsArea = parts.stream().mapToDouble(p -> p.geometry().getArea()).sum();
                double prefectureArea = store.geometries(lod, RegionLevel.PREFECTURE).stream()
                        .mapToDouble(p -> p.geometry().getArea()).sum();
                assertThat(prefectureArea).as("prefectures = dissolved parts at %s", lod)
                        .isCloseTo(partsArea, org.assertj.core.data.Percentage.withPercentage(1e-6));
            }
        }
    }

    @Test
    void badInputGivesOneClearMessageAndLeavesTheCacheByteForByteUnchanged() throws Exception {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Path shp = broken.resolve("N03-21_210101.shp");
        byte[] full = Files.readAllBytes(SharedData.NATIONAL_SHAPEFILE);
        Files.write(shp, java.util.Arrays.copyOf(full, full.length / 2));
        for (String ext : List.of("shx", "dbf", "prj", "cpg")) {
            Files.copy(SharedData.NATIONAL_SHAPEFILE.resolveSibling("N03-21_210101." + ext), broken.resolve("N03-21_210101." + ext));
        }
        byte[] before = Files.readAllBytes(cache);

        CliRun run = CliRun.of("import-boundaries", shp.toString(), "--cache", cache.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).startsWith("error: ").contains("N03-21_210101.shp").doesNotContain("Exception", "\tat ");
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(Files.readAllBytes(cache)).isEqualTo(before);
    }

    @Test
    void topoJsonAndZipGiveTheSameRegionsAsTheShapefile() throws Exception {
        Map<String, Double> fromShapefile = areas(cache);
        for (Path source : List.of(SharedData.require(SharedData.NATIONAL_TOPOJSON), SharedData.require(SharedData.NATIONAL_ZIP))) {
            Path other = dir.resolve(source.getFileName() + ".sqlite");
            CliRun run = CliRun.of("import-boundaries", source.toString(), "--cache", other.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            Map<String, Double> areas = areas(other);
            assertThat(areas.keySet()).isEqualTo(fromShapefile.keySet());
            areas.forEach((code, area) -> assertThat(area).as(code)
                    .isCloseTo(fromShapefile.get(code), org.assertj.core.data.Percentage.withPercentage(0.01)));
        }
    }

    @Test
    void tokyoGeoJsonImportsTheSameTokyoCodes() throws Exception {
        Path tokyo = dir.resolve("tokyo.sqlite");
        CliRun run = CliRun.of("import-boundaries", SharedData.require(SharedData.TOKYO_GEOJSON).toString(), "--cache", tokyo.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Double> national = areas(cache);
        List<String> nationalTokyo = national.keySet().stream().filter(c -> c.startsWith("13")).sorted().toList();
        assertThat(areas(tokyo).keySet().stream().sorted().toList()).isEqualTo(nationalTokyo);
    }

    private static Map<String, Double> areas(Path cacheFile) throws Exception {
        try (AtlasCache atlas = AtlasCache.open(cacheFile)) {
            return new BoundaryStore(atlas).geometries(LevelOfDetail.FULL).stream()
                    .collect(Collectors.toMap(g -> g.region().code(), g -> g.geometry().getArea()));
        }
    }

    private static Map<String, RegionGeometry> byCode(List<RegionGeometry> geometries) {
        return geometries.stream().collect(Collectors.toMap(g -> g.region().code(), Function.identity()));
    }
}
