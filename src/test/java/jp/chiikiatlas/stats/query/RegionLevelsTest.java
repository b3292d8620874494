package jp.chiikiatlas.stats.query;

import static org.assertj.core.api.Assertions.assertThat;

import jp.chiikiatlas.geo.RegionLevel;
import org.junit.jupiter.api.Test;

class RegionLevelsTest {
    @Test
    void levelsFromTheCodePattern() {
        assertThat(RegionLevels.byPattern("00000")).isEqualTo(RegionLevel.COUNTRY);
        assertThat(RegionLevels.byPattern("13000")).isEqualTo(RegionLevel.PREFECTURE);
        assertThat(RegionLevels.byPattern("01100")).isEqualTo(RegionLevel.DESIGNATED_CITY);
        assertThat(RegionLevels.byPattern("01101")).isEqualTo(RegionLevel.WARD);
        assertThat(RegionLevels.byPattern("22138")).isEqualTo(RegionLevel.WARD); // 浜松市中央区 (2024)
        assertThat(RegionLevels.byPattern("14137")).isEqualTo(RegionLevel.WARD); // 川崎市麻生区
        assertThat(RegionLevels.byPattern("13101")).isEqualTo(RegionLevel.MUNICIPALITY); // 千代田区 (特別区)
        assertThat(RegionLevels.byPattern("01202")).isEqualTo(RegionLevel.MUNICIPALITY);
        assertThat(RegionLevels.cityOfWard("22131")).isEqualTo("22130");
        assertThat(RegionLevels.cityOfWard("27141")).isEqualTo("27140"); // 堺市堺区, not 大阪市
    }
}
