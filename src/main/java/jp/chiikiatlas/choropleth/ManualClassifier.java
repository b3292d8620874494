package jp.chiikiatlas.choropleth;

import java.util.Arrays;

/**
 * Breaks the user chose, e.g. 0, 1,000, 10,000 人/km². The outer bounds stretch to the data;
 * an end class the data do not reach stays, empty, so the legend matches what was asked.
 */
public final class ManualClassifier implements Classifier {
    private final double[] breaks;

    /** @param breaks the breaks between classes, rising; 2–8 of them for 3–9 classes */
    public ManualClassifier(double... breaks) {
        if (breaks.length < MIN_CLASSES - 1 || breaks.length > MAX_CLASSES - 1) {
            throw new IllegalArgumentException("manual classes need " + (MIN_CLASSES - 1) + "–" + (MAX_CLASSES - 1)
                    + " breaks for " + MIN_CLASSES + "–" + MAX_CLASSES + " classes: " + Arrays.toString(breaks));
        }
        for (int i = 0; i < breaks.length; i++) {
            if (!Double.isFinite(breaks[i]) || i > 0 && breaks[i] <= breaks[i - 1]) {
                throw new IllegalArgumentException("manual breaks must be finite and rise: " + Arrays.toString(breaks));
            }
        }
        this.breaks = breaks.clone();
    }

    @Override
    public String id() {
        return "manual";
    }

    @Override
    public String nameJa() {
        return "手動";
    }

    /** The number of classes follows from the breaks; {@code classes} is ignored. */
    @Override
    public ClassBreaks classify(double[] sortedValues, int classes) {
        double[] b = new double[breaks.length + 2];
        b[0] = Math.min(sortedValues[0], breaks[0]);
        System.arraycopy(breaks, 0, b, 1, breaks.length);
        b[b.length - 1] = Math.max(sortedValues[sortedValues.length - 1], breaks[breaks.length - 1]);
        return ClassBreaks.of(b);
    }

    @Override
    public ClassBreaks classifyFrom(double anchor, double[] sortedValues, int classes) {
        return classify(sortedValues, classes);
    }
}
