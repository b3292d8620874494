package jp.chiikiatlas.map;

import java.util.List;
import jp.chiikiatlas.geo.LevelOfDetail;
import jp.chiikiatlas.geo.RegionGeometry;
import jp.chiikiatlas.geo.RegionLevel;

/** Where the map reads outlines from: the cache's {@code BoundaryStore}, or hand-made shapes in tests. */
public interface GeometrySource {
    List<RegionGeometry> geometries(LevelOfDetail lod, RegionLevel level) throws Exception;

    List<RegionGeometry> unassignedAreas(LevelOfDetail lod) throws Exception;
}
