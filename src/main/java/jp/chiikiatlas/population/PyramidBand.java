package jp.chiikiatlas.population;

/** One age band of a pyramid: male and female values (counts, or % shares — see the pyramid's measure). */
public record PyramidBand(String age, double male, double female) {
}
