package jp.chiikiatlas.choropleth.source;

import java.util.List;

/**
 * Groups indicators into the picker's themes by their id (the ids follow the importers' naming:
 * {@code births}, {@code estat_A05203}, {@code ssdse_C2108} …). The SSDSE and e-Stat ids carry the
 * 社会・人口統計体系 field letter (A 人口・世帯, B 自然環境, C 経済基盤, …), which gives the theme.
 */
public final class IndicatorThemes {
    public static final String POPULATION = "人口";
    public static final String VITAL = "人口動態";
    public static final String AGE = "年齢構成";
    public static final String MIGRATION = "人口移動";
    public static final String INDUSTRY = "産業";
    public static final String ECONOMY = "経済";
    public static final String LAND = "自然環境・土地";
    public static final String LIFE = "教育・福祉・生活";
    public static final String OTHER = "その他";

    /** Themes in picker order. */
    public static final List<String> ORDER = List.of(POPULATION, VITAL, AGE, MIGRATION, INDUSTRY, ECONOMY, LAND, LIFE,
            OTHER);

    private IndicatorThemes() {
    }

    public static String of(String id, String name) {
        switch (id) {
            case "population", "households", "population_estimate", StatisticsChoroplethSource.DENSITY:
                return POPULATION;
            case "births", "deaths", "natural_change":
                return VITAL;
            case "moves_in", "moves_out", "social_change", "migrants":
                return MIGRATION;
            case StatisticsChoroplethSource.AGING_RATE, StatisticsChoroplethSource.WORKING_AGE_SHARE:
                return AGE;
            case "gdp_nominal_2011base", "gdp_nominal_2015base":
                return ECONOMY;
            default:
                break;
        }
        if (id.startsWith("pref_")) {
            return MIGRATION;
        }
        if (id.startsWith("establishments") || id.startsWith("employees") || id.startsWith("sales")
                || id.startsWith("value_added") || id.startsWith("io_")) {
            return INDUSTRY;
        }
        String code = id.startsWith("ssdse_") ? id.substring(6) : id.startsWith("estat_") ? id.substring(6) : "";
        if (code.isEmpty()) {
            return OTHER;
        }
        return switch (code.charAt(0)) {
            case 'A' -> fieldA(code, name);
            case 'B' -> LAND;
            case 'C' -> code.startsWith("C1") ? ECONOMY : INDUSTRY;
            case 'D' -> ECONOMY;
            default -> LIFE;
        };
    }

    /** Field A (人口・世帯) splits into the picker's population themes. */
    private static String fieldA(String code, String name) {
        if (name.contains("転入") || name.contains("転出") || name.contains("流入") || name.contains("流出")
                || name.contains("社会増減")) {
            return MIGRATION;
        }
        if (name.contains("出生") || name.contains("死亡") || name.contains("自然増減") || name.contains("婚姻")
                || name.contains("離婚")) {
            return VITAL;
        }
        if (name.contains("歳") || name.contains("年少") || name.contains("老年") || name.contains("従属")) {
            return AGE;
        }
        return POPULATION;
    }
}
