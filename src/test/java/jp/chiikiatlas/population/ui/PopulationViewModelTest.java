package jp.chiikiatlas.population.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import jp.chiikiatlas.population.CachePopulationData;
import jp.chiikiatlas.population.JukiFixtures;
import jp.chiikiatlas.population.KeyFigureRow;
import jp.chiikiatlas.population.PopulationDataException;
import org.junit.jupiter.api.Test;

/** The panel's state without controls or FX thread: work runs when the test says so. */
class PopulationViewModelTest {
    /** Holds submitted work until {@link #runAll}: the test plays worker and FX thread. */
    private static final class Queued implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    private final Queued queue = new Queued();
    private final PopulationViewModel model = new PopulationViewModel(JukiFixtures::data, queue, queue);

    @Test
    void japanUntilARegionIsShownThenItsFiguresAndTrend() {
        assertThat(model.regionCodeProperty().get()).isEqualTo("00000");
        model.show("01100");
        assertThat(model.busyProperty().get()).isTrue();
        queue.runAll();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.headerProperty().get().name()).isEqualTo("札幌市");
        assertThat(model.figures()).extracting(KeyFigureRow::value).contains("1,955,678人");
        assertThat(model.table().orElseThrow().header()).containsExactly("period", "value");
        assertThat(model.chartProperty().get().image().getWidth()).isEqualTo(456);
        assertThat(model.csv().orElseThrow()).startsWith("period,value\n2015,1936016\n");
    }

    @Test
    void comparisonLinesAddThePrefectureAndJapan() {
        model.show("01100");
        model.compareLinesProperty().set(true);
        queue.runAll();
        assertThat(model.table().orElseThrow().header()).containsExactly("period", "value", "01000", "00000");
        model.indexProperty().set(true);
        queue.runAll();
        assertThat(model.table().orElseThrow().rows().get(0)).containsExactly("2015", "100", "100", "100");
    }

    @Test
    void pyramidAndChangeTabsGiveTheirCsvLayouts() {
        model.show("01100");
        model.kindProperty().set(ChartKind.PYRAMID);
        queue.runAll();
        assertThat(model.table().orElseThrow().header()).containsExactly("age", "male", "female");
        assertThat(model.headerProperty().get().ageTableYears()).contains(2022);
        model.kindProperty().set(ChartKind.CHANGE);
        queue.runAll();
        assertThat(model.table().orElseThrow().header()).containsExactly("period", "natural", "social", "total");
    }

    @Test
    void pinnedRegionsAreDrawnSideBySideUpToFour() {
        model.show("01100");
        queue.runAll();
        assertThat(model.pinCurrent()).isTrue();
        assertThat(model.pinCurrent()).as("already pinned").isFalse();
        assertThat(model.nameOf("01100")).isEqualTo("札幌市");
        model.show("01209");
        queue.runAll();
        assertThat(model.table().orElseThrow().header()).containsExactly("region", "period", "value");
        assertThat(model.table().orElseThrow().rows()).extracting(r -> r.get(0)).contains("01209", "01100");
        model.pinCurrent();
        model.show("14100");
        model.pinCurrent();
        model.show("01000");
        assertThat(model.pinCurrent()).as("three pinned plus the selected one is four").isFalse();
        queue.runAll();
        assertThat(model.chartProperty().get().image().getHeight()).isEqualTo(630);
        model.clearPinned();
        queue.runAll();
        assertThat(model.table().orElseThrow().header()).containsExactly("period", "value");
    }

    @Test
    void aResultForARegionLeftBehindIsDropped() {
        model.show("01100");
        model.show("01209");
        queue.runAll();
        assertThat(model.headerProperty().get().code()).isEqualTo("01209");
        assertThat(model.csv().orElseThrow()).doesNotContain("1955678");
    }

    @Test
    void reloadAfterStatisticsAreImportedShowsTheRegion() {
        boolean[] imported = {false};
        PopulationViewModel later = new PopulationViewModel(() -> {
            if (!imported[0]) {
                throw new PopulationDataException(CachePopulationData.NO_DATA);
            }
            return JukiFixtures.data();
        }, queue, queue);
        later.show("01100");
        queue.runAll();
        assertThat(later.messageProperty().get()).contains("no data loaded");

        imported[0] = true;
        later.reload();
        queue.runAll();
        assertThat(later.headerProperty().get().name()).isEqualTo("札幌市");
        assertThat(later.figures()).extracting(KeyFigureRow::value).contains("1,955,678人");
    }

    @Test
    void withoutPopulationStatisticsThePanelSaysNoDataLoaded() {
        PopulationViewModel empty = new PopulationViewModel(() -> {
            throw new PopulationDataException(CachePopulationData.NO_DATA);
        }, queue, queue);
        empty.show("01100");
        queue.runAll();
        assertThat(empty.messageProperty().get()).contains("no data loaded").contains("import --data ../shared/data");
        assertThat(empty.chartProperty().get()).isNull();
        assertThat(empty.figures()).isEmpty();
    }

    @Test
    void aRegionWithoutAgeTableSaysSoInsteadOfDrawingNothing() {
        model.kindProperty().set(ChartKind.PYRAMID);
        model.show("02201"); // not in the fixture tables
        queue.runAll();
        assertThat(model.messageProperty().get()).contains("02201");
        assertThat(model.chartProperty().get()).isNull();
    }
}
