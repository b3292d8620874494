package jp.chiikiatlas.map;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * Colours and line weights of the base map, chosen for a projector in a lit room: a calm blue sea,
 * warm light land, municipal borders thin and grey, prefecture borders clearly heavier.
 */
public final class MapStyle {
    public static final Color SEA = new Color(0xC9DDEB);
    public static final Color LAND = new Color(0xF4F1E6);
    public static final Color MUNICIPAL_BORDER = new Color(0x9C9688);
    public static final Color PREFECTURE_BORDER = new Color(0x4D4A45);
    /** Dark blue on a white halo: stands out on every palette, the warm top classes included. */
    public static final Color SELECTION = new Color(0x0B3C8C);
    public static final Color SELECTION_HALO = Color.WHITE;
    public static final Color LABEL = new Color(0x26241F);
    public static final Color LABEL_HALO = new Color(255, 255, 255, 220);
    public static final Color CREDIT_BACKGROUND = new Color(255, 255, 255, 200);
    public static final Color INSET_FRAME = new Color(0x6F6A60);

    /** Butt caps and bevel joins: round ones add curves to every vertex and are invisible at these widths. */
    public static final BasicStroke MUNICIPAL_STROKE = new BasicStroke(0.7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL);
    public static final BasicStroke PREFECTURE_STROKE = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL);
    public static final BasicStroke SELECTION_STROKE = new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final BasicStroke SELECTION_HALO_STROKE = new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final BasicStroke LABEL_HALO_STROKE = new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /** Label sizes in pixels: ≥ 14 so a room can read them off a projector. */
    public static final float PREFECTURE_LABEL_SIZE = 16f;
    public static final float MUNICIPALITY_LABEL_SIZE = 14f;
    public static final float CREDIT_SIZE = 13f;

    /** Outside the focused prefecture: a third of the way to a neutral grey. */
    public static Color faded(Color c) {
        return new Color((c.getRed() * 2 + 0xD4) / 3, (c.getGreen() * 2 + 0xD2) / 3, (c.getBlue() * 2 + 0xCC) / 3);
    }

    private MapStyle() {
    }
}
