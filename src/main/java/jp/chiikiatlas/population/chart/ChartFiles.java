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
 * Paints charts on plain Java2D: the same {@link JFreeChart#draw} call serves PNG, SVG and (via
 * FXGraphics2D) the window.
 */
public final class ChartFiles {

    /** Something that paints itself into an area: a chart ({@code chart::draw}) or a grid of them. */
    @FunctionalInterface
    public interface Painter {
        void paint(Graphics2D g2, Rectangle2D area);
    }

    private ChartFiles() {
    }

    /** The chart as an image; {@code info} (may be null) receives the position of every bar and point. */
    public static BufferedImage image(JFreeChart chart, int width, int height, ChartRenderingInfo info) {
        return image((g2, area) -> chart.draw(g2, area, info), width, height);
    }

    public static BufferedImage image(Painter painter, int width, int height) {
        return image(painter, width, height, RenderScale.ONE);
    }

    /**
     * The chart laid out at {@code width × height} logical pixels and drawn at {@code scale}: the same
     * layout (type sizes, line widths) with more pixels, for HiDPI screens and slides.
     */
    public static BufferedImage image(Painter painter, int width, int height, RenderScale scale) {
        int pixelWidth = scale.pixels(width);
        int pixelHeight = scale.pixels(height);
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(java.awt.Color.WHITE);
            g2.fillRect(0, 0, pixelWidth, pixelHeight);
            g2.scale(pixelWidth / (double) width, pixelHeight / (double) height);
            painter.paint(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    public static void writePng(Painter painter, int width, int height, Path file) throws IOException {
        writePng(painter, width, height, RenderScale.ONE, file);
    }

    public static void writePng(Painter painter, int width, int height, RenderScale scale, Path file) throws IOException {
        // through our own stream: ImageIO.write(File) prints a stack trace for a missing folder
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            if (!ImageIO.write(image(painter, width, height, scale), "png", out)) {
                throw new IOException("no PNG writer available");
            }
        }
    }

    public static void writePng(JFreeChart chart, int width, int height, Path file) throws IOException {
        writePng(chart::draw, width, height, file);
    }

    public static String svg(Painter painter, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        painter.paint(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGDocument();
    }

    public static String svg(JFreeChart chart, int width, int height) {
        return svg(chart::draw, width, height);
    }

    public static void writeSvg(Painter painter, int width, int height, Path file) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        painter.paint(g2, new Rectangle2D.Double(0, 0, width, height));
        SVGUtils.writeToSVG(file.toFile(), g2.getSVGElement());
    }

    public static void writeSvg(JFreeChart chart, int width, int height, Path file) throws IOException {
        writeSvg(chart::draw, width, height, file);
    }
}
