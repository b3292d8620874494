package jp.chiikiatlas.choropleth;

import java.util.Arrays;

/**
 * Class bounds {@code b0 ≤ b1 < … < b(n-1) ≤ bn}: class i holds {@code b(i) ≤ v < b(i+1)}, the
 * last class also holds {@code v = bn}. Interior breaks rise strictly; an outer bound may equal
 * its neighbour only when manual breaks leave an end class empty.
 */
public final class ClassBreaks {
    private static final ClassBreaks NONE = new ClassBreaks(new double[0]);

    private final double[] bounds;
    private final double[] interior;

    private ClassBreaks(double[] bounds) {
        this.bounds = bounds;
        this.interior = bounds.length <= 2 ? new double[0] : Arrays.copyOfRange(bounds, 1, bounds.length - 1);
    }

    /** No classes: nothing has data. */
    public static ClassBreaks none() {
        return NONE;
    }

    /** Bounds from lowest to highest, {@code classes + 1} of them. */
    public static ClassBreaks of(double... bounds) {
        if (bounds.length == 1) {
            throw new IllegalArgumentException("a class needs a lower and an upper bound");
        }
        for (double b : bounds) {
            if (!Double.isFinite(b)) {
                throw new IllegalArgumentException("bounds must be finite: " + Arrays.toString(bounds));
            }
        }
        for (int i = 1; i < bounds.length; i++) {
            boolean outer = i == 1 || i == bounds.length - 1;
            if (bounds[i] < bounds[i - 1] || !outer && bounds[i] == bounds[i - 1]) {
                throw new IllegalArgumentException("class bounds must rise: " + Arrays.toString(bounds));
            }
        }
        return new ClassBreaks(bounds.clone());
    }

    public int classes() {
        return Math.max(0, bounds.length - 1);
    }

    public double lower(int classIndex) {
        return bounds[classIndex];
    }

    public double upper(int classIndex) {
        return bounds[classIndex + 1];
    }

    public double[] bounds() {
        return bounds.clone();
    }

    /** The breaks between classes (what a histogram draws as lines). */
    public double[] breaks() {
        return interior.clone();
    }

    /** 0-based class of a value; values outside the outer bounds go to the nearest end class. */
    public int classOf(double value) {
        int lo = 0;
        int hi = interior.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (interior[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many of the values fall in each class. */
    public int[] counts(double[] values) {
        int[] counts = new int[classes()];
        if (counts.length == 0) {
            return counts;
        }
        for (double v : values) {
            counts[classOf(v)]++;
        }
        return counts;
    }

    /** Number of classes lying wholly at or below {@code centre}: where a diverging palette turns. */
    public int classesBelow(double centre) {
        int n = 0;
        for (int i = 0; i < classes(); i++) {
            if (upper(i) <= centre && lower(i) < centre) {
                n++;
            }
        }
        return n;
    }

    public boolean hasBreakAt(double value) {
        return Arrays.stream(interior).anyMatch(b -> b == value);
    }

    /**
     * A computed break rounded to 12 significant digits, so 4.8·1/3 is stored (and written to CSV) as
     * 1.6, not 1.5999999999999999; far below any statistic's precision.
     */
    static double tidy(double computed) {
        if (computed == 0 || !Double.isFinite(computed)) {
            return computed;
        }
        return new java.math.BigDecimal(computed).round(new java.math.MathContext(12)).doubleValue();
    }

    ClassBreaks withLower(double lower) {
        double[] b = bounds.clone();
        b[0] = lower;
        return of(b);
    }

    ClassBreaks withUpper(double upper) {
        double[] b = bounds.clone();
        b[b.length - 1] = upper;
        return of(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassBreaks other && Arrays.equals(bounds, other.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return "ClassBreaks" + Arrays.toString(bounds);
    }
}
