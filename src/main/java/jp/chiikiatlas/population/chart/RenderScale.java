package jp.chiikiatlas.population.chart;

/**
 * How many device pixels a chart gets per logical pixel: 1 on a plain screen, 1.5 or 2 on HiDPI
 * screens and projectors. Charts are drawn at this scale and shown at their logical size, so
 * lines and type stay sharp instead of being stretched from a 1× image.
 */
public record RenderScale(double factor) {
    public static final RenderScale ONE = new RenderScale(1);
    /** Beyond 4× the image only costs memory: no screen shows more. */
    static final double MAX = 4;

    public RenderScale {
        if (!(factor >= 1 && factor <= MAX)) {
            throw new IllegalArgumentException("scale " + factor + " outside 1 … " + MAX);
        }
    }

    /**
     * The scale for a screen's or window's x and y scales: the larger one (so neither direction is
     * blurred), never below 1 (a 0 or NaN before the window is shown), at most {@link #MAX}.
     */
    public static RenderScale of(double scaleX, double scaleY) {
        double s = Math.max(valid(scaleX), valid(scaleY));
        return new RenderScale(Math.min(MAX, s));
    }

    private static double valid(double s) {
        return Double.isFinite(s) && s > 1 ? s : 1;
    }

    /** Device pixels for a logical length, rounded: 456 logical at 1.25× is 570 pixels. */
    public int pixels(int logical) {
        return (int) Math.round(logical * factor);
    }
}
