package jp.chiikiatlas.choropleth;

/**
 * Sorted values collapsed to distinct values with counts. Classifiers break only between distinct
 * values: a break inside a run of equal values would split regions with the same number.
 */
final class DistinctValues {
    final double[] value;
    final int[] count;
    /** {@code below[j]}: how many values are smaller than {@code value[j]}; {@code below[size]} = n. */
    final int[] below;

    DistinctValues(double[] sorted) {
        int m = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                m++;
            }
        }
        value = new double[m];
        count = new int[m];
        below = new int[m + 1];
        int j = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                j++;
                value[j] = sorted[i];
                below[j] = i;
            }
            count[j]++;
        }
        below[m] = sorted.length;
    }

    int size() {
        return value.length;
    }

    int total() {
        return below[value.length];
    }

    /** Bounds for classes starting at the given distinct indices (the first being 0). */
    ClassBreaks breaksAt(int[] starts) {
        double[] b = new double[starts.length + 1];
        for (int i = 0; i < starts.length; i++) {
            b[i] = value[starts[i]];
        }
        b[starts.length] = value[value.length - 1];
        return ClassBreaks.of(b);
    }
}
