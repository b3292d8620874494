package jp.chiikiatlas.map;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.BoundaryStore;
import jp.chiikiatlas.geo.LevelOfDetail;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionGeometry;
import jp.chiikiatlas.geo.RegionLevel;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything the map draws, loaded from the cache: regions by code, and per level of detail the
 * projected outlines grouped into feature sets. A level of detail is read and projected the first
 * time it is needed and kept (the coarser ones are small; the finest is needed only when zoomed in).
 * Thread-safe: the render thread and the FX thread both read it.
 */
public final class MapData {
    private final GeometrySource source;
    private final Map<String, Region> regions;
    private final String attribution;
    private final Map<LevelOfDetail, LodFeatures> byLod = new EnumMap<>(LevelOfDetail.class);

    public MapData(GeometrySource source, Collection<Region> regions, String attribution) {
        this.source = source;
        Map<String, Region> map = new LinkedHashMap<>();
        regions.forEach(r -> map.put(r.code(), r));
        this.regions = map;
        this.attribution = attribution;
    }

    /** Reads the cache's boundaries; fails with a message saying how to import them when there are none. */
    public static MapData load(AtlasCache cache) throws SQLException, NoBoundariesException {
        BoundaryStore store = new BoundaryStore(cache);
        var set = store.boundarySet().orElseThrow(() -> new NoBoundariesException(cache.file().toString()));
        List<Region> regions = store.regions();
        if (regions.stream().noneMatch(r -> r.level() == RegionLevel.PREFECTURE)) {
            throw new NoBoundariesException(cache.file().toString());
        }
        GeometrySource source = new GeometrySource() {
            @Override
            public List<RegionGeometry> geometries(LevelOfDetail lod, RegionLevel level) throws SQLException {
                return store.geometries(lod, level);
            }

            @Override
            public List<RegionGeometry> unassignedAreas(LevelOfDetail lod) throws SQLException {
                return store.unassignedAreas(lod);
            }
        };
        return new MapData(source, regions, set.attribution());
    }

    /**
     * Reads and projects every level of detail now, so that nothing reads the cache later (the UI
     * calls this on its loading thread: no I/O on the FX thread afterwards).
     */
    public MapData loadAllLevels() {
        for (LevelOfDetail lod : LevelOfDetail.values()) {
            lod(lod);
        }
        return this;
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code == null ? null : regions.get(code));
    }

    public Collection<Region> regions() {
        return regions.values();
    }

    /** The credit line of the boundary set, drawn on every map. */
    public String attribution() {
        return attribution;
    }

    /** The regions drawn at this level of detail and display level. */
    public FeatureSet features(LevelOfDetail lod, DisplayLevel level, boolean wardsShown) {
        LodFeatures f = lod(lod);
        if (level == DisplayLevel.PREFECTURE) {
            return f.prefectures;
        }
        return wardsShown ? f.municipalitiesByWard : f.municipalitiesWholeCities;
    }

    /**
     * Projected bounds to frame a region (prefecture, municipality, designated city or ward): its
     * main parts, leaving out far-off small islands; empty for an unknown code.
     */
    public Optional<Envelope> bounds(String code) {
        LodFeatures f = lod(LevelOfDetail.COARSE);
        MapFeature feature = f.prefectures.feature(code);
        if (feature == null) {
            feature = f.municipalitiesByWard.feature(code);
        }
        if (feature == null) {
            feature = f.municipalitiesWholeCities.feature(code);
        }
        return Optional.ofNullable(feature).map(MapFeature::focusBounds);
    }

    private synchronized LodFeatures lod(LevelOfDetail lod) {
        LodFeatures f = byLod.get(lod);
        if (f == null) {
            try {
                f = new LodFeatures(lod);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the boundaries from the cache: " + e.getMessage(), e);
            }
            byLod.put(lod, f);
        }
        return f;
    }

    /** Projects a lon/lat geometry to metres (a copy; the input is left alone). */
    public static Geometry project(Geometry lonLat, LambertConformalConic projection) {
        Geometry g = lonLat.copy();
        java.awt.geom.Point2D.Double p = new java.awt.geom.Point2D.Double();
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                projection.project(seq.getX(i), seq.getY(i), p);
                seq.setOrdinate(i, 0, p.x);
                seq.setOrdinate(i, 1, p.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return g;
    }

    private final class LodFeatures {
        final FeatureSet prefectures;
        final FeatureSet municipalitiesWholeCities;
        final FeatureSet municipalitiesByWard;

        LodFeatures(LevelOfDetail lod) throws Exception {
            prefectures = new FeatureSet(projectAll(source.geometries(lod, RegionLevel.PREFECTURE)), true);
            List<MapFeature> municipalities = projectAll(source.geometries(lod, RegionLevel.MUNICIPALITY));
            municipalities.addAll(projectAll(source.unassignedAreas(lod)));
            List<MapFeature> whole = new ArrayList<>(municipalities);
            whole.addAll(projectAll(source.geometries(lod, RegionLevel.DESIGNATED_CITY)));
            List<MapFeature> byWard = new ArrayList<>(municipalities);
            byWard.addAll(projectAll(source.geometries(lod, RegionLevel.WARD)));
            municipalitiesWholeCities = new FeatureSet(whole, false);
            municipalitiesByWard = new FeatureSet(byWard, false);
        }

        private List<MapFeature> projectAll(List<RegionGeometry> geometries) {
            List<MapFeature> features = new ArrayList<>(geometries.size());
            for (RegionGeometry g : geometries) {
                features.add(new MapFeature(g, project(g.geometry(), LambertConformalConic.JAPAN)));
            }
            return features;
        }
    }
}
