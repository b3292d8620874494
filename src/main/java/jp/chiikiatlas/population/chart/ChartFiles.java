package jp.chiikiatlas.population.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Paints a chart on plain Java2D: the same {@link JFreeChart#draw} call serves PNG, SVG and (via
 * FXGraphics2D) the window.
 */
public final class ChartFiles {
    private ChartFiles() {
    }

    /** The chart as an image; {@code info} (may be null) receives the position of every bar and point. */
    public static BufferedImage image(JFreeChart chart, int width, int height, ChartRenderingInfo info) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g2.dispose();
        }
        return image;
    }

    public static void writePng(JFreeChart chart, int width, int height, Path file) throws IOException {
        if (!ImageIO.write(image(chart, width, height, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGDocument();
    }

    public static void writeSvg(JFreeChart chart, int width, int height, Path file) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        SVGUtils.writeToSVG(file.toFile(), g2.getSVGElement());
    }
}
