package jp.chiikiatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapLabelPlacerTest {

    private static LabelPlacer.Candidate label(String text, double x, double y, double priority) {
        return new LabelPlacer.Candidate(text, text, x, y, 40, 14, priority);
    }

    @Test
    void overlappingLabelsKeepTheMoreImportantOne() {
        List<LabelPlacer.Candidate> placed = new LabelPlacer().place(List.of(
                label("小", 100, 100, 1), label("大", 110, 105, 10), label("遠", 300, 100, 5)));
        assertThat(placed).extracting(LabelPlacer.Candidate::text).containsExactly("大", "遠");
    }

    @Test
    void placedLabelsNeverOverlap() {
        List<LabelPlacer.Candidate> candidates = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 500; i++) {
            candidates.add(label("r" + i, random.nextDouble() * 800, random.nextDouble() * 600, random.nextDouble()));
        }
        List<LabelPlacer.Candidate> placed = new LabelPlacer().place(candidates);
        assertThat(placed).hasSizeGreaterThan(50);
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).box().intersects(placed.get(j).box()))
                        .as("%s and %s", placed.get(i), placed.get(j)).isFalse();
            }
        }
    }

    @Test
    void obstaclesKeepLabelsAway() {
        LabelPlacer placer = new LabelPlacer();
        placer.addObstacle(new Rectangle2D.Double(0, 0, 200, 200));
        assertThat(placer.place(List.of(label("inset", 100, 100, 1), label("free", 400, 100, 1))))
                .extracting(LabelPlacer.Candidate::text).containsExactly("free");
    }

    @Test
    void anAlternativePositionIsUsedWhenTheFirstIsTaken() {
        List<LabelPlacer.Candidate> placed = new LabelPlacer().place(List.of(
                label("big", 100, 100, 10),
                new LabelPlacer.Candidate("13101", "千代田区", 100, 100, 40, 14, 5),
                new LabelPlacer.Candidate("13101", "千代田区", 100, 130, 40, 14, 4.5),
                new LabelPlacer.Candidate("13101", "千代田区", 100, 160, 40, 14, 4.4)));
        assertThat(placed).hasSize(2);
        assertThat(placed.get(1).y()).isEqualTo(130);
    }
}
