package jp.chiikiatlas.choropleth;

/**
 * Standard deviation classes: breaks at mean + j·step with step σ or ½σ (population σ). An even
 * number of classes puts the mean on a break; an odd number centres the middle class on the
 * mean. The end classes are open to the data's minimum and maximum; breaks beyond the data are
 * dropped, so a narrow spread gives fewer classes.
 */
public final class StandardDeviationClassifier implements Classifier {
    private final double stepInSigmas;

    /** @param stepInSigmas 1 or 0.5 */
    public StandardDeviationClassifier(double stepInSigmas) {
        if (stepInSigmas != 1.0 && stepInSigmas != 0.5) {
            throw new IllegalArgumentException("class width must be 1 σ or ½ σ: " + stepInSigmas);
        }
        this.stepInSigmas = stepInSigmas;
    }

    public double stepInSigmas() {
        return stepInSigmas;
    }

    @Override
    public String id() {
        return "stddev";
    }

    @Override
    public String nameJa() {
        return stepInSigmas == 1.0 ? "標準偏差（1σ）" : "標準偏差（½σ）";
    }

    @Override
    public ClassBreaks classify(double[] sortedValues, int classes) {
        int n = sortedValues.length;
        double min = sortedValues[0];
        double max = sortedValues[n - 1];
        double mean = 0;
        for (double v : sortedValues) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : sortedValues) {
            ss += (v - mean) * (v - mean);
        }
        double step = Math.sqrt(ss / n) * stepInSigmas;
        if (step == 0) {
            return ClassBreaks.of(min, max);
        }
        double[] bounds = new double[classes + 1];
        int size = 0;
        bounds[size++] = min;
        for (int i = 1; i < classes; i++) {
            double b = ClassBreaks.tidy(mean + (i - classes / 2.0) * step);
            if (b > min && b <= max && b > bounds[size - 1]) {
                bounds[size++] = b;
            }
        }
        bounds[size++] = max;
        return ClassBreaks.of(java.util.Arrays.copyOf(bounds, size));
    }
}
