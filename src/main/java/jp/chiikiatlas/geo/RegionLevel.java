package jp.chiikiatlas.geo;

import java.util.Locale;

/** Administrative level of a region, as written in the cache and on the command line. */
public enum RegionLevel {
    COUNTRY,
    PREFECTURE,
    /** Cities, towns, villages and Tokyo's 特別区. */
    MUNICIPALITY,
    /** 政令指定都市: the union of its wards. */
    DESIGNATED_CITY,
    /** A ward (行政区) of a designated city. */
    WARD;

    /** The lower-case id used in the cache and in CSV output ({@code designated_city}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RegionLevel fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
