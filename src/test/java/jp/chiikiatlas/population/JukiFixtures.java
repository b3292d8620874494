package jp.chiikiatlas.population;

import static jp.chiikiatlas.population.Indicators.HOUSEHOLDS;
import static jp.chiikiatlas.population.Indicators.NATURAL_CHANGE;
import static jp.chiikiatlas.population.Indicators.POPULATION;
import static jp.chiikiatlas.population.Indicators.SOCIAL_CHANGE;

import jp.chiikiatlas.geo.RegionLevel;

/**
 * Real published numbers copied by hand from the 住民基本台帳 tables in ../shared/data/population
 * (juki-dynamics FY2015–FY2025, juki-age 0004snen, 1004snen, 2204ssnen), for a few regions only.
 */
public final class JukiFixtures {
    public static final String JAPAN = "00000";
    public static final String HOKKAIDO = "01000";
    public static final String SAPPORO = "01100";
    public static final String SAPPORO_CHUO = "01101";
    public static final String YUBARI = "01209";
    /** 厚田村: merged into 札幌市 on 2005-10-01, so only in the 2000 (and 2005) age tables. */
    public static final String ATSUTA = "01305";
    public static final String YOKOHAMA = "14100";

    /** 札幌市 population on 1 January 2015 … 2025 (juki-dynamics FY2015 … FY2025). */
    public static final double[] SAPPORO_2015_2025 = {1936016, 1941832, 1947494, 1952348, 1955457, 1959313,
        1961575, 1960668, 1959512, 1956928, 1955678};
    /** 札幌市 自然増減数 and 社会増減数 in the files FY2015 … FY2025 (events of the previous calendar year). */
    public static final double[] SAPPORO_NATURAL = {-3060, -3005, -4408, -4866, -5965, -6901, -7845, -9835, -12215,
        -13323, -14712};
    public static final double[] SAPPORO_SOCIAL = {8580, 8821, 10070, 9720, 9074, 10757, 10107, 8928, 11059, 10739,
        13462};
    /** The tables' own 増減数 column for the same files, to check natural + social against. */
    public static final double[] SAPPORO_CHANGE_COLUMN = {5520, 5816, 5662, 4854, 3109, 3856, 2262, -907, -1156, -2584,
        -1250};
    /** The change data are keyed here by the calendar year of the events (file year − 1). */
    public static final int FIRST_CHANGE_YEAR = 2014;

    private JukiFixtures() {
    }

