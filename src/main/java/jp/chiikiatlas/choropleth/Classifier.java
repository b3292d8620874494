package jp.chiikiatlas.choropleth;

/**
 * Turns the values of a map into class breaks. Implementations may return fewer classes than
 * asked when the data have fewer distinct values (or, for standard deviation, a narrow spread):
 * an honest legend beats empty classes.
 */
public interface Classifier {
    int MIN_CLASSES = 3;
    int MAX_CLASSES = 9;

    /** The id used on the command line ({@code quantile}, {@code equal}, {@code jenks}, {@code stddev}, {@code manual}). */
    String id();

    /** A short Japanese name for the legend (分位数, 等間隔, …). */
    String nameJa();

    /**
     * Breaks for ascending, finite, non-empty {@code sortedValues}, the outer bounds being the
     * smallest and largest value.
     */
    ClassBreaks classify(double[] sortedValues, int classes);

    /**
     * Breaks for values all on one side of {@code anchor} (a diverging scale's 0), the bound on that
     * side being the anchor itself.
     */
    default ClassBreaks classifyFrom(double anchor, double[] sortedValues, int classes) {
        ClassBreaks b = classify(sortedValues, classes);
        return anchor <= sortedValues[0] ? b.withLower(anchor) : b.withUpper(anchor);
    }
}
