package jp.chiikiatlas.choropleth.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Japanese names of the dimension values the importers store: JSIC 大分類 letters (A–S, 経済センサス
 * 基礎調査), the 17 industries of the 2012 活動調査 (1–17), the 12 sectors of the regional
 * input–output tables, sex, five-year age bands and migration scope. Unknown values show as {@code k=v}.
 */
public final class DimensionNames {
    /** 日本標準産業分類（第13回改定）大分類. */
    static final Map<String, String> JSIC_DIVISIONS = Map.ofEntries(
            Map.entry("A", "農業，林業"), Map.entry("B", "漁業"), Map.entry("C", "鉱業，採石業，砂利採取業"),
            Map.entry("D", "建設業"), Map.entry("E", "製造業"), Map.entry("F", "電気・ガス・熱供給・水道業"),
            Map.entry("G", "情報通信業"), Map.entry("H", "運輸業，郵便業"), Map.entry("I", "卸売業，小売業"),
            Map.entry("J", "金融業，保険業"), Map.entry("K", "不動産業，物品賃貸業"),
            Map.entry("L", "学術研究，専門・技術サービス業"), Map.entry("M", "宿泊業，飲食サービス業"),
            Map.entry("N", "生活関連サービス業，娯楽業"), Map.entry("O", "教育，学習支援業"), Map.entry("P", "医療，福祉"),
            Map.entry("Q", "複合サービス事業"), Map.entry("R", "サービス業（他に分類されないもの）"), Map.entry("S", "公務"));
    /** The 17 industries of ExplanatoryVariablesBase.csv (shared/data README). */
    static final List<String> MAJOR_17 = List.of("農林漁業", "鉱業", "建設業", "製造業", "電気・ガス・熱供給・水道業",
            "情報通信業", "運輸業・郵便業", "卸売業・小売業", "金融業・保険業", "不動産業・物品賃貸業",
            "学術研究・専門・技術サービス業", "宿泊業・飲食サービス業", "生活関連サービス業・娯楽業", "教育・学習支援業",
            "医療・福祉", "複合サービス事業", "サービス業（他に分類されないもの）");
    /** The 12 sectors of IOTable.csv. */
    static final List<String> IO_SECTORS = List.of("農林水産業", "鉱業", "製造業", "建設", "電力・ガス・水道", "商業",
            "金融・保険・不動産", "運輸・郵便", "情報通信", "公務", "サービス", "その他");

    private DimensionNames() {
    }

    /** e.g. 製造業, 女性・65〜69歳; keys in a fixed order (sex before age) whatever the map's order. */
    public static String label(Map<String, String> dims) {
        List<String> parts = new ArrayList<>();
        Map<String, String> sorted = new TreeMap<>(
                Comparator.comparing((String k) -> !k.equals("sex")).thenComparing(Comparator.naturalOrder()));
        sorted.putAll(dims);
        sorted.forEach((k, v) -> parts.add(value(k, v)));
        return String.join("・", parts);
    }

    static String value(String key, String value) {
        String name = switch (key) {
            case "industry" -> industry(value);
            case "sector" -> numbered(IO_SECTORS, value);
            case "from_sector" -> prefixed("投入元：", numbered(IO_SECTORS, value));
            case "to_sector" -> prefixed("投入先：", numbered(IO_SECTORS, value));
            case "sex" -> switch (value) {
                case "male" -> "男性";
                case "female" -> "女性";
                default -> null;
            };
            case "age" -> age(value);
            case "scope" -> switch (value) {
                case "domestic" -> "国内";
                case "abroad" -> "国外";
                default -> null;
            };
            default -> null;
        };
        return name == null ? key + "=" + value : name;
    }

    /** A JSIC letter (A–S) or one of the 17 numbered industries. */
    private static String industry(String value) {
        String jsic = JSIC_DIVISIONS.get(value);
        return jsic != null ? value + " " + jsic : numbered(MAJOR_17, value);
    }

    private static String numbered(List<String> names, String value) {
        try {
            int i = Integer.parseInt(value);
            return i >= 1 && i <= names.size() ? names.get(i - 1) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String prefixed(String prefix, String name) {
        return name == null ? null : prefix + name;
    }

    /** 0-4 → 0〜4歳, 100+ → 100歳以上. */
    private static String age(String value) {
        if (value.endsWith("+")) {
            return value.substring(0, value.length() - 1) + "歳以上";
        }
        int dash = value.indexOf('-');
        return dash > 0 ? value.substring(0, dash) + "〜" + value.substring(dash + 1) + "歳" : null;
    }
}
