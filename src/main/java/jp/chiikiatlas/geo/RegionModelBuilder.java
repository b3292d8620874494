package jp.chiikiatlas.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Turns N03 features into the region model: municipalities and wards from the features,
 * designated cities as the union of their wards, prefectures by dissolving their municipalities,
 * 所属未定地 kept as unassigned areas. Every feature ends up stored, unassigned or rejected with a
 * reason — none is dropped silently.
 */
public final class RegionModelBuilder {
    static final String PREFECTURE = "N03_001";
    static final String CITY_OR_COUNTY = "N03_003";
    static final String MUNICIPALITY = "N03_004";
    static final String CODE = "N03_007";
    private static final String JAPAN_NAME = "日本";

    private final BoundaryImportReport report;
    private final Map<String, Region> municipalities = new TreeMap<>();
    private final Map<String, Geometry> parts = new TreeMap<>();
    private final Map<String, List<Geometry>> duplicates = new LinkedHashMap<>();
    private final Map<String, Region> designatedCities = new TreeMap<>();
    private final Map<String, Region> prefectures = new TreeMap<>();
    private final List<RegionModel.UnassignedArea> unassigned = new ArrayList<>();
    /** Designated city code by prefecture + city name, from the city's lowest ward code. */
    private final Map<String, String> cityCodes = new TreeMap<>();

    public RegionModelBuilder(BoundaryImportReport report) {
        this.report = report;
    }

    public RegionModel build(List<BoundaryFeature> features) {
        collectDesignatedCityCodes(features);
        List<Geometry> repaired = repairedGeometries(features);
        for (int i = 0; i < features.size(); i++) {
            report.featureRead();
            add(features.get(i), repaired.get(i));
        }
        mergeDuplicateCodes();
        return new RegionModel(orderedRegions(), parts, unassigned, members());
    }

    private void add(BoundaryFeature feature, Geometry repaired) {
        Optional<Geometry> geometry = polygonal(feature, repaired);
        if (geometry.isEmpty()) {
            return;
        }
        String code = feature.attribute(CODE);
        String prefectureName = trimmed(feature.attribute(PREFECTURE));
        if (code == null || code.isBlank()) {
            addUnassigned(feature, prefectureName, geometry.get());
            return;
        }
        code = code.strip();
        Optional<String> prefectureCode = prefectureCode(code, prefectureName);
        String name = trimmed(feature.attribute(MUNICIPALITY));
        if (!RegionCode.isFiveDigits(code) || RegionCode.isPrefecture(code) || prefectureCode.isEmpty()) {
            report.rejected(describe(feature) + ": code '" + code + "' is not a five-digit municipal code"
                    + " (N03_007); fix the attribute or remove the feature");
            return;
        }
        String city = trimmed(feature.attribute(CITY_OR_COUNTY));
        Region region = regionOf(code, prefectureCode.get(), prefectureName, city, name);
        if (region == null) {
            report.rejected(describe(feature) + ": no municipality name (N03_004 and N03_003 are empty)");
            return;
        }
        if (parts.containsKey(code)) {
            duplicates.computeIfAbsent(code, c -> new ArrayList<>()).add(geometry.get());
        } else {
            parts.put(code, geometry.get());
            municipalities.put(code, region);
        }
        report.featureStored();
    }

    /** A ward when N03_003 names a city (…市) and N03_004 a ward (…区); a whole designated city when only N03_003 is set. */
    private Region regionOf(String code, String prefectureCode, String prefectureName, String city, String name) {
        String prefectureLabel = prefectureName != null ? prefectureName : Prefectures.nameOf(prefectureCode);
        ensurePrefecture(prefectureCode, prefectureLabel);
        boolean cityGiven = city != null && city.endsWith("市");
        if (isWard(city, name)) {
            String cityCode = cityCodes.get(prefectureCode + city);
            designatedCities.computeIfAbsent(cityCode, c -> new Region(c, RegionLevel.DESIGNATED_CITY,
                    prefectureCode, city, prefectureLabel + city));
            return new Region(code, RegionLevel.WARD, cityCode, city + name, prefectureLabel + city + name);
        }
        if (cityGiven && name == null) {
            return new Region(code, RegionLevel.DESIGNATED_CITY, prefectureCode, city, prefectureLabel + city);
        }
        if (name == null) {
            return null;
        }
        return new Region(code, RegionLevel.MUNICIPALITY, prefectureCode, name, prefectureLabel + name);
    }

    /** Wards are known by N03_003 naming a city (…市) and N03_004 a ward (…区). */
    private static boolean isWard(String city, String name) {
        return city != null && city.endsWith("市") && name != null && name.endsWith("区");
    }

