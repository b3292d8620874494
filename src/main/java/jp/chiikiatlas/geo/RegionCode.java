package jp.chiikiatlas.geo;

import java.util.Optional;

/**
 * Japan's local-government codes (全国地方公共団体コード, JIS X 0402).
 *
 * <p>The application's canonical form is five digits without check digit: Japan {@code 00000},
 * prefectures {@code 13000}, municipalities and wards {@code 13101}. The six-digit form appends a
 * check digit computed from the first five.
 */
public final class RegionCode {
    public static final String JAPAN = "00000";
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    private RegionCode() {
    }

    /** The check digit of a five-digit code: (11 − Σ dᵢ·wᵢ mod 11) mod 10, weights 6,5,4,3,2. */
    public static int checkDigit(String code5) {
        requireFiveDigits(code5);
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (code5.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    /** The six-digit form with check digit ({@code 13101} → {@code 131016}). */
    public static String withCheckDigit(String code5) {
        return code5 + checkDigit(code5);
    }

    /**
     * The five-digit code of a six-digit one whose check digit is right; empty when it is not a
     * six-digit code or the check digit is wrong.
     */
    public static Optional<String> fromSixDigits(String code6) {
        if (code6 == null || code6.length() != 6 || !code6.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String code5 = code6.substring(0, 5);
        return checkDigit(code5) == code6.charAt(5) - '0' ? Optional.of(code5) : Optional.empty();
    }

    /** The prefecture code of a five-digit code ({@code 13101} → {@code 13000}). */
    public static String prefectureOf(String code5) {
        requireFiveDigits(code5);
        return code5.substring(0, 2) + "000";
    }

    /** The five-digit code of a prefecture number 1–47 ({@code 1} → {@code 01000}). */
    public static String ofPrefecture(int number) {
        if (number < 1 || number > 47) {
            throw new IllegalArgumentException("prefecture number must be 1..47: " + number);
        }
        return String.format("%02d000", number);
    }

    public static boolean isFiveDigits(String code) {
        return code != null && code.length() == 5 && code.chars().allMatch(Character::isDigit);
    }

    public static boolean isPrefecture(String code5) {
        return isFiveDigits(code5) && code5.endsWith("000") && !JAPAN.equals(code5);
    }

    private static void requireFiveDigits(String code5) {
        if (!isFiveDigits(code5)) {
            throw new IllegalArgumentException("not a five-digit region code: " + code5);
        }
    }
}