    public static InMemoryPopulationData data() {
        InMemoryPopulationData d = new InMemoryPopulationData()
                .region(JAPAN, "全国", RegionLevel.COUNTRY)
                .region(HOKKAIDO, "北海道", RegionLevel.PREFECTURE)
                .region(SAPPORO, "札幌市", RegionLevel.DESIGNATED_CITY)
                .region(SAPPORO_CHUO, "札幌市中央区", RegionLevel.WARD)
                .region(YUBARI, "夕張市", RegionLevel.MUNICIPALITY)
                .region(ATSUTA, "厚田村", RegionLevel.MUNICIPALITY)
                .region(YOKOHAMA, "横浜市", RegionLevel.DESIGNATED_CITY)
                .source(POPULATION, "住民基本台帳に基づく人口、人口動態及び世帯数", "総務省")
                .source(HOUSEHOLDS, "住民基本台帳に基づく人口、人口動態及び世帯数", "総務省")
                .source(NATURAL_CHANGE, "住民基本台帳に基づく人口、人口動態及び世帯数", "総務省")
                .source(SOCIAL_CHANGE, "住民基本台帳に基づく人口、人口動態及び世帯数", "総務省");
        d.series(POPULATION, SAPPORO, Dims.total(), 2015, SAPPORO_2015_2025);
        d.series(POPULATION, HOKKAIDO, Dims.total(), 2015, 5431658, 5401210, 5370807, 5339539, 5304413, 5267762,
                5228732, 5183687, 5139913, 5093983, 5044825);
        d.series(POPULATION, JAPAN, Dims.total(), 2015, 128226483, 128066211, 127907086, 127707259, 127443563,
                127138033, 126654244, 125927902, 125416877, 124885175, 124330690);
        // 2022 totals of other regions, for ranks (juki-age 2204ssnen, 1 January 2022)
        d.put(POPULATION, SAPPORO_CHUO, 2022, Dims.total(), 241244);
        d.put(POPULATION, YUBARI, 2022, Dims.total(), 7055);
        d.put(POPULATION, YOKOHAMA, 2022, Dims.total(), 3755793);
        d.put(HOUSEHOLDS, SAPPORO, 2025, Dims.NONE, 1113832);
        d.put(HOUSEHOLDS, SAPPORO, 2022, Dims.NONE, 1087058);
        d.series(NATURAL_CHANGE, SAPPORO, Dims.NONE, FIRST_CHANGE_YEAR, SAPPORO_NATURAL);
        d.series(SOCIAL_CHANGE, SAPPORO, Dims.NONE, FIRST_CHANGE_YEAR, SAPPORO_SOCIAL);
        // 2022 (1 January, top band 100+): 札幌市 bands add up to the total
        d.ageRow(SAPPORO, 2022, Sex.MALE, 916289, 32851, 37673, 39238, 40725, 47351, 48694, 51982, 59405, 65318,
                75549, 71235, 60077, 57772, 60596, 67479, 42216, 30297, 18528, 7546, 1604, 153);
        d.ageRow(SAPPORO, 2022, Sex.FEMALE, 1044379, 30927, 35792, 37943, 39578, 48395, 52887, 55259, 62649, 69309,
                81231, 77858, 67956, 64484, 68394, 82180, 57036, 47937, 36268, 20682, 6517, 1097);
        d.put(POPULATION, SAPPORO, 2010, Dims.total(), 1891494);
        // 2010 (31 March, top band 80+)
        d.ageRow(SAPPORO, 2010, Sex.MALE, 890794, 36561, 38043, 40877, 44173, 53410, 58749, 66552, 74994, 64939,
                60552, 57945, 67305, 68552, 52183, 39953, 32417, 33589);
        d.ageRow(SAPPORO, 2010, Sex.FEMALE, 1000700, 35053, 36836, 39647, 43338, 55731, 64299, 71023, 78928, 70892,
                66926, 63941, 74773, 77672, 61438, 50500, 44591, 65112);
        // 夕張市 2022: bands fall short of the totals by 8 men and 15 women (age not given)
        d.ageRow(YUBARI, 2022, Sex.MALE, 3290, 58, 60, 77, 65, 97, 85, 107, 112, 158, 205, 223, 227, 261, 338, 408,
                258, 261, 196, 65, 18, 3);
        d.ageRow(YUBARI, 2022, Sex.FEMALE, 3765, 46, 63, 89, 80, 50, 57, 76, 99, 134, 189, 194, 220, 238, 342, 452,
                393, 433, 343, 181, 61, 10);
        d.ageRow(YUBARI, 2010, Sex.MALE, 5237, 110, 103, 160, 184, 168, 167, 254, 237, 275, 270, 338, 476, 476, 422,
                555, 508, 534);
        d.ageRow(YUBARI, 2010, Sex.FEMALE, 5976, 109, 110, 154, 170, 121, 153, 165, 240, 229, 263, 314, 462, 539, 620,
                703, 628, 996);
        // 厚田村 2000 (31 March, 80+)
        d.ageRow(ATSUTA, 2000, Sex.MALE, 1497, 43, 63, 83, 91, 86, 109, 83, 95, 76, 120, 128, 90, 101, 108, 102, 54, 65);
        d.ageRow(ATSUTA, 2000, Sex.FEMALE, 1508, 44, 54, 82, 74, 72, 66, 61, 81, 89, 105, 107, 118, 98, 94, 103, 103,
                157);
        return d;
    }
}