    /** A designated city's code is its lowest ward code rounded down to ten (so 清田区 01110 still maps to 01100). */
    private void collectDesignatedCityCodes(List<BoundaryFeature> features) {
        for (BoundaryFeature feature : features) {
            String code = trimmed(feature.attribute(CODE));
            String city = trimmed(feature.attribute(CITY_OR_COUNTY));
            if (RegionCode.isFiveDigits(code) && isWard(city, trimmed(feature.attribute(MUNICIPALITY)))) {
                cityCodes.merge(RegionCode.prefectureOf(code) + city, designatedCityCode(code),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
    }

    /** A ward's code rounded down to ten (01101 → 01100, 14131 → 14130). */
    static String designatedCityCode(String wardCode) {
        int n = Integer.parseInt(wardCode);
        return String.format("%05d", n - n % 10);
    }

    private void ensurePrefecture(String prefectureCode, String name) {
        prefectures.computeIfAbsent(prefectureCode,
                c -> new Region(c, RegionLevel.PREFECTURE, RegionCode.JAPAN, name, name));
    }

    private Optional<String> prefectureCode(String code, String prefectureName) {
        if (!RegionCode.isFiveDigits(code)) {
            return Optional.empty();
        }
        int number = Integer.parseInt(code.substring(0, 2));
        return number >= 1 && number <= 47 ? Optional.of(RegionCode.prefectureOf(code)) : Optional.empty();
    }

    private void addUnassigned(BoundaryFeature feature, String prefectureName, Geometry geometry) {
        String prefectureCode = Prefectures.codeOf(prefectureName).orElse(null);
        String name = Optional.ofNullable(trimmed(feature.attribute(MUNICIPALITY))).orElse("所属未定地");
        if (prefectureCode != null) {
            ensurePrefecture(prefectureCode, prefectureName);
        }
        unassigned.add(new RegionModel.UnassignedArea(prefectureCode, name, feature.index(), geometry));
        report.unassigned(describe(feature) + " " + (prefectureName == null ? "" : prefectureName) + " " + name);
        report.featureStored();
    }

    /** The feature's polygonal geometry, repaired when invalid; empty (and rejected) when there is none. */
    private Optional<Geometry> polygonal(BoundaryFeature feature, Geometry repaired) {
        Geometry geometry = feature.geometry();
        if (geometry == null || geometry.isEmpty()) {
            report.rejected(describe(feature) + ": empty geometry");
            return Optional.empty();
        }
        if (!(geometry instanceof Polygonal)) {
            report.rejected(describe(feature) + ": " + geometry.getGeometryType() + " is not a polygon");
            return Optional.empty();
        }
        if (repaired != geometry) {
            report.featureRepaired();
        }
        return Optional.of(repaired);
    }

    /**
     * Each feature's geometry, repaired where invalid. Validity checking is most of the import's
     * parse time, so it runs in parallel; features are independent.
     */
    private static List<Geometry> repairedGeometries(List<BoundaryFeature> features) {
        return features.parallelStream().map(f -> {
            Geometry g = f.geometry();
            return g instanceof Polygonal && !g.isEmpty() && !g.isValid() ? GeometryFixer.fix(g) : g;
        }).toList();
    }

    /** Several features with one code (e.g. a municipality split by the file) become one multipolygon. */
    private void mergeDuplicateCodes() {
        duplicates.forEach((code, more) -> {
            List<Geometry> all = new ArrayList<>(more);
            all.add(0, parts.get(code));
            parts.put(code, Geometries.union(all));
            report.note("code " + code + ": " + all.size() + " features merged into one region");
        });
    }

    private List<Region> orderedRegions() {
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(RegionCode.JAPAN, RegionLevel.COUNTRY, null, JAPAN_NAME, JAPAN_NAME));
        regions.addAll(prefectures.values());
        designatedCities.values().stream().filter(c -> !municipalities.containsKey(c.code())).forEach(regions::add);
        List<Region> rest = new ArrayList<>(municipalities.values());
        rest.sort(Comparator.comparing((Region r) -> r.level() == RegionLevel.WARD).thenComparing(Region::code));
        regions.addAll(rest);
        for (RegionLevel level : RegionLevel.values()) {
            report.regions(level, (int) regions.stream().filter(r -> r.level() == level).count());
        }
        return regions;
    }

    private Map<String, List<String>> members() {
        Map<String, List<String>> members = new TreeMap<>();
        for (Region part : municipalities.values()) {
            String prefecture = RegionCode.prefectureOf(part.code());
            members.computeIfAbsent(prefecture, p -> new ArrayList<>()).add(part.code());
            if (part.level() == RegionLevel.WARD) {
                members.computeIfAbsent(part.parentCode(), c -> new ArrayList<>()).add(part.code());
            }
        }
        return members;
    }

    private static String describe(BoundaryFeature feature) {
        String code = feature.attribute(CODE);
        return "feature #" + (feature.index() + 1) + (code == null ? "" : " (N03_007=" + code + ")");
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
