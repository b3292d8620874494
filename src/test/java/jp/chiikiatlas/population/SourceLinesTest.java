package jp.chiikiatlas.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLinesTest {
    @Test
    void tablesOfOnePublisherAreNamedOnceUnderOneSourceLine() {
        String a = "表A 2025年1月1日 出典：「住基」（総務省）";
        String b = "表A 2024年1月1日 出典：「住基」（総務省）";
        String c = "表B 2022-01-01 出典：「住基」（総務省）";
        assertThat(SourceLines.compact(List.of(a, b + " / " + a, c, "出典：「人口推計」（総務省統計局）")))
                .containsExactly("出典：「住基」（総務省）", "　表A 2024年1月1日・2025年1月1日", "　表B 2022-01-01",
                        "出典：「人口推計」（総務省統計局）");
    }
}
