package jp.chiikiatlas.population;

/** One number of the key-figures card with the period it refers to and its source line. */
public record Figure(double value, int period, String credit) {
}
