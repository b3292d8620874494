package jp.chiikiatlas.choropleth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** The no-data fill: light grey with thin diagonal hatching, for maps and legend swatches alike. */
public final class NoDataFill {
    public static final Color HATCH = new Color(132, 145, 158); // CUD グレー
    private static final int TILE = 8;
    private static final Paint PAINT = hatch();

    private NoDataFill() {
    }

    /** A paint to fill no-data regions with; the tile's background is {@link Palettes#NO_DATA}. */
    public static Paint paint() {
        return PAINT;
    }

    private static Paint hatch() {
        BufferedImage tile = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        g.setColor(Palettes.NO_DATA);
        g.fillRect(0, 0, TILE, TILE);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(HATCH);
        g.setStroke(new BasicStroke(1f));
        // One diagonal per tile, continued across tile edges.
        g.drawLine(0, TILE, TILE, 0);
        g.drawLine(-1, 1, 1, -1);
        g.drawLine(TILE - 1, TILE + 1, TILE + 1, TILE - 1);
        g.dispose();
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, TILE, TILE));
    }
}
