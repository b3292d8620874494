package jp.chiikiatlas.population;

/** Population change between two periods, absolute and in % of the earlier one, with its sources. */
public record Change(int fromPeriod, int toPeriod, double absolute, double percent, String credit) {
}
