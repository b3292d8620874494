package jp.chiikiatlas.population.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The look shared by every population chart: colours that avoid the blue/pink stereotype and stay
 * apart in greyscale (a dark and a light tone), type large enough for a projector, a Japanese
 * font, and the source line stamped at the bottom.
 */
public final class ChartStyle {
    /** Dark teal, relative luminance ≈ 0.10. */
    public static final Color MALE = new Color(0x1F, 0x5F, 0x66);
    /** Light orange, relative luminance ≈ 0.52: far from {@link #MALE} when printed in grey. */
    public static final Color FEMALE = new Color(0xF2, 0xB0, 0x5E);
    /** The comparison year's outline, drawn over both fills. */
    public static final Color OUTLINE = new Color(0x22, 0x22, 0x22);
    public static final Color NATURAL = MALE;
    public static final Color SOCIAL = FEMALE;
    public static final Color TOTAL = OUTLINE;
    /** Trend lines: the region, then comparison regions; told apart by lightness and dash too. */
    public static final List<Color> LINES = List.of(MALE, new Color(0xD9, 0x82, 0x2B), new Color(0x6E, 0x6E, 0x6E),
            new Color(0x7B, 0x4F, 0x8C), new Color(0x9C, 0xB8, 0x3A));
    public static final List<Stroke> LINE_STROKES = List.of(
            new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
            new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
            new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {10f, 6f}, 0f),
            new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 5f}, 0f),
            new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {14f, 4f, 3f, 4f}, 0f));

    public static final int TITLE_SIZE = 24;
    public static final int LABEL_SIZE = 18;
    public static final int TEXT_SIZE = 16;
    /** Smallest type on any chart: ticks, notes and the credit line. */
    public static final int SMALL_SIZE = 14;

    /** The map's Japanese font ({@link jp.chiikiatlas.map.MapFonts}): charts and maps in one typeface. */
    private static final String FAMILY = jp.chiikiatlas.map.MapFonts.family();

    private ChartStyle() {
    }

    public static String fontFamily() {
        return FAMILY;
    }

    public static Font font(int size) {
        return new Font(FAMILY, Font.PLAIN, size);
    }

    public static Font bold(int size) {
        return new Font(FAMILY, Font.BOLD, size);
    }

    /** Fonts, flat bars, white background. Call before setting series paints (the theme resets them). */
    static void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("chiiki-atlas");
        theme.setExtraLargeFont(bold(TITLE_SIZE));
        theme.setLargeFont(font(LABEL_SIZE));
        theme.setRegularFont(font(TEXT_SIZE));
        theme.setSmallFont(font(SMALL_SIZE));
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(Color.BLACK);
        theme.apply(chart);
    }

    /**
     * Notes (if any) and the source line at the bottom, the legend at the top. Bottom subtitles
     * stack from the edge in the order added, so the credit goes first and is the last line of the image.
     */
    static void stamp(JFreeChart chart, String credit, List<String> notes) {
        if (chart.getLegend() != null) {
            chart.getLegend().setPosition(RectangleEdge.TOP); // keeps the credit the bottom line
        }
        chart.addSubtitle(bottomLine(credit, new Color(0x33, 0x33, 0x33)));
        for (int i = notes.size() - 1; i >= 0; i--) {
            chart.addSubtitle(bottomLine("※ " + notes.get(i), Color.BLACK));
        }
    }

    private static TextTitle bottomLine(String text, Color colour) {
        return new TextTitle(text, font(SMALL_SIZE), colour, RectangleEdge.BOTTOM, HorizontalAlignment.LEFT,
                VerticalAlignment.BOTTOM, new RectangleInsets(2, 8, 2, 8));
    }
}
