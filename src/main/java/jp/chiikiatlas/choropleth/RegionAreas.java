package jp.chiikiatlas.choropleth;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * Region areas in km²: the official 総面積 where the source has it, else computed from the
 * boundary on the ellipsoid and marked approximate (1 %-simplified outlines shrink small
 * municipalities, so such figures must say so).
 */
public final class RegionAreas {
    public static final String APPROXIMATE_NOTE = "面積の一部は境界データから計算した概算値";

    private final Map<String, Double> km2;
    private final Set<String> approximate;
    private final List<SourceLine> sources;

    private RegionAreas(Map<String, Double> km2, Set<String> approximate, List<SourceLine> sources) {
        this.km2 = Map.copyOf(km2);
        this.approximate = Set.copyOf(approximate);
        this.sources = List.copyOf(sources);
    }

    public static Builder builder() {
        return new Builder();
    }

    public OptionalDouble squareKilometres(String code) {
        Double a = km2.get(code);
        return a == null ? OptionalDouble.empty() : OptionalDouble.of(a);
    }

    /** True when the area of this code was computed from a geometry rather than taken from 総面積. */
    public boolean isApproximate(String code) {
        return approximate.contains(code);
    }

    /** The sources of the official areas used (e.g. 全国都道府県市区町村別面積調). */
    public List<SourceLine> sources() {
        return sources;
    }

    public static final class Builder {
        private final Map<String, Double> km2 = new HashMap<>();
        private final Set<String> approximate = new LinkedHashSet<>();
        private final Set<SourceLine> sources = new LinkedHashSet<>();

        /** The official 総面積 of a region; it wins over a computed one whatever the order of calls. */
        public Builder official(String code, double squareKilometres, SourceLine source) {
            km2.put(code, squareKilometres);
            approximate.remove(code);
            sources.add(source);
            return this;
        }

        /** An area computed from the region's lon/lat boundary, unless an official one is known. */
        public Builder computed(String code, Geometry lonLat) {
            if (!km2.containsKey(code) || approximate.contains(code)) {
                km2.put(code, GeodesicArea.squareKilometres(lonLat));
                approximate.add(code);
            }
            return this;
        }

        public RegionAreas build() {
            return new RegionAreas(km2, approximate, List.copyOf(sources));
        }
    }
}
