package jp.chiikiatlas.geo;

import static jp.chiikiatlas.geo.RegionModelBuilderTest.feature;
import static jp.chiikiatlas.geo.RegionModelBuilderTest.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.BoundaryStore;
import jp.chiikiatlas.cache.Progress;
import jp.chiikiatlas.geo.io.BoundaryFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundaryImporterTest {
    @TempDir
    Path dir;

    private static BoundaryFile fixture(String name) {
        return new BoundaryFile(Path.of(name), "00", List.of(
                feature(0, "北海道", "札幌市", "中央区", "01101", square(0, 0)),
                feature(1, "北海道", "札幌市", "北区", "01102", square(1, 0)),
                feature(2, "北海道", "石狩郡", "当別町", "01303", square(0, 1)),
                feature(3, "北海道", null, "所属未定地", null, square(1, 1))), List.of());
    }

    @Test
    void storesRegionsWithEveryLevelOfDetailAndTheCreditLine() throws Exception {
        try (AtlasCache cache = AtlasCache.open(dir.resolve("atlas.sqlite"))) {
            BoundaryImportReport report = new BoundaryImporter(cache).importBoundaryFile(fixture("N03-21_210101.shp"), Progress.NONE);
            BoundaryStore store = new BoundaryStore(cache);

            assertThat(report.levelsOfDetail()).isEqualTo(LevelOfDetail.values().length);
            assertThat(store.regions(RegionLevel.DESIGNATED_CITY)).extracting(Region::name).containsExactly("札幌市");
            assertThat(store.boundarySet()).get().satisfies(set -> {
                assertThat(set.editionDate()).isEqualTo("2021-01-01");
                assertThat(set.attribution()).contains("国土数値情報");
            });
            for (LevelOfDetail lod : LevelOfDetail.values()) {
                assertThat(store.geometries(lod, RegionLevel.PREFECTURE)).singleElement()
                        .satisfies(g -> assertThat(g.geometry().getArea()).isEqualTo(4.0)); // 3 parts + unassigned
                assertThat(store.geometries(lod, RegionLevel.DESIGNATED_CITY)).singleElement()
                        .satisfies(g -> assertThat(g.geometry().getArea()).isEqualTo(2.0));
                assertThat(store.unassignedAreas(lod)).singleElement()
                        .satisfies(g -> assertThat(g.label()).isEqualTo("北海道 所属未定地"));
            }
        }
    }

    @Test
    void aCancelledImportLeavesThePreviousCacheUnchanged() throws Exception {
        Path file = dir.resolve("atlas.sqlite");
        try (AtlasCache cache = AtlasCache.open(file)) {
            new BoundaryImporter(cache).importBoundaryFile(fixture("first.shp"), Progress.NONE);
        }
        byte[] before = Files.readAllBytes(file);
        Progress cancelWhileStoring = new Progress() {
            private boolean storing;

            @Override
            public void update(double fraction, String message) {
                storing = message.startsWith("キャッシュに保存");
            }

            @Override
            public boolean cancelled() {
                return storing;
            }
        };
        try (AtlasCache cache = AtlasCache.open(file)) {
            assertThatThrownBy(() -> new BoundaryImporter(cache).importBoundaryFile(fixture("second.shp"), cancelWhileStoring))
                    .isInstanceOf(CancellationException.class);
            assertThat(new BoundaryStore(cache).boundarySet()).get()
                    .satisfies(set -> assertThat(set.sourceFile()).isEqualTo("first.shp"));
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void editionDateComesFromMlitFileNames() {
        assertThat(BoundaryImporter.editionDate("N03-21_210101.shp")).isEqualTo("2021-01-01");
        assertThat(BoundaryImporter.editionDate("N03-20210101_GML.zip")).isEqualTo("2021-01-01");
        assertThat(BoundaryImporter.editionDate("tokyo.geojson")).isNull();
    }
}
