package jp.chiikiatlas.choropleth.source;

import java.util.EnumSet;
import java.util.Set;
import jp.chiikiatlas.geo.RegionLevel;

/** The regions a choropleth colours: prefectures, or municipalities with designated cities whole or by ward. */
public enum MapLevel {
    PREFECTURE("prefecture", "都道府県", EnumSet.of(RegionLevel.PREFECTURE)),
    /** Designated cities as one region each (the boundaries' merged city outline). */
    MUNICIPALITY("municipality", "市区町村", EnumSet.of(RegionLevel.MUNICIPALITY, RegionLevel.DESIGNATED_CITY)),
    /** Designated cities split into their wards. */
    MUNICIPALITY_WARDS("ward", "市区町村（政令市は区別）", EnumSet.of(RegionLevel.MUNICIPALITY, RegionLevel.WARD));

    private final String id;
    private final String labelJa;
    private final Set<RegionLevel> regionLevels;

    MapLevel(String id, String labelJa, Set<RegionLevel> regionLevels) {
        this.id = id;
        this.labelJa = labelJa;
        this.regionLevels = regionLevels;
    }

    public String id() {
        return id;
    }

    public String labelJa() {
        return labelJa;
    }

    /** The cache levels whose regions are shown. */
    public Set<RegionLevel> regionLevels() {
        return EnumSet.copyOf(regionLevels);
    }

    public boolean municipal() {
        return this != PREFECTURE;
    }

    public static MapLevel of(boolean municipal, boolean wardsShown) {
        return !municipal ? PREFECTURE : wardsShown ? MUNICIPALITY_WARDS : MUNICIPALITY;
    }
}
