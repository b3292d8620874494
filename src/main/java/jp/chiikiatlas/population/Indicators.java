package jp.chiikiatlas.population;

/** Ids of the statistics indicators the population analyses read. */
public final class Indicators {
    public static final String POPULATION = "population";
    public static final String HOUSEHOLDS = "households";
    public static final String NATURAL_CHANGE = "natural_change";
    public static final String SOCIAL_CHANGE = "social_change";

    private Indicators() {
    }
}
