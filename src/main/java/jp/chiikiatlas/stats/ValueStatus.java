package jp.chiikiatlas.stats;

/** What a cell means, as the source file's own legend says. Only {@link #OK} carries a number. */
public enum ValueStatus {
    OK,
    /** 秘匿 ({@code X}). */
    SUPPRESSED,
    /** 調査していない ({@code ***}). */
    NOT_SURVEYED,
    /** 該当なし / 不詳 ({@code -}, {@code …}) as the file defines it. */
    NOT_AVAILABLE
}
