package jp.chiikiatlas.population;

/**
 * Rank by population among peers (1 = most populous).
 *
 * @param of          how many peers were ranked, the region included: only peers with people, so
 *                    北海道 counts its 179 municipalities, not the 185 codes of the code list
 * @param leftOutEmpty peers left out because their population is 0 (the 6 北方領土 villages,
 *                    01695–01700, which the tables list with 0)
 */
public record Rank(int rank, int of, int leftOutEmpty, int period, String credit) {
}
