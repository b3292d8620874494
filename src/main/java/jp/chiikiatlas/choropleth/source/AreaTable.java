package jp.chiikiatlas.choropleth.source;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import jp.chiikiatlas.cache.BoundaryStore;
import jp.chiikiatlas.choropleth.RegionAreas;
import jp.chiikiatlas.geo.LevelOfDetail;
import jp.chiikiatlas.geo.RegionGeometry;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.stats.query.CrossSection;
import jp.chiikiatlas.stats.query.StatisticsQuery;

/**
 * Areas per map level, built once: the official 総面積 (SSDSE B1101, in ha) for prefectures, else the
 * geodesic area of the FULL-detail outline (never the simplified ones, which shrink small
 * municipalities more), marked approximate.
 */
final class AreaTable {
    static final String OFFICIAL_AREA = "ssdse_B1101";
    private static final double HECTARES_PER_KM2 = 100.0;

    private final StatisticsQuery query;
    private final BoundaryStore boundaries;
    private final Map<MapLevel, RegionAreas> byLevel = new EnumMap<>(MapLevel.class);

    AreaTable(StatisticsQuery query, BoundaryStore boundaries) {
        this.query = query;
        this.boundaries = boundaries;
    }

    RegionAreas areas(MapLevel level, int latestOfficialPeriod) throws SQLException {
        RegionAreas a = byLevel.get(level);
        if (a == null) {
            a = build(level, latestOfficialPeriod);
            byLevel.put(level, a);
        }
        return a;
    }

    private RegionAreas build(MapLevel level, int officialPeriod) throws SQLException {
        RegionAreas.Builder b = RegionAreas.builder();
        if (officialPeriod > 0) {
            CrossSection official = query.crossSection(OFFICIAL_AREA, officialPeriod, level.regionLevels(), Map.of());
            var source = CreditLines.of(official.credits().stream().findFirst().orElse(null), officialPeriod);
            official.values().forEach((code, ha) -> b.official(code, ha / HECTARES_PER_KM2, source));
        }
        for (RegionGeometry g : boundaries.geometries(LevelOfDetail.FULL,
                level.regionLevels().toArray(RegionLevel[]::new))) {
            b.computed(g.region().code(), g.geometry());
        }
        return b.build();
    }
}
