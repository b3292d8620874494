package jp.chiikiatlas.population;

/** A value range shared by charts drawn on the same scale. */
public record AxisRange(double lower, double upper) {
    public AxisRange union(AxisRange other) {
        return new AxisRange(Math.min(lower, other.lower), Math.max(upper, other.upper));
    }
}
