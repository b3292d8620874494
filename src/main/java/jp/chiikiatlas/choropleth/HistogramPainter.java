package jp.chiikiatlas.choropleth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;

/**
 * Draws the histogram of a map's values with its class breaks as vertical lines, bars in the colour
 * of their class. Plain Java2D, so it exports to PNG and SVG like the legend. Strongly skewed positive
 * values (max/min ≥ 100, e.g. population) are binned on a log scale, else most bars would sit in one bin.
 * Skewed values that include zeros (population density 0…22,542: 所属未定 islands, uninhabited
 * villages) cannot take a log, so they go on a log(1 + x) scale, which keeps 0 at the left edge.
 */
public final class HistogramPainter {
    public static final Color BREAK_LINE = new Color(0x22, 0x22, 0x22);
    private static final Color AXIS = new Color(0x55, 0x55, 0x55);

    private final int bins;
    private final float textPx;

    public HistogramPainter() {
        this(30, 14f);
    }

    public HistogramPainter(int bins, float textPx) {
        this.bins = bins;
        this.textPx = Math.max(LegendPainter.MIN_TEXT_PX, textPx);
    }

    /** How values are spread along the x axis. */
    public enum Scale {
        LINEAR, LOG, LOG1P;

        /** Log if positive and ≥ 100× apart; log(1 + x) if ≥ 0 with zeros, the positives ≥ 100× apart; else linear. */
        static Scale of(double[] sorted) {
            if (sorted.length == 0 || sorted[0] < 0) {
                return LINEAR;
            }
            double max = sorted[sorted.length - 1];
            if (sorted[0] > 0) {
                return max / sorted[0] >= WIDE ? LOG : LINEAR;
            }
            double smallestPositive = Arrays.stream(sorted).filter(v -> v > 0).findFirst().orElse(max);
            return smallestPositive > 0 && max / smallestPositive >= WIDE ? LOG1P : LINEAR;
        }

        double apply(double v) {
            return switch (this) {
                case LINEAR -> v;
                case LOG -> Math.log10(v);
                case LOG1P -> Math.log1p(v);
            };
        }
    }

    /** A range this many times wide is drawn on a log scale. */
    private static final double WIDE = 100;

    /** The plot area and the value → x mapping used, so callers (and tests) can find a break's line. */
    public record Layout(Rectangle2D plot, double min, double max, Scale scale) {
        public double xFor(double value) {
            double t = (scale.apply(value) - scale.apply(min)) / (scale.apply(max) - scale.apply(min));
            return plot.getX() + (max == min ? 0.5 : t) * plot.getWidth();
        }

        public boolean logScale() {
            return scale == Scale.LOG;
        }
    }

    public Layout paint(Graphics2D g, ClassifiedMap map, Rectangle2D area) {
        return paint(g, map.values().valueArray(), map.breaks(), map.classColors(), map.legend().displayUnit(), area);
    }

    public Layout paint(Graphics2D g, double[] values, ClassBreaks breaks, List<Color> classColors, DisplayUnit unit,
                        Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font font = JapaneseFont.of(Font.PLAIN, textPx);
            FontMetrics fm = g2.getFontMetrics(font);
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double min = sorted.length == 0 ? 0 : sorted[0];
            double max = sorted.length == 0 ? 1 : sorted[sorted.length - 1];
            Scale scale = Scale.of(sorted);
            double labelH = fm.getHeight();
            Rectangle2D plot = new Rectangle2D.Double(area.getX() + fm.stringWidth("0000") + 6, area.getY() + 4,
                    area.getWidth() - fm.stringWidth("0000") - 10, area.getHeight() - labelH - 10);
            Layout layout = new Layout(plot, min, max, scale);
            if (sorted.length == 0) {
                return layout;
            }

            int[] counts = new int[bins];
            int[][] byClass = new int[bins][Math.max(1, breaks.classes())];
            for (double v : sorted) {
                int b = (int) Math.floor((layout.xFor(v) - plot.getX()) / plot.getWidth() * bins);
                b = Math.max(0, Math.min(bins - 1, b));
                counts[b]++;
                byClass[b][breaks.classOf(v)]++;
            }
            int top = Arrays.stream(counts).max().orElse(1);
            double binW = plot.getWidth() / bins;
            for (int b = 0; b < bins; b++) {
                if (counts[b] == 0) {
                    continue;
                }
                double h = plot.getHeight() * counts[b] / top;
                g2.setColor(classColors.get(mostCommon(byClass[b])));
                g2.fill(new Rectangle2D.Double(plot.getX() + b * binW, plot.getMaxY() - h, binW, h));
                g2.setColor(AXIS);
                g2.setStroke(new BasicStroke(0.5f));
                g2.draw(new Rectangle2D.Double(plot.getX() + b * binW, plot.getMaxY() - h, binW, h));
            }

            g2.setColor(BREAK_LINE);
            g2.setStroke(new BasicStroke(2f));
            for (double br : breaks.breaks()) {
                double x = layout.xFor(br);
                g2.draw(new Line2D.Double(x, plot.getY(), x, plot.getMaxY()));
            }

            g2.setColor(AXIS);
            g2.setStroke(new BasicStroke(1f));
            g2.draw(new Line2D.Double(plot.getX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
            g2.draw(new Line2D.Double(plot.getX(), plot.getY(), plot.getX(), plot.getMaxY()));
            g2.setFont(font);
            float baseline = (float) (plot.getMaxY() + 4 + fm.getAscent());
            String lo = NumberText.plainJa(unit.convert(min));
            String hi = NumberText.plainJa(unit.convert(max)) + " " + unit.label() + switch (scale) {
                case LINEAR -> "";
                case LOG -> "（対数目盛）";
                case LOG1P -> "（対数目盛 log(1+x)）";
            };
            g2.drawString(lo, (float) plot.getX(), baseline);
            g2.drawString(hi, (float) (plot.getMaxX() - fm.stringWidth(hi)), baseline);
            String topCount = String.valueOf(top);
            g2.drawString(topCount, (float) (plot.getX() - 4 - fm.stringWidth(topCount)), (float) (plot.getY() + fm.getAscent()));
            return layout;
        } finally {
            g2.dispose();
        }
    }

    /** The class most of a bin's values are in (a bin straddling a break takes the upper class on a tie). */
    private static int mostCommon(int[] classCounts) {
        int best = 0;
        for (int c = 1; c < classCounts.length; c++) {
            if (classCounts[c] >= classCounts[best]) {
                best = c;
            }
        }
        return best;
    }
}
