package jp.chiikiatlas.stats.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.Flow;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.store.SqliteStatisticsSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flows written through the SQLite sink come back from and to a region, with their credit line. */
class FlowQueryTest {
    @TempDir
    Path dir;

    @Test
    void flowsFromAndToARegion() throws Exception {
        try (AtlasCache cache = AtlasCache.open(dir.resolve("c.sqlite"))) {
            cache.inTransaction(connection -> {
                try (SqliteStatisticsSink sink = new SqliteStatisticsSink(connection)) {
                    sink.dataset(new Dataset("migration-od", "都道府県間移動者数", "Inter-prefecture migration", "総務省統計局",
                            "住民基本台帳人口移動報告", null, "2018", "CC BY 4.0", "出典：総務省統計局「住民基本台帳人口移動報告」",
                            "move-pref-all.csv", "0".repeat(64)));
                    sink.indicator(new Indicator("movers", "移動者数", "Movers", "人", List.of("sex")));
                    sink.flow(new Flow("migration-od", "movers", 2018, "14000", "13000", Map.of("sex", "total"), 80579));
                    sink.flow(new Flow("migration-od", "movers", 2018, "13000", "14000", Map.of("sex", "total"), 75209));
                    sink.flush();
                }
                return null;
            });
            try (StatisticsQuery query = new StatisticsQuery(cache.connection())) {
                FlowTable fromKanagawa = query.flows("movers", "14000", 2018, true);
                assertThat(fromKanagawa.flows()).singleElement().satisfies(f -> {
                    assertThat(f.destinationCode()).isEqualTo("13000");
                    assertThat(f.value()).isEqualTo(80579);
                });
                assertThat(fromKanagawa.credits()).containsExactly("出典：総務省統計局「住民基本台帳人口移動報告」");
                assertThat(query.flows("movers", "14000", 2018, false).flows()).singleElement()
                        .satisfies(f -> assertThat(f.value()).isEqualTo(75209));
                assertThat(query.indicators()).anySatisfy(i -> assertThat(i.id()).isEqualTo("movers"));
            }
        }
    }
}
