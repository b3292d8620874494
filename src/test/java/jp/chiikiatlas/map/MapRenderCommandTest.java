package jp.chiikiatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.geo.LevelOfDetail;
import jp.chiikiatlas.testing.CliRun;
import jp.chiikiatlas.testing.ImportedBoundaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} on the real national boundaries. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapRenderCommandTest {
    private static final int LAND = MapStyle.LAND.getRGB() & 0xFFFFFF;
    private static final int SEA = MapStyle.SEA.getRGB() & 0xFFFFFF;

    @TempDir
    Path dir;
    Path cache;

    @BeforeAll
    void importBoundaries() throws Exception {
        cache = ImportedBoundaries.cacheFile();
    }

    /** An interior point of the prefecture's largest island (北海道本島, 沖縄本島), projected. */
    private Point2D.Double interiorPoint(String prefecture) throws Exception {
        try (AtlasCache atlas = AtlasCache.open(cache)) {
            return MapData.load(atlas).features(LevelOfDetail.COARSE, DisplayLevel.PREFECTURE, false)
                    .feature(prefecture).labelAnchor();
        }
    }

    private static int rgb(BufferedImage image, Point2D.Double p) {
        return image.getRGB((int) Math.round(p.x), (int) Math.round(p.y)) & 0xFFFFFF;
    }

    @Test
    void nationalMapHasTheRequestedSizeLandAndSea() throws Exception {
        Path png = dir.resolve("japan.png");
        CliRun run = CliRun.of("render", "--cache", cache.toString(), "--out", png.toString(), "--width", "1800", "--height", "1300");
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1800);
        assertThat(image.getHeight()).isEqualTo(1300);
        MapLayout layout = NationalView.layout(1800, 1300);
        assertThat(rgb(image, layout.canvasPointOfProjected(interiorPoint("01000")))).as("北海道").isEqualTo(LAND);
        assertThat(rgb(image, layout.canvasPointOfProjected(interiorPoint("47000")))).as("沖縄本島").isEqualTo(LAND);
        assertThat(rgb(image, layout.canvasPointOf(134.0, 40.0))).as("日本海").isEqualTo(SEA);
        assertThat(rgb(image, layout.canvasPointOf(140.0, 30.0))).as("太平洋").isEqualTo(SEA);
    }

    @Test
    void municipalityLevelWithLabelsAtDefaultSize() throws Exception {
        Path png = dir.resolve("municipalities.png");
        CliRun run = CliRun.of("render", "--cache", cache.toString(), "--out", png.toString(), "--level", "municipality", "--labels");
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1200);
    }

    @Test
    void regionFramesThatRegion() throws Exception {
        Path png = dir.resolve("chiyoda.png");
        CliRun run = CliRun.of("render", "--cache", cache.toString(), "--out", png.toString(), "--region", "13101",
                "--width", "400", "--height", "300", "--level", "municipality");
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        // 千代田区 fills the middle of the frame, and its selection outline is on the picture
        assertThat(image.getRGB(200, 150) & 0xFFFFFF).isEqualTo(LAND);
        int outline = 0;
        for (int x = 0; x < 400; x++) {
            for (int y = 0; y < 300; y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (MapStyle.SELECTION.getRGB() & 0xFFFFFF)) {
                    outline++;
                }
            }
        }
        assertThat(outline).isGreaterThan(300);
    }

    @Test
    void unknownRegionIsAClearError() {
        CliRun run = CliRun.of("render", "--cache", cache.toString(), "--out", dir.resolve("x.png").toString(), "--region", "99999");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("no region with code 99999");
    }

    @Test
    void emptyCacheSaysToImportBoundaries() {
        Path empty = dir.resolve("empty.sqlite");
        CliRun run = CliRun.of("render", "--cache", empty.toString(), "--out", dir.resolve("y.png").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("no boundaries loaded").contains("import-boundaries");
        assertThat(dir.resolve("y.png")).doesNotExist();
    }

    @Test
    void badLevelIsRejected() {
        CliRun run = CliRun.of("render", "--cache", cache.toString(), "--out", dir.resolve("z.png").toString(), "--level", "ward");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--level must be prefecture or municipality");
    }
}
