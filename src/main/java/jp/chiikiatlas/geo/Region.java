package jp.chiikiatlas.geo;

/**
 * One region of the official region model, whatever file it came from.
 *
 * @param code       five digits without check digit ({@code 13101})
 * @param level      administrative level
 * @param parentCode the enclosing region: a ward's city, a city's prefecture, a prefecture's Japan
 * @param name       display name; a ward's name is its full name within the prefecture (札幌市中央区)
 * @param fullName   name with the prefecture (北海道札幌市中央区); Japan and prefectures: their name
 */
public record Region(String code, RegionLevel level, String parentCode, String name, String fullName) {

    public String code6() {
        return RegionCode.withCheckDigit(code);
    }

    public String prefectureCode() {
        return RegionCode.JAPAN.equals(code) ? null : RegionCode.prefectureOf(code);
    }
}
