package jp.chiikiatlas.map;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jp.chiikiatlas.geo.Prefectures;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.geo.RegionLevel;

/**
 * Finds regions by name (「札幌」, 「千代田」, 「北海道札幌市」) or code (「13101」, 「131016」, 「131」).
 * Exact names first, then names starting with the query, then names containing it; bigger
 * regions before smaller ones so 札幌市 comes before its wards.
 */
public final class RegionSearch {
    private final List<Region> regions;

    public RegionSearch(Collection<Region> regions) {
        this.regions = regions.stream().filter(r -> r.level() != RegionLevel.COUNTRY).toList();
    }

    public List<Region> find(String query, int limit) {
        String q = query == null ? "" : query.strip().replace('　', ' ').toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        boolean digits = q.chars().allMatch(Character::isDigit);
        return regions.stream()
                .filter(r -> rank(r, q, digits) < Integer.MAX_VALUE)
                .sorted(Comparator.<Region>comparingInt(r -> rank(r, q, digits))
                        .thenComparingInt(r -> levelOrder(r.level()))
                        .thenComparing(Region::code))
                .limit(limit)
                .toList();
    }

    /** How the region is shown in suggestions and the hover label: 「札幌市（01100・北海道）」. */
    public static String describe(Region region) {
        if (region.level() == RegionLevel.PREFECTURE) {
            return region.name() + "（" + region.code() + "）";
        }
        return region.name() + "（" + region.code() + "・" + Prefectures.nameOf(region.code()) + "）";
    }

    private static int rank(Region r, String q, boolean digits) {
        if (digits) {
            if (r.code().equals(q) || r.code6().equals(q)) {
                return 0;
            }
            return r.code().startsWith(q) ? 1 : Integer.MAX_VALUE;
        }
        String name = r.name().toLowerCase(Locale.ROOT);
        if (name.equals(q) || RegionCode.isPrefecture(r.code()) && name.startsWith(q) && name.length() == q.length() + 1) {
            return 0;
        }
        if (name.startsWith(q)) {
            return 1;
        }
        if (name.contains(q)) {
            return 2;
        }
        return r.fullName().toLowerCase(Locale.ROOT).contains(q) ? 3 : Integer.MAX_VALUE;
    }

    private static int levelOrder(RegionLevel level) {
        return switch (level) {
            case PREFECTURE -> 0;
            case DESIGNATED_CITY -> 1;
            case MUNICIPALITY -> 2;
            case WARD -> 3;
            case COUNTRY -> 4;
        };
    }
}
