package jp.chiikiatlas.choropleth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Legend} with Java2D, so the screen, PNG and SVG exports share one look: title,
 * unit and method, one row per class (swatch, range, count), the hatched no-data row, then notes
 * and source lines. Type is at least 14 px, readable on a projector.
 */
public final class LegendPainter {
    public static final float MIN_TEXT_PX = 14f;
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color SWATCH_BORDER = new Color(0x80, 0x80, 0x80);

    private final float textPx;

    /** Default 16 px body text. */
    public LegendPainter() {
        this(16f);
    }

    public LegendPainter(float textPx) {
        this.textPx = Math.max(MIN_TEXT_PX, textPx);
    }

    /** Where things were drawn: the legend's bounds and each swatch (classes first, no data last). */
    public record Layout(Rectangle2D bounds, List<Rectangle2D> classSwatches, Rectangle2D noDataSwatch) {
    }

    /** The size the legend needs, without drawing. */
    public Rectangle2D measure(Graphics2D g, Legend legend) {
        return draw(g, legend, 0, 0, false).bounds();
    }

    /** Draws with the top-left corner at (x, y). */
    public Layout paint(Graphics2D g, Legend legend, double x, double y) {
        return draw(g, legend, x, y, true);
    }

    private Layout draw(Graphics2D g, Legend legend, double x, double y, boolean paint) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font title = JapaneseFont.of(Font.BOLD, textPx * 1.2f);
            Font body = JapaneseFont.of(Font.PLAIN, textPx);
            Font small = JapaneseFont.of(Font.PLAIN, Math.max(MIN_TEXT_PX, textPx * 0.875f));
            int swatchW = Math.round(textPx * 2f);
            int swatchH = Math.round(textPx * 1.25f);
            int gap = Math.round(textPx * 0.5f);
            double cursor = y;
            double width = 0;

            cursor = text(g2, title, legend.title(), x, cursor, paint);
            width = Math.max(width, textWidth(g2, title, legend.title()));
            String unitLine = "単位：" + legend.unit() + "　" + legend.method();
            cursor = text(g2, small, unitLine, x, cursor, paint);
            width = Math.max(width, textWidth(g2, small, unitLine));
            cursor += gap;

            FontMetrics fm = g2.getFontMetrics(body);
            int countColumn = 0;
            for (LegendClass c : legend.classes()) {
                countColumn = Math.max(countColumn, fm.stringWidth(c.label()));
            }
            countColumn = Math.max(countColumn, fm.stringWidth(legend.noDataLabel()));
            List<Rectangle2D> swatches = new ArrayList<>();
            // Highest class on top, as map readers expect "more" above.
            for (int i = legend.classes().size() - 1; i >= 0; i--) {
                LegendClass c = legend.classes().get(i);
                Rectangle2D r = swatch(g2, c.color(), x, cursor, swatchW, swatchH, paint);
                swatches.add(0, r);
                double rowWidth = row(g2, body, fm, c.label(), count(c.count()), x + swatchW + gap, cursor, swatchH,
                        countColumn, gap, paint);
                width = Math.max(width, rowWidth - x);
                cursor += swatchH + gap / 2.0;
            }
            Rectangle2D noData = swatch(g2, NoDataFill.paint(), x, cursor, swatchW, swatchH, paint);
            double rowWidth = row(g2, body, fm, legend.noDataLabel(), count(legend.noDataCount()), x + swatchW + gap,
                    cursor, swatchH, countColumn, gap, paint);
            width = Math.max(width, rowWidth - x);
            cursor += swatchH + gap;

            for (String note : legend.notes()) {
                cursor = text(g2, small, "※" + note, x, cursor, paint);
                width = Math.max(width, textWidth(g2, small, "※" + note));
            }
            for (String source : legend.sources()) {
                cursor = text(g2, small, source, x, cursor, paint);
                width = Math.max(width, textWidth(g2, small, source));
            }
            return new Layout(new Rectangle2D.Double(x, y, width, cursor - y), List.copyOf(swatches), noData);
        } finally {
            g2.dispose();
        }
    }

    private static String count(int n) {
        return NumberText.ja(n, 0);
    }

    private static double text(Graphics2D g, Font font, String s, double x, double top, boolean paint) {
        FontMetrics fm = g.getFontMetrics(font);
        if (paint) {
            g.setFont(font);
            g.setColor(TEXT);
            g.drawString(s, (float) x, (float) (top + fm.getAscent()));
        }
        return top + fm.getHeight();
    }

    private static double textWidth(Graphics2D g, Font font, String s) {
        return g.getFontMetrics(font).stringWidth(s);
    }

    private static Rectangle2D swatch(Graphics2D g, Paint fill, double x, double y, int w, int h, boolean paint) {
        // Whole pixels so the swatch colour is exact in raster output.
        Rectangle2D r = new Rectangle2D.Double(Math.round(x), Math.round(y), w, h);
        if (paint) {
            g.setPaint(fill);
            g.fill(r);
            g.setColor(SWATCH_BORDER);
            g.setStroke(new BasicStroke(1f));
            g.draw(r);
        }
        return r;
    }

    /** Range label, then the count right-aligned in its own column; returns the row's right edge. */
    private static double row(Graphics2D g, Font font, FontMetrics fm, String label, String count, double x, double top,
                              int rowHeight, int labelColumn, int gap, boolean paint) {
        double baseline = top + (rowHeight + fm.getAscent() - fm.getDescent()) / 2.0;
        double countRight = x + labelColumn + gap * 2 + fm.stringWidth("0,000");
        if (paint) {
            g.setFont(font);
            g.setColor(TEXT);
            g.drawString(label, (float) x, (float) baseline);
            g.drawString(count, (float) (countRight - fm.stringWidth(count)), (float) baseline);
        }
        return countRight;
    }
}
