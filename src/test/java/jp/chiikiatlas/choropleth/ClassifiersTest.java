package jp.chiikiatlas.choropleth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each classifier against results checked by hand (arithmetic in the comments). */
class ClassifiersTest {

    // ---- Jenks ----

    /*
     * The example published with simple-statistics' jenks(): [1,2,4,5,7,9,10,20], 3 classes
     * → class starts 1, 7, 20 (max 20). By hand, within-class sums of squares:
     * {1,2,4,5} mean 3 → 4+1+1+4 = 10; {7,9,10} mean 26/3 → 14/3; {20} → 0; total 14.67.
     * Neighbours are worse: {1,2}{4,5,7,9,10}{20} = 0.5+26 = 26.5; {1,2,4,5,7}{9,10}{20} = 22.8+0.5 = 23.3.
     */
    @Test
    void jenksPublishedExampleSmallGaps() {
        ClassBreaks b = Classifiers.JENKS.classify(new double[] {1, 2, 4, 5, 7, 9, 10, 20}, 3);
        assertThat(b.bounds()).containsExactly(1, 7, 20, 20);
        assertThat(b.counts(new double[] {1, 2, 4, 5, 7, 9, 10, 20})).containsExactly(4, 3, 1);
    }

    /* Same source: [2,32,33,34,100], 3 → {2}{32,33,34}{100}, total SS 2, nothing else comes close. */
    @Test
    void jenksPublishedExampleLargeGaps() {
        assertThat(Classifiers.JENKS.classify(new double[] {2, 32, 33, 34, 100}, 3).bounds())
                .containsExactly(2, 32, 100, 100);
    }

    /* [4,5,9,10] in 2 classes: {4,5}{9,10} (SS 1) beats {4}{5,9,10} (SS 14) and {4,5,9}{10} (SS 14). */
    @Test
    void jenksTwoObviousGroups() {
        assertThat(Classifiers.JENKS.classify(new double[] {4, 5, 9, 10}, 2).bounds()).containsExactly(4, 9, 10);
    }

    /* Ties never straddle a break: runs of -1 and 2 stay whole ({-1×4}{2×3}{4,5,6}). */
    @Test
    void jenksKeepsTiesTogether() {
        double[] x = {-1, -1, -1, -1, 2, 2, 2, 4, 5, 6};
        ClassBreaks b = Classifiers.JENKS.classify(x, 3);
        assertThat(b.bounds()).containsExactly(-1, 2, 4, 6);
        assertThat(b.counts(x)).containsExactly(4, 3, 3);
    }

    /* The fast fill must reach the same optimum as the plain O(k·n²) dynamic programme. */
    @Test
    void jenksMatchesPlainDynamicProgramme() {
        for (int seed = 1; seed <= 30; seed++) {
            double[] x = spread(40 + seed, seed);
            for (int k = 3; k <= 9; k++) {
                ClassBreaks b = Classifiers.JENKS.classify(x, k);
                assertThat(withinSs(x, b)).as("seed %d, k %d", seed, k).isCloseTo(bruteForceOptimum(x, k), within(1e-6));
            }
        }
    }

    // ---- Quantile ----

