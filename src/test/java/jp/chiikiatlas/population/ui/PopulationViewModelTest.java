package jp.chiikiatlas.population.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import jp.chiikiatlas.geo.Region;
import jp.chiikiatlas.geo.RegionLevel;
import jp.chiikiatlas.population.CachePopulationData;
import jp.chiikiatlas.population.JukiFixtures;
import jp.chiikiatlas.population.KeyFigureRow;
import jp.chiikiatlas.population.PopulationDataException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    /** The regions the comparison search finds (the application passes the map's). */
    private static final List<Region> REGIONS = List.of(
            new Region("01000", RegionLevel.PREFECTURE, "00000", "北海道", "北海道"),
            new Region("01100", RegionLevel.DESIGNATED_CITY, "01000", "札幌市", "北海道札幌市"),
            new Region("01101", RegionLevel.WARD, "01100", "札幌市中央区", "北海道札幌市中央区"),
            new Region("01209", RegionLevel.MUNICIPALITY, "01000", "夕張市", "北海道夕張市"),
            new Region("14100", RegionLevel.DESIGNATED_CITY, "14000", "横浜市", "神奈川県横浜市"));
    private final PopulationViewModel model = new PopulationViewModel(JukiFixtures::data, REGIONS, queue, queue);

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
    void regionsFoundByNameOrCodeJoinTheComparisonAndLeaveItOneByOne() {
        model.show("01209");
        queue.runAll();
        assertThat(model.suggestions("札幌")).extracting(Region::code).startsWith("01100", "01101");
        assertThat(model.pinBest("札幌")).map(Region::code).contains("01100");
        assertThat(model.pinBest("14100")).map(Region::code).contains("14100");
        assertThat(model.pinBest("存在しない町")).isEmpty();
        queue.runAll();
        assertThat(model.pinned()).containsExactly("01100", "14100");
        assertThat(model.nameOf("14100")).as("named from the search, before it was ever shown").isEqualTo("横浜市");
        assertThat(model.table().orElseThrow().rows()).extracting(r -> r.get(0)).containsOnly("01209", "01100", "14100");

        assertThat(model.pin("01101")).isTrue();
        assertThat(model.comparisonFullProperty().get()).isTrue();
        assertThat(model.pin("01000")).as("the selected region and three pinned are four").isFalse();

        assertThat(model.unpin("01100")).isTrue();
        assertThat(model.unpin("01100")).as("already gone").isFalse();
        queue.runAll();
        assertThat(model.pinned()).containsExactly("14100", "01101");
        assertThat(model.comparisonFullProperty().get()).isFalse();
        assertThat(model.table().orElseThrow().rows()).extracting(r -> r.get(0)).doesNotContain("01100").contains("14100");
    }

    @Test
    void onAHiDpiScreenTheChartHasMorePixelsAndKeepsItsLogicalSize() {
        model.show("01100");
        queue.runAll();
        model.setRenderScale(1.5, 1.25);
        assertThat(model.busyProperty().get()).as("a new scale re-draws").isTrue();
        queue.runAll();
        ChartRequest.Output out = model.chartProperty().get();
        assertThat(out.width()).isEqualTo(456);
        assertThat(out.height()).isEqualTo(420);
        assertThat(out.image().getWidth()).isEqualTo(684);
        assertThat(out.image().getHeight()).isEqualTo(630);
        model.setRenderScale(1.5, 1.5);
        assertThat(model.busyProperty().get()).as("the same scale draws nothing again").isFalse();
    }

    @Test
    void theChartShownIsSavedAsPngAndSvgWithItsCreditAndItsNumbersAsCsv(@TempDir Path dir) throws Exception {
        model.show("01100");
        queue.runAll();
        Path png = dir.resolve("sapporo.png");
        model.saveImage(png);
        queue.runAll();
        assertThat(model.savedProperty().get()).isEqualTo("保存しました: sapporo.png");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).as("twice the panel's chart, for slides").isEqualTo(912);
        assertThat(image.getHeight()).isEqualTo(840);
        // the credit line is the bottom line of the chart, left-aligned: dark text pixels there
        assertThat(darkPixels(image, 0, image.getHeight() - 40, image.getWidth() / 2, image.getHeight()))
                .isGreaterThan(200);

        Path svg = dir.resolve("sapporo.svg");
        model.saveImage(svg);
        queue.runAll();
        String text = Files.readString(svg);
        assertThat(text).contains("<svg", "width='456.0'").contains("住民基本台帳に基づく人口、人口動態及び世帯数")
                .contains("総務省"); // the credit wraps at this width: 出典：総務省 may be split over two text runs

        Path csv = dir.resolve("sapporo.csv");
        model.saveCsv(csv);
        queue.runAll();
        assertThat(Files.readString(csv)).isEqualTo(model.csv().orElseThrow()).startsWith("period,value\n2015,1936016\n");
    }

    @Test
    void aFailedSaveSaysWhy(@TempDir Path dir) {
        model.show("01100");
        queue.runAll();
        model.saveImage(dir.resolve("no-such-folder").resolve("x.png"));
        queue.runAll();
        assertThat(model.messageProperty().get()).startsWith("保存できませんでした");
        assertThat(model.savedProperty().get()).isEmpty();
    }

    private static int darkPixels(java.awt.image.BufferedImage image, int x0, int y0, int x1, int y1) {
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) < 3 * 128) {
                    dark++;
                }
            }
        }
        return dark;
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
