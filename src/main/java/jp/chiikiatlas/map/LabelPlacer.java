package jp.chiikiatlas.map;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy label placement: candidates are taken in priority order and a label is kept only when
 * its box (plus padding) hits no box already kept nor an obstacle (inset frame, credit line).
 * Never overlapping, and the important names (big regions, the selection) win.
 */
public final class LabelPlacer {
    private static final double PADDING = 3;

    /**
     * A label wanting to be drawn centred on (x, y); higher priority is placed first. Candidates
     * with the same {@code key} (the region code) are alternative positions of one label.
     */
    public record Candidate(String key, String text, double x, double y, double width, double height, double priority) {
        Rectangle2D box() {
            return new Rectangle2D.Double(x - width / 2 - PADDING, y - height / 2 - PADDING,
                    width + 2 * PADDING, height + 2 * PADDING);
        }
    }

    private final List<Rectangle2D> taken = new ArrayList<>();

    /** Marks an area where no label may go. */
    public void addObstacle(Rectangle2D area) {
        taken.add(area);
    }

    /**
     * The candidates that fit, in placement order. Several candidates with the same key are
     * alternative positions of one label: the first that fits wins, the others are skipped.
     */
    public List<Candidate> place(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Candidate::priority).reversed());
        List<Candidate> placed = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Candidate c : sorted) {
            if (done.contains(c.key())) {
                continue;
            }
            Rectangle2D box = c.box();
            if (fits(box)) {
                done.add(c.key());
                taken.add(box);
                placed.add(c);
            }
        }
        return placed;
    }

    private boolean fits(Rectangle2D box) {
        for (Rectangle2D other : taken) {
            if (other.intersects(box)) {
                return false;
            }
        }
        return true;
    }
}
