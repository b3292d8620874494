package jp.chiikiatlas.geo;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * The regions made from one boundary file, before levels of detail.
 *
 * @param regions     every region, parents before children (Japan, prefectures, cities, wards)
 * @param parts       the finest partition: one geometry per municipality or ward, keyed by code
 * @param unassigned  areas without a municipality (所属未定地)
 * @param members     for each derived region (prefecture, designated city), the codes of the parts it unites
 */
public record RegionModel(List<Region> regions, Map<String, Geometry> parts, List<UnassignedArea> unassigned,
                          Map<String, List<String>> members) {

    /** An area without a municipality, with the prefecture it lies in (null when not given). */
    public record UnassignedArea(String prefectureCode, String name, int featureIndex, Geometry geometry) {
    }
}
