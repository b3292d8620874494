package jp.chiikiatlas.choropleth;

/**
 * Quantiles: classes with counts as equal as ties allow. Class by class, the break goes at the
 * distinct value that brings the running count closest to an equal share of what is left, keeping
 * enough distinct values for the classes still to come.
 */
public final class QuantileClassifier implements Classifier {
    @Override
    public String id() {
        return "quantile";
    }

    @Override
    public String nameJa() {
        return "分位数";
    }

    @Override
    public ClassBreaks classify(double[] sortedValues, int classes) {
        DistinctValues d = new DistinctValues(sortedValues);
        int k = Math.min(classes, d.size());
        int n = d.total();
        int[] starts = new int[k];
        for (int i = 1; i < k; i++) {
            int prev = starts[i - 1];
            double target = d.below[prev] + (double) (n - d.below[prev]) / (k - i + 1);
            int lo = prev + 1;
            int hi = d.size() - (k - i);
            starts[i] = nearest(d.below, lo, hi, target);
        }
        return d.breaksAt(starts);
    }

    /** The index in [lo, hi] whose running count is closest to target; the lower on a tie. */
    private static int nearest(int[] below, int lo, int hi, double target) {
        int a = lo;
        int b = hi;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (below[mid] < target) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        if (a > lo && target - below[a - 1] <= below[a] - target) {
            return a - 1;
        }
        return a;
    }
}
