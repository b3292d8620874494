package jp.chiikiatlas.stats.importers.juki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JukiRowTest {
    @Test
    void classifiesTotalsPrefecturesMunicipalitiesAndSubtotals() {
        assertThat(JukiRow.classify("-", "合計", "-").kind()).isEqualTo(JukiRow.Kind.JAPAN);
        assertThat(JukiRow.classify("", "合計", "").code5()).isEqualTo("00000");
        assertThat(JukiRow.classify("010006", "北海道*", "").kind()).isEqualTo(JukiRow.Kind.PREFECTURE);
        assertThat(JukiRow.classify("011002", "北海道", "札幌市").code5()).isEqualTo("01100");
        assertThat(JukiRow.classify("023001", "青森県", "東津軽郡").kind()).isEqualTo(JukiRow.Kind.AGGREGATE);
        assertThat(JukiRow.classify("133604", "東京都", "島しょ").kind()).isEqualTo(JukiRow.Kind.AGGREGATE);
        assertThat(JukiRow.classify("", "東京都　", "島しょ").kind()).isEqualTo(JukiRow.Kind.AGGREGATE); // 2000: no code
        assertThat(JukiRow.classify("473014", "沖縄県", "国頭郡国頭村").kind()).isEqualTo(JukiRow.Kind.MUNICIPALITY);
        assertThat(JukiRow.classify("221384", "静岡県", "浜松市中央区（再編後）").name()).isEqualTo("浜松市中央区");
        assertThat(JukiRow.classify("011003", "北海道", "札幌市").kind()).isEqualTo(JukiRow.Kind.REJECT);
        assertThat(JukiRow.classify("注1：増減率…", "", "").kind()).isEqualTo(JukiRow.Kind.FOOTNOTE);
    }

    @Test
    void eraDatesInTitles() {
        assertThat(JapaneseDates.mentions("令和7年1月1日住民基本台帳人口・世帯数、令和6年（1月1日から同年12月31日まで）"))
                .first().satisfies(m -> assertThat(m.date()).hasToString("2025-01-01"));
        assertThat(JapaneseDates.mentions("平成12年3月31日住民基本台帳年齢別人口")).first()
                .satisfies(m -> assertThat(m.date()).hasToString("2000-03-31"));
        assertThat(JapaneseDates.mentions("令和元年（平成31年1月1日から令和元年12月31日まで）")).first()
                .satisfies(m -> assertThat(m.date().getYear()).isEqualTo(2019));
    }
}
