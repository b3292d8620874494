package jp.chiikiatlas.choropleth.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Picker themes and source lines from indicator ids and credit lines (no data needed). */
class IndicatorThemesTest {
    @Test
    void themesFollowTheIdsAndTheSurveyFieldLetter() {
        assertThat(IndicatorThemes.of("population", "人口")).isEqualTo(IndicatorThemes.POPULATION);
        assertThat(IndicatorThemes.of("natural_change", "自然増減数")).isEqualTo(IndicatorThemes.VITAL);
        assertThat(IndicatorThemes.of("moves_out", "転出者数")).isEqualTo(IndicatorThemes.MIGRATION);
        assertThat(IndicatorThemes.of("pref_social_change", "社会増加数")).isEqualTo(IndicatorThemes.MIGRATION);
        assertThat(IndicatorThemes.of(StatisticsChoroplethSource.AGING_RATE, "高齢化率")).isEqualTo(IndicatorThemes.AGE);
        assertThat(IndicatorThemes.of("estat_A03503", "65歳以上人口割合")).isEqualTo(IndicatorThemes.AGE);
        assertThat(IndicatorThemes.of("estat_A05202", "粗出生率（人口千人当たり）")).isEqualTo(IndicatorThemes.VITAL);
        assertThat(IndicatorThemes.of("estat_A05308", "転入率")).isEqualTo(IndicatorThemes.MIGRATION);
        assertThat(IndicatorThemes.of("ssdse_C2108", "事業所数（民営）")).isEqualTo(IndicatorThemes.INDUSTRY);
        assertThat(IndicatorThemes.of("ssdse_C1121", "県内総生産額")).isEqualTo(IndicatorThemes.ECONOMY);
        assertThat(IndicatorThemes.of("gdp_nominal_2015base", "県内総生産")).isEqualTo(IndicatorThemes.ECONOMY);
        assertThat(IndicatorThemes.of("ssdse_B1101", "総面積")).isEqualTo(IndicatorThemes.LAND);
        assertThat(IndicatorThemes.of("ssdse_E2101", "小学校数")).isEqualTo(IndicatorThemes.LIFE);
        assertThat(IndicatorThemes.ORDER).contains(IndicatorThemes.of("anything_else", "?"));
    }

    @Test
    void creditLinesBecomeSourceLinesWithTheMappedPeriod() {
        var line = CreditLines.of("出典：「住民基本台帳に基づく人口、人口動態及び世帯数」（総務省）", 2025);
        assertThat(line.tableName()).isEqualTo("住民基本台帳に基づく人口、人口動態及び世帯数");
        assertThat(line.source()).isEqualTo("総務省");
        assertThat(line.text()).isEqualTo("出典：総務省「住民基本台帳に基づく人口、人口動態及び世帯数」（2025年）");
        assertThat(CreditLines.of("統計センター SSDSE", 2022).text()).contains("統計センター SSDSE");
    }
}
