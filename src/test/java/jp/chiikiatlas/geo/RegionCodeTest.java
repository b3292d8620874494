package jp.chiikiatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionCodeTest {
    @Test
    void checkDigitsMatchPublishedSixDigitCodes() {
        assertThat(RegionCode.withCheckDigit("01100")).isEqualTo("011002"); // 札幌市
        assertThat(RegionCode.withCheckDigit("13101")).isEqualTo("131016"); // 千代田区
        assertThat(RegionCode.withCheckDigit("01000")).isEqualTo("010006"); // 北海道
        assertThat(RegionCode.withCheckDigit("01101")).isEqualTo("011011"); // 札幌市中央区
        assertThat(RegionCode.withCheckDigit("02300")).isEqualTo("023001"); // 東津軽郡 (county row)
        assertThat(RegionCode.withCheckDigit("13360")).isEqualTo("133604"); // 島しょ
    }

    @Test
    void sixDigitCodesAreAcceptedOnlyWithTheirCheckDigit() {
        assertThat(RegionCode.fromSixDigits("131016")).contains("13101");
        assertThat(RegionCode.fromSixDigits("131017")).isEmpty();
        assertThat(RegionCode.fromSixDigits("13101")).isEmpty();
        assertThat(RegionCode.fromSixDigits("-")).isEmpty();
    }

    @Test
    void prefectureOfAWard() {
        assertThat(RegionCode.prefectureOf("13101")).isEqualTo("13000");
        assertThat(RegionCode.ofPrefecture(1)).isEqualTo("01000");
        assertThat(RegionCode.isPrefecture("47000")).isTrue();
        assertThat(RegionCode.isPrefecture("00000")).isFalse();
    }
}