    @Test
    void quantileWithoutTiesHasEqualCounts() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        ClassBreaks b = Classifiers.QUANTILE.classify(x, 4);
        assertThat(b.bounds()).containsExactly(1, 4, 7, 10, 12);
        assertThat(b.counts(x)).containsExactly(3, 3, 3, 3);
    }

    /* 10 values in 3 classes: shares of 3⅓ → counts 3, 4, 3 or 3, 3, 4; never off by more than one. */
    @Test
    void quantileUnevenTotalDiffersByAtMostOne() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        int[] c = Classifiers.QUANTILE.classify(x, 3).counts(x);
        assertThat(Arrays.stream(c).sum()).isEqualTo(10);
        assertThat(Arrays.stream(c).max().getAsInt() - Arrays.stream(c).min().getAsInt()).isLessThanOrEqualTo(1);
    }

    /*
     * Three 2s cannot be split: the first class is {1} (1 value) or {1,2,2,2} (4); 4 is nearer
     * the ideal 3⅓, and the remaining 6 values split 3 + 3.
     */
    @Test
    void quantileCountsAsEqualAsTiesAllow() {
        double[] x = {1, 2, 2, 2, 3, 4, 5, 6, 7, 8};
        ClassBreaks b = Classifiers.QUANTILE.classify(x, 3);
        assertThat(b.bounds()).containsExactly(1, 3, 6, 8);
        assertThat(b.counts(x)).containsExactly(4, 3, 3);
    }

    /* Six equal values fill the first class; the other four get one class each, so 5 classes remain. */
    @Test
    void quantileKeepsClassCountWhenALongRunOfTies() {
        double[] x = {1, 1, 1, 1, 1, 1, 2, 3, 4, 5};
        assertThat(Classifiers.QUANTILE.classify(x, 5).counts(x)).containsExactly(6, 1, 1, 1, 1);
    }

    @Test
    void fewerDistinctValuesThanClassesGiveFewerClasses() {
        double[] x = {3, 3, 7, 7, 7};
        assertThat(Classifiers.QUANTILE.classify(x, 5).counts(x)).containsExactly(2, 3);
        assertThat(Classifiers.JENKS.classify(x, 5).counts(x)).containsExactly(2, 3);
        assertThat(Classifiers.QUANTILE.classify(new double[] {4, 4}, 5).bounds()).containsExactly(4, 4);
    }

    // ---- Equal interval ----

    @Test
    void equalIntervalSplitsTheRange() {
        double[] x = {0, 1, 2, 10};
        ClassBreaks b = Classifiers.EQUAL_INTERVAL.classify(x, 5);
        assertThat(b.bounds()).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(b.counts(x)).containsExactly(2, 1, 0, 0, 1);
    }

    // ---- Standard deviation ----

    /* [2,4,4,4,5,5,7,9]: mean 5, population σ 2. Four 1σ classes: breaks 3, 5, 7 (mean on a break). */
    @Test
    void standardDeviationEvenClassesPutMeanOnABreak() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
        ClassBreaks b = Classifiers.STANDARD_DEVIATION.classify(x, 4);
        assertThat(b.bounds()).containsExactly(2, 3, 5, 7, 9);
        assertThat(b.counts(x)).containsExactly(1, 3, 2, 2);
    }

    /* Three ½σ classes (step 1): the middle class is mean ± ½σ = [4.5, 5.5). */
    @Test
    void standardDeviationOddClassesCentreAClassOnMean() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
        ClassBreaks b = Classifiers.HALF_STANDARD_DEVIATION.classify(x, 3);
        assertThat(b.bounds()).containsExactly(2, 4.5, 5.5, 9);
        assertThat(b.counts(x)).containsExactly(4, 2, 2);
    }

    /* Six 1σ classes would need a break at 1, below the minimum 2: it is dropped. */
    @Test
    void standardDeviationDropsBreaksOutsideTheData() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
        assertThat(Classifiers.STANDARD_DEVIATION.classify(x, 6).bounds()).containsExactly(2, 3, 5, 7, 9, 9);
    }

    // ---- Manual ----

    @Test
    void manualBreaksStretchToTheData() {
        double[] x = {5, 50, 500, 5000};
        ClassBreaks b = new ManualClassifier(10, 100, 1000).classify(x, 0);
        assertThat(b.bounds()).containsExactly(5, 10, 100, 1000, 5000);
        assertThat(b.counts(x)).containsExactly(1, 1, 1, 1);
    }

    @Test
    void manualBreaksKeepEmptyEndClasses() {
        double[] x = {50, 60};
        ClassBreaks b = new ManualClassifier(10, 100, 1000).classify(x, 0);
        assertThat(b.bounds()).containsExactly(10, 10, 100, 1000, 1000);
        assertThat(b.counts(x)).containsExactly(0, 2, 0, 0);
    }

    @Test
    void manualBreaksMustRise() {
        assertThatThrownBy(() -> new ManualClassifier(10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ManualClassifier(10)).as("2 classes").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ManualClassifier(1, 2, 3, 4, 5, 6, 7, 8, 9)).as("10 classes")
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- Diverging ----

    @Test
    void divergingQuantileHasZeroAsBreak() {
        double[] x = {-30, -20, -10, -5, 0, 5, 10, 40};
        ClassBreaks b = new DivergingClassifier(Classifiers.QUANTILE).classify(x, 4);
        assertThat(b.bounds()).containsExactly(-30, -10, 0, 10, 40);
        assertThat(b.hasBreakAt(0)).isTrue();
        assertThat(b.classesBelow(0)).isEqualTo(2);
        assertThat(b.counts(x)).containsExactly(2, 2, 2, 2);
    }

    @Test
    void divergingEqualIntervalStepsEvenlyFromZero() {
        double[] x = {-10, -2, 3, 20};
        assertThat(new DivergingClassifier(Classifiers.EQUAL_INTERVAL).classify(x, 4).bounds())
                .containsExactly(-10, -5, 0, 10, 20);
    }

    /* Five classes: the odd one goes to the side with more regions (here the losses). */
    @Test
    void divergingOddClassGoesToTheFullerSide() {
        double[] x = {-9, -8, -7, -6, -5, -4, 1, 2};
        ClassBreaks b = new DivergingClassifier(Classifiers.JENKS).classify(x, 5);
        assertThat(b.classesBelow(0)).isEqualTo(3);
        assertThat(b.classes()).isEqualTo(5);
        assertThat(b.hasBreakAt(0)).isTrue();
    }

    @Test
    void divergingWithOnlyGainsStartsAtZero() {
        double[] x = {2, 4, 6, 8};
        ClassBreaks b = new DivergingClassifier(Classifiers.EQUAL_INTERVAL).classify(x, 4);
        assertThat(b.bounds()).containsExactly(0, 2, 4, 6, 8);
        assertThat(b.classesBelow(0)).isZero();
    }

    // ---- All of them ----

    @Test
    void everyClassifierGivesRisingBreaksAndCountsSummingToN() {
        double[] x = spread(200, 7);
        double[] signed = Arrays.stream(x).map(v -> v - 40).sorted().toArray();
        for (Classifier c : Classifiers.all()) {
            for (int k = Classifier.MIN_CLASSES; k <= Classifier.MAX_CLASSES; k++) {
                for (Classifier used : new Classifier[] {c, new DivergingClassifier(c)}) {
                    double[] data = used instanceof DivergingClassifier ? signed : x;
                    ClassBreaks b = used.classify(data, k);
                    double[] bounds = b.bounds();
                    for (int i = 1; i < bounds.length; i++) {
                        assertThat(bounds[i]).as("%s k=%d", used.nameJa(), k).isGreaterThanOrEqualTo(bounds[i - 1]);
                    }
                    assertThat(b.classes()).isBetween(1, k);
                    assertThat(Arrays.stream(b.counts(data)).sum()).isEqualTo(data.length);
                    assertThat(b.lower(0)).isLessThanOrEqualTo(data[0]);
                    assertThat(b.upper(b.classes() - 1)).isGreaterThanOrEqualTo(data[data.length - 1]);
                }
            }
        }
    }

    @Test
    void classOfUsesInclusiveLowerAndInclusiveLastUpper() {
        ClassBreaks b = ClassBreaks.of(0, 10, 20);
        assertThat(b.classOf(0)).isZero();
        assertThat(b.classOf(9.999)).isZero();
        assertThat(b.classOf(10)).isEqualTo(1);
        assertThat(b.classOf(20)).isEqualTo(1);
    }

    @Test
    void fallingBoundsAreRefused() {
        assertThatThrownBy(() -> ClassBreaks.of(0, 10, 10, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClassBreaks.of(0, 10, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Test input only: a skewed, tie-bearing sequence from a fixed linear congruential generator. */
    static double[] spread(int n, long seed) {
        long s = seed;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            double u = ((s >>> 11) & ((1L << 40) - 1)) / (double) (1L << 40);
            x[i] = Math.round(Math.exp(4 * u) * 10) / 10.0;
        }
        Arrays.sort(x);
        return x;
    }

    private static double withinSs(double[] sorted, ClassBreaks b) {
        double total = 0;
        for (int c = 0; c < b.classes(); c++) {
            final int cls = c;
            double[] members = Arrays.stream(sorted).filter(v -> b.classOf(v) == cls).toArray();
            double mean = Arrays.stream(members).average().orElse(0);
            total += Arrays.stream(members).map(v -> (v - mean) * (v - mean)).sum();
        }
        return total;
    }

    /** Textbook Fisher–Jenks: O(k·n²) over raw values, breaks only between distinct values. */
    private static double bruteForceOptimum(double[] x, int k) {
        int n = x.length;
        double[][] cost = new double[k + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int c = 1; c <= k; c++) {
            for (int j = 1; j <= n; j++) {
                if (j < n && x[j] == x[j - 1]) {
                    continue;
                }
                for (int i = 0; i < j; i++) {
                    if (i > 0 && x[i] == x[i - 1] || cost[c - 1][i] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double sum = 0;
                    double sq = 0;
                    for (int t = i; t < j; t++) {
                        sum += x[t];
                        sq += x[t] * x[t];
                    }
                    double ss = sq - sum * sum / (j - i);
                    cost[c][j] = Math.min(cost[c][j], cost[c - 1][i] + ss);
                }
            }
        }
        double best = Double.POSITIVE_INFINITY;
        for (int c = 1; c <= k; c++) {
            best = Math.min(best, cost[c][n]);
        }
        return best;
    }
}
