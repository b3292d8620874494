package jp.chiikiatlas.stats.importers.support;

import java.util.List;
import java.util.Optional;

/**
 * 日本標準産業分類 第13回改定 (JSIC Rev. 13, used by the 2014 経済センサス‐基礎調査): the 大分類
 * letter of each 2-digit 中分類 code. Ranges as published by 総務省: A 01–02 … S 97–98 (T 99 分類不能
 * has no letter group here).
 */
public final class Jsic {
    private record Range(String letter, int from, int to, String nameJa) {
    }

    private static final List<Range> MAJOR_GROUPS = List.of(
            new Range("A", 1, 2, "農業，林業"), new Range("B", 3, 4, "漁業"),
            new Range("C", 5, 5, "鉱業，採石業，砂利採取業"), new Range("D", 6, 8, "建設業"),
            new Range("E", 9, 32, "製造業"), new Range("F", 33, 36, "電気・ガス・熱供給・水道業"),
            new Range("G", 37, 41, "情報通信業"), new Range("H", 42, 49, "運輸業，郵便業"),
            new Range("I", 50, 61, "卸売業，小売業"), new Range("J", 62, 67, "金融業，保険業"),
            new Range("K", 68, 70, "不動産業，物品賃貸業"), new Range("L", 71, 74, "学術研究，専門・技術サービス業"),
            new Range("M", 75, 77, "宿泊業，飲食サービス業"), new Range("N", 78, 80, "生活関連サービス業，娯楽業"),
            new Range("O", 81, 82, "教育，学習支援業"), new Range("P", 83, 85, "医療，福祉"),
            new Range("Q", 86, 87, "複合サービス事業"), new Range("R", 88, 96, "サービス業（他に分類されないもの）"),
            new Range("S", 97, 98, "公務（他に分類されるものを除く）"));

    private Jsic() {
    }

    /** The 大分類 letter of a 中分類 code (9 → E), or empty (99 分類不能, unknown codes). */
    public static Optional<String> majorGroupOf(int middleCode) {
        return MAJOR_GROUPS.stream().filter(r -> middleCode >= r.from() && middleCode <= r.to())
                .map(Range::letter).findFirst();
    }

    public static List<String> letters() {
        return MAJOR_GROUPS.stream().map(Range::letter).toList();
    }

    /** "A 農業，林業, B 漁業, …" for dataset descriptions. */
    public static String legend() {
        StringBuilder b = new StringBuilder();
        for (Range r : MAJOR_GROUPS) {
            b.append(b.length() == 0 ? "" : ", ").append(r.letter()).append(' ').append(r.nameJa());
        }
        return b.toString();
    }
}
