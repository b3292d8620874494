package jp.chiikiatlas.stats.importers.juki;

import java.util.List;
import jp.chiikiatlas.stats.Indicator;

/** The indicators the 住民基本台帳 tables give. */
final class JukiIndicators {
    static final Indicator POPULATION = new Indicator("population", "人口", "Population", "人", List.of("sex", "age"));
    static final Indicator HOUSEHOLDS = new Indicator("households", "世帯数", "Households", "世帯", List.of());
    static final Indicator BIRTHS = new Indicator("births", "出生者数", "Births", "人", List.of());
    static final Indicator DEATHS = new Indicator("deaths", "死亡者数", "Deaths", "人", List.of());
    static final Indicator MOVES_IN = new Indicator("moves_in", "転入者数（国内・国外計）", "Moves in (domestic and from abroad)", "人", List.of());
    static final Indicator MOVES_OUT = new Indicator("moves_out", "転出者数（国内・国外計）", "Moves out (domestic and abroad)", "人", List.of());
    static final Indicator NATURAL_CHANGE = new Indicator("natural_change", "自然増減数", "Natural change", "人", List.of());
    static final Indicator SOCIAL_CHANGE = new Indicator("social_change", "社会増減数", "Social change (incl. other entries/removals)", "人", List.of());

    private JukiIndicators() {
    }
}
