package jp.chiikiatlas.geo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.chiikiatlas.cache.Progress;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Geometry of every region at every {@link LevelOfDetail}. The finest partition (municipalities,
 * wards, unassigned areas) is simplified as one coverage, so neighbours keep sharing their borders
 * at each level; prefectures and designated cities are then the union of their simplified parts,
 * so they match their municipalities exactly at the same level.
 */
public final class LevelsOfDetailBuilder {

    /** Geometries of one level: regions by code and unassigned areas in model order. */
    public record Level(Map<String, Geometry> regions, List<Geometry> unassigned) {
    }

    private final Set<LevelOfDetail> wanted;

    public LevelsOfDetailBuilder(Set<LevelOfDetail> wanted) {
        this.wanted = wanted;
    }

    public Map<LevelOfDetail, Level> build(RegionModel model, Progress progress) {
        List<String> codes = new ArrayList<>(model.parts().keySet());
        Geometry[] coverage = coverage(model, codes);
        // Levels are independent of each other: build them in parallel.
        Map<LevelOfDetail, Level> levels = new EnumMap<>(LevelOfDetail.class);
        wanted.parallelStream().map(lod -> {
            progress.checkCancelled();
            progress.update(0.3, "簡略化した境界を作っています（" + lod.name().toLowerCase() + "）");
            Geometry[] simplified = lod.toleranceDegrees() == 0 ? coverage
                    : valid(CoverageSimplifier.simplify(coverage, lod.toleranceDegrees()));
            return Map.entry(lod, level(model, codes, simplified));
        }).toList().forEach(e -> levels.put(e.getKey(), e.getValue()));
        return levels;
    }

    private static Geometry[] coverage(RegionModel model, List<String> codes) {
        List<Geometry> coverage = new ArrayList<>();
        codes.forEach(code -> coverage.add(model.parts().get(code)));
        model.unassigned().forEach(area -> coverage.add(area.geometry()));
        return coverage.toArray(Geometry[]::new);
    }

    private static Level level(RegionModel model, List<String> codes, Geometry[] simplified) {
        Map<String, Geometry> regions = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            regions.put(codes.get(i), simplified[i]);
        }
        List<Geometry> unassigned = new ArrayList<>();
        for (int i = codes.size(); i < simplified.length; i++) {
            unassigned.add(simplified[i]);
        }
        model.members().entrySet().parallelStream().map(e -> {
            List<Geometry> members = new ArrayList<>();
            e.getValue().forEach(m -> members.add(regions.get(m)));
            if (RegionCode.isPrefecture(e.getKey())) {
                addUnassignedOf(e.getKey(), model, unassigned, members);
            }
            return Map.entry(e.getKey(), Geometries.coverageUnion(members));
        }).toList().forEach(e -> regions.put(e.getKey(), e.getValue()));
        return new Level(regions, unassigned);
    }

    /** 所属未定地 lie inside their prefecture: they belong to its dissolved outline. */
    private static void addUnassignedOf(String prefectureCode, RegionModel model, List<Geometry> unassigned,
                                        List<Geometry> members) {
        for (int i = 0; i < model.unassigned().size(); i++) {
            if (prefectureCode.equals(model.unassigned().get(i).prefectureCode())) {
                members.add(unassigned.get(i));
            }
        }
    }

    private static Geometry[] valid(Geometry[] geometries) {
        for (int i = 0; i < geometries.length; i++) {
            if (!geometries[i].isValid()) {
                geometries[i] = GeometryFixer.fix(geometries[i]);
            }
        }
        return geometries;
    }
}
