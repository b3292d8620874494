package jp.chiikiatlas.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Male (left) and female (right) population by 5-year band for one region and year, optionally with
 * a second year to overlay as an outline.
 *
 * <p>When one year's table ends at 80+ and the other at 100+, both are compared on the common bands
 * (80–84 … 100+ folded into 80+) and {@link #notes()} says so. When the region has no row in the
 * comparison year (a code created or abolished by municipal mergers) the comparison is absent and a
 * note says why, so the chart never silently draws nothing.
 */
public record PopulationPyramid(String regionCode, String regionName, AgeTable main, Optional<AgeTable> comparison,
                                Measure measure, List<String> notes) {

    /** Counts (people) or shares (% of the year's population of known age, both sexes). */
    public enum Measure { COUNTS, SHARES }

    public PopulationPyramid {
        notes = List.copyOf(notes);
    }

    public static PopulationPyramid of(PopulationData data, String code, int period) {
        return of(data, code, period, null);
    }

    /** The pyramid for {@code period}, compared with {@code comparePeriod} when it is not null. */
    public static PopulationPyramid of(PopulationData data, String code, int period, Integer comparePeriod) {
        String name = data.regionName(code).orElse(code);
        AgeTable main = AgeTable.read(data, code, period).orElseThrow(() -> new PopulationDataException(
                name + " (" + code + ") has no age table for " + period));
        List<String> notes = new ArrayList<>();
        Optional<AgeTable> comparison = Optional.empty();
        if (comparePeriod != null) {
            comparison = AgeTable.read(data, code, comparePeriod);
            if (comparison.isEmpty()) {
                notes.add(comparePeriod + "年の表に" + name + "（" + code + "）はありません"
                        + "（市町村合併などでこのコードがその年に存在しないため比較できません）");
            } else if (comparison.get().topOpenAge() != main.topOpenAge()) {
                int older = main.topOpenAge() == 80 ? period : comparePeriod;
                notes.add(older + "年の表は80歳以上が最上位の階級のため、両年とも80歳以上を1つにまとめて比較しています");
                main = main.foldedTo80();
                comparison = Optional.of(comparison.get().foldedTo80());
            }
        }
        addAgeNotGiven(notes, main);
        comparison.ifPresent(c -> addAgeNotGiven(notes, c));
        return new PopulationPyramid(code, name, main, comparison, Measure.COUNTS, notes);
    }

    private static void addAgeNotGiven(List<String> notes, AgeTable table) {
        if (table.ageNotGiven() != 0) {
            notes.add(String.format("%d年: 年齢不詳 %,.0f人（男 %,.0f・女 %,.0f）— 表の総数と年齢階級の合計の差",
                    table.period(), table.ageNotGiven(), table.maleAgeNotGiven(), table.femaleAgeNotGiven()));
        }
    }

    public PopulationPyramid withMeasure(Measure newMeasure) {
        return new PopulationPyramid(regionCode, regionName, main, comparison, newMeasure, notes);
    }

    /** The main year's bands in this pyramid's measure, youngest first. */
    public List<PyramidBand> bands() {
        return inMeasure(main);
    }

    /** The comparison year's bands in this pyramid's measure (empty list without a comparison). */
    public List<PyramidBand> comparisonBands() {
        return comparison.map(this::inMeasure).orElse(List.of());
    }

    /** Age labels, youngest first. */
    public List<String> ages() {
        return main.bands().stream().map(PyramidBand::age).toList();
    }

    /** The largest single bar, either sex, either year, in this measure (for a symmetric axis). */
    public double largestBar() {
        double max = 0;
        for (List<PyramidBand> bands : List.of(bands(), comparisonBands())) {
            for (PyramidBand b : bands) {
                max = Math.max(max, Math.max(b.male(), b.female()));
            }
        }
        return max;
    }

    private List<PyramidBand> inMeasure(AgeTable table) {
        if (measure == Measure.COUNTS) {
            return table.bands();
        }
        double known = table.knownAgeTotal();
        return table.bands().stream()
                .map(b -> new PyramidBand(b.age(), 100 * b.male() / known, 100 * b.female() / known))
                .toList();
    }
}
