package jp.chiikiatlas.geo;

import java.util.List;
import java.util.Optional;

/** The 47 prefectures in JIS order (01 北海道 … 47 沖縄県), for files that name rather than code them. */
public final class Prefectures {
    public static final List<String> NAMES = List.of(
            "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
            "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県",
            "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
            "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県",
            "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
            "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

    private Prefectures() {
    }

    /** The five-digit code of a prefecture name; also accepts the name without 都/府/県 (東京, 大阪). */
    public static Optional<String> codeOf(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().replace('　', ' ').replace(" ", "");
        for (int i = 0; i < NAMES.size(); i++) {
            String full = NAMES.get(i);
            if (full.equals(n) || (!full.equals("北海道") && full.substring(0, full.length() - 1).equals(n))) {
                return Optional.of(RegionCode.ofPrefecture(i + 1));
            }
        }
        return Optional.empty();
    }

    /** The name of a prefecture by its five-digit code ({@code 13000} → 東京都). */
    public static String nameOf(String code5) {
        return NAMES.get(Integer.parseInt(code5.substring(0, 2)) - 1);
    }
}
