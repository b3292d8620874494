package jp.chiikiatlas.choropleth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * The legend with the histogram under it, on a white card: the same picture beside the map in the
 * window and in the corner of a rendered PNG, so both read alike.
 */
public final class LegendImage {
    private static final Color CARD = new Color(255, 255, 255, 235);
    private static final Color CARD_BORDER = new Color(0xB0, 0xB0, 0xB0);

    private LegendImage() {
    }

    /**
     * A picture {@code minWidth} wide; long source lines and notes are wrapped to fit (a legend
     * line wider than that, e.g. a long title, still widens it).
     */
    public static BufferedImage paint(ClassifiedMap map, int minWidth, float textPx) {
        LegendPainter legendPainter = new LegendPainter(textPx);
        int pad = Math.round(textPx * 0.75f);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D sg = scratch.createGraphics();
        Legend legend = wrapped(map.legend(), sg.getFontMetrics(
                JapaneseFont.of(java.awt.Font.PLAIN, Math.max(LegendPainter.MIN_TEXT_PX, textPx * 0.875f))),
                minWidth - 2 * pad);
        Rectangle2D size = legendPainter.measure(sg, legend);
        sg.dispose();
        int width = (int) Math.ceil(Math.max(minWidth, size.getWidth() + 2 * pad));
        int histogramHeight = map.values().values().isEmpty() ? 0 : Math.round(textPx * 10);
        int height = (int) Math.ceil(size.getHeight()) + histogramHeight + 3 * pad;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(CARD);
            g.fillRect(0, 0, width, height);
            g.setColor(CARD_BORDER);
            g.drawRect(0, 0, width - 1, height - 1);
            legendPainter.paint(g, legend, pad, pad);
            if (histogramHeight > 0) {
                new HistogramPainter(30, textPx).paint(g, map, new Rectangle2D.Double(pad,
                        size.getHeight() + 2 * pad, width - 2 * pad, histogramHeight));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The legend with its source lines broken to fit {@code width} pixels. */
    static Legend wrapped(Legend legend, java.awt.FontMetrics fm, int width) {
        java.util.List<String> notes = legend.notes(); // short, and each line gets its own ※: left as they are
        java.util.List<String> sources = new java.util.ArrayList<>();
        legend.sources().forEach(s -> sources.addAll(wrap(s, fm, width)));
        return new Legend(legend.title(), legend.unit(), legend.displayUnit(), legend.method(), legend.classes(),
                legend.noDataCount(), legend.noDataByReason(), legend.noDataColor(), sources, notes);
    }

    /** Greedy line breaks by character (Japanese has no spaces), preferring to break before 「 or （. */
    static java.util.List<String> wrap(String text, java.awt.FontMetrics fm, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String rest = text;
        while (fm.stringWidth(rest) > width && rest.length() > 1) {
            int fit = 1;
            while (fit < rest.length() && fm.stringWidth(rest.substring(0, fit + 1)) <= width) {
                fit++;
            }
            int cut = fit;
            for (int i = fit; i > fit / 2; i--) {
                char c = rest.charAt(i - 1);
                if (c == '「' || c == '（') {
                    cut = i - 1;
                    break;
                }
            }
            if (cut <= 0) {
                cut = fit;
            }
            lines.add(rest.substring(0, cut));
            rest = "　" + rest.substring(cut);
        }
        lines.add(rest);
        return lines;
    }
}
