package jp.chiikiatlas.population;

import java.util.Map;

/** Dimension maps for queries, so the spelling of dimension values lives in one place. */
public final class Dims {
    /** The plain total of an indicator without dimensions (households, births, changes). */
    public static final Map<String, String> NONE = Map.of();
    public static final String AGE_TOTAL = "total";

    private Dims() {
    }

    /** Population of one sex and age band ({@code 0-4} … {@code 100+}, {@code 80+}, {@code total}). */
    public static Map<String, String> of(Sex sex, String age) {
        return Map.of("sex", sex.id(), "age", age);
    }

    /** Total population (both sexes, all ages). */
    public static Map<String, String> total() {
        return of(Sex.TOTAL, AGE_TOTAL);
    }
}
