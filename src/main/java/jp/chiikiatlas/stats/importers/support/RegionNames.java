package jp.chiikiatlas.stats.importers.support;

import java.util.Map;
import java.util.Optional;
import jp.chiikiatlas.geo.Prefectures;
import jp.chiikiatlas.geo.RegionCode;

/** Region names as tables print them → five-digit codes: 全国, the 47 prefectures, the 20 designated cities. */
public final class RegionNames {
    /** 政令指定都市 (as of 2021, the boundaries' edition) by name. */
    private static final Map<String, String> DESIGNATED_CITIES = Map.ofEntries(
            Map.entry("札幌市", "01100"), Map.entry("仙台市", "04100"), Map.entry("さいたま市", "11100"),
            Map.entry("千葉市", "12100"), Map.entry("横浜市", "14100"), Map.entry("川崎市", "14130"),
            Map.entry("相模原市", "14150"), Map.entry("新潟市", "15100"), Map.entry("静岡市", "22100"),
            Map.entry("浜松市", "22130"), Map.entry("名古屋市", "23100"), Map.entry("京都市", "26100"),
            Map.entry("大阪市", "27100"), Map.entry("堺市", "27140"), Map.entry("神戸市", "28100"),
            Map.entry("岡山市", "33100"), Map.entry("広島市", "34100"), Map.entry("北九州市", "40100"),
            Map.entry("福岡市", "40130"), Map.entry("熊本市", "43100"));

    private RegionNames() {
    }

    private static String clean(String name) {
        return name == null ? "" : name.replace('\u3000', ' ').replace(" ", "").strip();
    }

    public static boolean isJapan(String name) {
        return clean(name).equals("全国");
    }

    /** 全国 → 00000, or a prefecture name → its code. */
    public static Optional<String> japanOrPrefecture(String name) {
        if (isJapan(name)) {
            return Optional.of(RegionCode.JAPAN);
        }
        return Prefectures.codeOf(clean(name));
    }

    public static Optional<String> designatedCity(String name) {
        return Optional.ofNullable(DESIGNATED_CITIES.get(clean(name)));
    }
}
