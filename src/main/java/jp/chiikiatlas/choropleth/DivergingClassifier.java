package jp.chiikiatlas.choropleth;

import java.util.Arrays;

/**
 * For signed measures: 0 is always a break, values below and above it are classified separately
 * by the wrapped classifier, so a diverging palette turns exactly at "no change". Values of
 * exactly 0 fall in the class starting at 0 (lower bounds are inclusive).
 */
public final class DivergingClassifier implements Classifier {
    public static final double CENTRE = 0.0;
    /** Diverging schemes have at most 11 colours: five each side of a neutral middle. */
    public static final int MAX_CLASSES_PER_SIDE = 5;

    private final Classifier side;

    public DivergingClassifier(Classifier side) {
        this.side = side;
    }

    public Classifier side() {
        return side;
    }

    @Override
    public String id() {
        return side.id();
    }

    @Override
    public String nameJa() {
        return side.nameJa() + "・0を中心";
    }

    @Override
    public ClassBreaks classify(double[] sortedValues, int classes) {
        int firstPositive = firstAtLeast(sortedValues, CENTRE);
        double[] neg = Arrays.copyOfRange(sortedValues, 0, firstPositive);
        double[] pos = Arrays.copyOfRange(sortedValues, firstPositive, sortedValues.length);
        if (neg.length == 0) {
            return side.classifyFrom(CENTRE, pos, Math.min(classes, MAX_CLASSES_PER_SIDE));
        }
        if (pos.length == 0) {
            return side.classifyFrom(CENTRE, neg, Math.min(classes, MAX_CLASSES_PER_SIDE));
        }
        // Half the classes each side; an odd one goes to the side with more regions.
        int negClasses = classes / 2;
        if (classes % 2 == 1 && neg.length > pos.length) {
            negClasses++;
        }
        negClasses = Math.max(1, Math.min(Math.min(negClasses, classes - 1), MAX_CLASSES_PER_SIDE));
        int posClasses = Math.min(classes - negClasses, MAX_CLASSES_PER_SIDE);
        double[] below = side.classifyFrom(CENTRE, neg, negClasses).bounds();
        double[] above = side.classifyFrom(CENTRE, pos, posClasses).bounds();
        double[] all = new double[below.length + above.length - 1];
        System.arraycopy(below, 0, all, 0, below.length);
        System.arraycopy(above, 1, all, below.length, above.length - 1);
        return ClassBreaks.of(all);
    }

    private static int firstAtLeast(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
