package jp.chiikiatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class RegionModelBuilderTest {

    @Test
    void wardsMakeTheirDesignatedCityAndMunicipalitiesTheirPrefecture() {
        BoundaryImportReport report = new BoundaryImportReport("fixture");
        RegionModel model = new RegionModelBuilder(report).build(List.of(
                feature(0, "北海道", "札幌市", "中央区", "01101", square(0, 0)),
                feature(1, "北海道", "札幌市", "北区", "01102", square(1, 0)),
                feature(2, "北海道", "石狩郡", "当別町", "01303", square(2, 0)),
                feature(3, "東京都", null, "千代田区", "13101", square(5, 5))));

        assertThat(model.regions()).extracting(Region::code)
                .containsExactly("00000", "01000", "13000", "01100", "01303", "13101", "01101", "01102");
        Region ward = region(model, "01101");
        assertThat(ward.level()).isEqualTo(RegionLevel.WARD);
        assertThat(ward.name()).isEqualTo("札幌市中央区");
        assertThat(ward.fullName()).isEqualTo("北海道札幌市中央区");
        assertThat(ward.parentCode()).isEqualTo("01100");
        Region city = region(model, "01100");
        assertThat(city.level()).isEqualTo(RegionLevel.DESIGNATED_CITY);
        assertThat(city.parentCode()).isEqualTo("01000");
        assertThat(region(model, "13101").level()).isEqualTo(RegionLevel.MUNICIPALITY);
        assertThat(region(model, "13101").parentCode()).isEqualTo("13000");
        assertThat(model.members().get("01100")).containsExactly("01101", "01102");
        assertThat(model.members().get("01000")).containsExactlyInAnyOrder("01101", "01102", "01303");
        assertThat(report.featuresStored()).isEqualTo(4);
        assertThat(report.regions(RegionLevel.WARD)).isEqualTo(2);
    }

    @Test
    void unassignedAreasAreKeptAndReportedBadFeaturesRejectedWithReasons() {
        BoundaryImportReport report = new BoundaryImportReport("fixture");
        Geometry line = Geometries.FACTORY.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 1)});
        RegionModel model = new RegionModelBuilder(report).build(List.of(
                feature(0, "千葉県", null, "所属未定地", null, square(0, 0)),
                feature(1, "千葉県", null, "銚子市", "1220", square(1, 0)),
                feature(2, "千葉県", null, "旭市", "12215", line),
                feature(3, "千葉県", null, "匝瑳市", "12235", square(3, 0))));

        assertThat(model.unassigned()).singleElement()
                .satisfies(u -> assertThat(u.prefectureCode()).isEqualTo("12000"));
        assertThat(report.unassigned()).singleElement().asString().contains("所属未定地");
        assertThat(report.rejected()).hasSize(2);
        assertThat(report.rejected().get(0)).contains("feature #2", "'1220'", "five-digit");
        assertThat(report.rejected().get(1)).contains("feature #3", "LineString", "not a polygon");
        assertThat(report.featuresRead()).isEqualTo(4);
        assertThat(report.featuresStored() + report.rejected().size()).isEqualTo(4);
        assertThat(model.parts()).containsOnlyKeys("12235");
    }

    @Test
    void invalidGeometryIsRepairedAndCounted() {
        BoundaryImportReport report = new BoundaryImportReport("fixture");
        Geometry bowTie = Geometries.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(0, 0), new Coordinate(1, 1), new Coordinate(1, 0), new Coordinate(0, 1), new Coordinate(0, 0)});
        RegionModel model = new RegionModelBuilder(report).build(List.of(feature(0, "東京都", null, "千代田区", "13101", bowTie)));

        assertThat(report.featuresRepaired()).isEqualTo(1);
        assertThat(model.parts().get("13101").isValid()).isTrue();
        assertThat(model.parts().get("13101").getArea()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aWardCodedInTheNextTenStillBelongsToItsCity() {
        RegionModel model = new RegionModelBuilder(new BoundaryImportReport("fixture")).build(List.of(
                feature(0, "北海道", "札幌市", "清田区", "01110", square(0, 0)),
                feature(1, "北海道", "札幌市", "中央区", "01101", square(1, 0))));

        assertThat(region(model, "01110").parentCode()).isEqualTo("01100");
        assertThat(model.members().get("01100")).containsExactlyInAnyOrder("01101", "01110");
        assertThat(model.regions()).extracting(Region::code).doesNotContain("01110 ").containsOnlyOnce("01100");
    }

    @Test
    void designatedCityCodeIsTheFirstWardRoundedDownToTen() {
        assertThat(RegionModelBuilder.designatedCityCode("01101")).isEqualTo("01100");
        assertThat(RegionModelBuilder.designatedCityCode("14131")).isEqualTo("14130");
        assertThat(RegionModelBuilder.designatedCityCode("27102")).isEqualTo("27100");
    }

    static BoundaryFeature feature(int index, String prefecture, String cityOrCounty, String name, String code, Geometry g) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("N03_001", prefecture);
        if (cityOrCounty != null) {
            attributes.put("N03_003", cityOrCounty);
        }
        attributes.put("N03_004", name);
        if (code != null) {
            attributes.put("N03_007", code);
        }
        return new BoundaryFeature(index, attributes, g);
    }

    static Geometry square(double x, double y) {
        return Geometries.FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(x, x + 1, y, y + 1));
    }

    private static Region region(RegionModel model, String code) {
        return model.regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
