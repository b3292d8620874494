package jp.chiikiatlas.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DimensionsTest {
    @Test
    void totalsAreLeftOutAndKeysSorted() {
        assertThat(Dimensions.key(Map.of())).isEmpty();
        assertThat(Dimensions.key(Map.of("sex", "total", "age", "total"))).isEmpty();
        assertThat(Dimensions.key(Map.of("sex", "female", "age", "100+"))).isEqualTo("age=100+;sex=female");
        assertThat(Dimensions.key(Map.of("sex", "male", "age", "total"))).isEqualTo("sex=male");
        assertThat(Dimensions.parse("age=0-4;sex=male")).containsExactly(Map.entry("age", "0-4"), Map.entry("sex", "male"));
    }
}
