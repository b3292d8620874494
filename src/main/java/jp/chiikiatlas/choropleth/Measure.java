package jp.chiikiatlas.choropleth;

/** What is mapped: the value itself or a figure derived from it. */
public enum Measure {
    RAW("raw", false),
    /** Per 1,000 people. */
    PER_CAPITA("per_capita", false),
    PER_KM2("per_km2", false),
    /** Percentage of a total (65+ of all residents, a region's share of the national total). */
    SHARE("share", false),
    /** Absolute change since a base period. */
    CHANGE("change", true),
    /** Percentage change since a base period. */
    CHANGE_PERCENT("change_percent", true);

    private final String id;
    private final boolean signed;

    Measure(String id, boolean signed) {
        this.id = id;
        this.signed = signed;
    }

    /** The id used on the command line ({@code per_capita}). */
    public String id() {
        return id;
    }

    /** True when the measure is a difference and so drawn on a diverging scale centred on 0. */
    public boolean signed() {
        return signed;
    }

    /** The unit of the derived figure, from the unit of the value ({@code 人} → {@code 人/km²}). */
    public String derivedUnit(String unit) {
        return switch (this) {
            case RAW, CHANGE -> unit;
            case PER_CAPITA -> unit + "/千人";
            case PER_KM2 -> unit + "/km²";
            case SHARE, CHANGE_PERCENT -> "%";
        };
    }

    public static Measure fromId(String id) {
        for (Measure m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown measure: " + id);
    }
}
