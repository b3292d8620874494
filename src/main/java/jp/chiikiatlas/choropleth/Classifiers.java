package jp.chiikiatlas.choropleth;

import java.util.List;

/** The classification methods by command-line id. */
public final class Classifiers {
    public static final Classifier QUANTILE = new QuantileClassifier();
    public static final Classifier EQUAL_INTERVAL = new EqualIntervalClassifier();
    public static final Classifier JENKS = new JenksClassifier();
    public static final Classifier STANDARD_DEVIATION = new StandardDeviationClassifier(1.0);
    public static final Classifier HALF_STANDARD_DEVIATION = new StandardDeviationClassifier(0.5);

    private Classifiers() {
    }

    /** {@code quantile}, {@code equal}, {@code jenks} or {@code stddev} (1 σ classes). */
    public static Classifier byId(String id) {
        return switch (id) {
            case "quantile" -> QUANTILE;
            case "equal" -> EQUAL_INTERVAL;
            case "jenks" -> JENKS;
            case "stddev" -> STANDARD_DEVIATION;
            case "stddev-half" -> HALF_STANDARD_DEVIATION;
            default -> throw new IllegalArgumentException("unknown classification method: " + id
                    + " (quantile, equal, jenks, stddev, stddev-half)");
        };
    }

    public static List<Classifier> all() {
        return List.of(QUANTILE, EQUAL_INTERVAL, JENKS, STANDARD_DEVIATION, HALF_STANDARD_DEVIATION);
    }
}
