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

    /** A picture at least {@code minWidth} wide (wider when a legend line needs it). */
    public static BufferedImage paint(ClassifiedMap map, int minWidth, float textPx) {
        Legend legend = map.legend();
        LegendPainter legendPainter = new LegendPainter(textPx);
        int pad = Math.round(textPx * 0.75f);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D sg = scratch.createGraphics();
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
}
