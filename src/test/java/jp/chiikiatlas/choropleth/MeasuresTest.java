package jp.chiikiatlas.choropleth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jp.chiikiatlas.stats.Observation;
import jp.chiikiatlas.stats.ValueStatus;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Hand-made fixtures: three made-up regions with round numbers. */
class MeasuresTest {
    private static final SourceLine TABLE = new SourceLine("テスト表", "2025", "テスト出典");
    private static final SourceLine AREA_TABLE = new SourceLine("面積表", "2025", "面積出典");

    private static RegionValues births() {
        return RegionValues.builder("出生数", "人", 2025).source(TABLE)
                .value("01100", 50).value("01202", 30).value("01203", 10)
                .noData("01204", NoData.SUPPRESSED).build();
    }

    private static RegionValues population() {
        return RegionValues.builder("人口", "人", 2025).source(TABLE)
                .value("01100", 10_000).value("01202", 6_000).value("01204", 2_000).build();
    }

    @Test
    void perCapitaIsPerThousandAndKeepsReasons() {
        RegionValues r = Measures.perCapita(births(), population());
        assertThat(r.unit()).isEqualTo("人/千人");
        assertThat(r.value("01100").getAsDouble()).isCloseTo(5.0, within(1e-12));
        assertThat(r.value("01202").getAsDouble()).isCloseTo(5.0, within(1e-12));
        assertThat(r.noDataReason("01203")).contains(NoData.INPUT_MISSING);
        assertThat(r.noDataReason("01204")).contains(NoData.SUPPRESSED);
        assertThat(r.signed()).isFalse();
    }

    @Test
    void perKm2UsesOfficialAreaAndNotesComputedOnes() {
        GeometryFactory gf = new GeometryFactory();
        RegionAreas areas = RegionAreas.builder()
                .official("01100", 100, AREA_TABLE)
                .computed("01202", gf.createPolygon(new Coordinate[] {new Coordinate(139, 34.5),
                    new Coordinate(140, 34.5), new Coordinate(140, 35.5), new Coordinate(139, 35.5),
                    new Coordinate(139, 34.5)}))
                .build();
        RegionValues pop = RegionValues.builder("総人口", "人", 2025).source(TABLE)
                .value("01100", 5_000).value("01202", 10_127.43).build();
        RegionValues density = Measures.perKm2(pop, areas);
        assertThat(density.indicatorName()).isEqualTo("人口密度");
        assertThat(density.unit()).isEqualTo("人/km²");
        assertThat(density.value("01100").getAsDouble()).isEqualTo(50.0);
        assertThat(density.value("01202").getAsDouble()).isCloseTo(1.0, within(1e-4));
        assertThat(density.notes()).containsExactly(RegionAreas.APPROXIMATE_NOTE);
        assertThat(density.sources()).containsExactly(TABLE, AREA_TABLE);
    }

    @Test
    void officialAreaIsNotReplacedByComputedOne() {
        GeometryFactory gf = new GeometryFactory();
        RegionAreas areas = RegionAreas.builder().official("01100", 100, AREA_TABLE)
                .computed("01100", gf.createPolygon(new Coordinate[] {new Coordinate(139, 34.5),
                    new Coordinate(140, 34.5), new Coordinate(140, 35.5), new Coordinate(139, 34.5)}))
                .build();
        assertThat(areas.squareKilometres("01100").getAsDouble()).isEqualTo(100.0);
        assertThat(areas.isApproximate("01100")).isFalse();
    }

    @Test
    void shareIsPercentOfWhole() {
        RegionValues aged = RegionValues.builder("65歳以上人口", "人", 2025).value("01100", 2_500).build();
        RegionValues r = Measures.share(aged, population());
        assertThat(r.unit()).isEqualTo("%");
        assertThat(r.value("01100").getAsDouble()).isCloseTo(25.0, within(1e-12));
    }

    @Test
    void changeIsSignedAndZeroBaseIsNoData() {
        RegionValues base = RegionValues.builder("出生数", "人", 2020)
                .value("01100", 40).value("01202", 0).value("01203", 20).build();
        RegionValues abs = Measures.change(births(), base);
        RegionValues pct = Measures.changePercent(births(), base);
        assertThat(abs.signed()).isTrue();
        assertThat(abs.unit()).isEqualTo("人");
        assertThat(abs.value("01203").getAsDouble()).isEqualTo(-10.0);
        assertThat(pct.value("01100").getAsDouble()).isCloseTo(25.0, within(1e-12));
        assertThat(pct.value("01203").getAsDouble()).isCloseTo(-50.0, within(1e-12));
        assertThat(pct.noDataReason("01202")).contains(NoData.DIVISION_BY_ZERO);
        assertThat(pct.indicatorName()).contains("2020→2025");
    }

    @Test
    void measureWithoutItsInputIsRefused() {
        assertThatThrownBy(() -> Measures.apply(Measure.PER_CAPITA, MeasureInputs.of(births())))
                .hasMessageContaining("population");
        RegionValues b = births();
        assertThat(Measures.apply(Measure.RAW, MeasureInputs.of(b))).isSameAs(b);
    }

    @Test
    void observationsBecomeValuesOrReasons() {
        RegionValues v = RegionValues.builder("人口", "人", 2025)
                .observation(new Observation("d", "population", "01100", 2025, java.util.Map.of(), 1_000.0, ValueStatus.OK))
                .observation(new Observation("d", "population", "01202", 2025, java.util.Map.of(), null, ValueStatus.SUPPRESSED))
                .observation(new Observation("d", "population", "01203", 2025, java.util.Map.of(), null, ValueStatus.NOT_SURVEYED))
                .build();
        assertThat(v.value("01100").getAsDouble()).isEqualTo(1_000.0);
        assertThat(v.noDataReason("01202")).contains(NoData.SUPPRESSED);
        assertThat(v.noDataReason("01203")).contains(NoData.NOT_SURVEYED);
        assertThat(v.size()).isEqualTo(3);
    }

    @Test
    void nonFiniteValuesAreRefused() {
        assertThatThrownBy(() -> RegionValues.builder("x", "人", 2025).value("01100", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
