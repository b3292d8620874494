package jp.chiikiatlas.population;

/**
 * Rank by population among peers (1 = most populous).
 *
 * @param of how many peers were ranked, the region included
 */
public record Rank(int rank, int of, int period, String credit) {
}
