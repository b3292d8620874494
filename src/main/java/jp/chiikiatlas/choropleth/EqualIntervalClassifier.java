package jp.chiikiatlas.choropleth;

/** Equal interval: the range cut into classes of equal width. */
public final class EqualIntervalClassifier implements Classifier {
    @Override
    public String id() {
        return "equal";
    }

    @Override
    public String nameJa() {
        return "等間隔";
    }

    @Override
    public ClassBreaks classify(double[] sortedValues, int classes) {
        return split(sortedValues[0], sortedValues[sortedValues.length - 1], classes);
    }

    /** Equal widths from the anchor, so both halves of a diverging scale have even steps from 0. */
    @Override
    public ClassBreaks classifyFrom(double anchor, double[] sortedValues, int classes) {
        return anchor <= sortedValues[0]
                ? split(anchor, sortedValues[sortedValues.length - 1], classes)
                : split(sortedValues[0], anchor, classes);
    }

    private static ClassBreaks split(double min, double max, int classes) {
        if (min == max) {
            return ClassBreaks.of(min, max);
        }
        double[] b = new double[classes + 1];
        for (int i = 0; i < classes; i++) {
            b[i] = i == 0 ? min : Math.max(b[i - 1], ClassBreaks.tidy(min + (max - min) * i / classes));
        }
        b[classes] = max;
        return ClassBreaks.of(b);
    }
}
