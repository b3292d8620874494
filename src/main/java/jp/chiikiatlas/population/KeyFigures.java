package jp.chiikiatlas.population;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Predicate;
import jp.chiikiatlas.geo.RegionLevel;

/**
 * The key-figures card of a region: population and its change over 1 and 5 years, households,
 * aging rate and working-age share (from the latest age table up to the period), and its rank by
 * population within its prefecture and nationally. Every figure carries its own source line, as
 * they come from different tables.
 */
public record KeyFigures(String regionCode, String regionName, Figure population, Optional<Change> oneYear,
                         Optional<Change> fiveYears, Optional<Figure> households, Optional<Figure> agingRate,
                         Optional<Figure> workingAgeShare, Optional<Rank> rankInPrefecture, Optional<Rank> rankInJapan) {

    /** The figures for the latest period with a population. */
    public static KeyFigures of(PopulationData data, String code) {
        SortedMap<Integer, Double> series = data.series(Indicators.POPULATION, code, Dims.total());
        if (series.isEmpty()) {
            throw new PopulationDataException("no population for " + code);
        }
        return of(data, code, series.lastKey());
    }

    public static KeyFigures of(PopulationData data, String code, int period) {
        String name = data.regionName(code).orElse(code);
        OptionalDouble now = data.value(Indicators.POPULATION, code, period, Dims.total());
        if (now.isEmpty()) {
            throw new PopulationDataException(name + " (" + code + ") has no population for " + period);
        }
        Figure population = new Figure(now.getAsDouble(), period, data.credit(Indicators.POPULATION, period));
        Optional<AgeTable> ages = latestAgeTable(data, code, period);
        return new KeyFigures(code, name, population,
                change(data, code, period - 1, period), change(data, code, period - 5, period),
                figure(data, Indicators.HOUSEHOLDS, code, period),
                ages.map(t -> share(t, 65, Integer.MAX_VALUE)),
                ages.map(t -> share(t, 15, 64)),
                rank(data, code, period, true), rank(data, code, period, false));
    }

    private static Optional<Change> change(PopulationData data, String code, int from, int to) {
        OptionalDouble before = data.value(Indicators.POPULATION, code, from, Dims.total());
        OptionalDouble after = data.value(Indicators.POPULATION, code, to, Dims.total());
        if (before.isEmpty() || after.isEmpty() || before.getAsDouble() == 0) {
            return Optional.empty();
        }
        double absolute = after.getAsDouble() - before.getAsDouble();
        return Optional.of(new Change(from, to, absolute, 100 * absolute / before.getAsDouble(),
                joinCredits(data.credit(Indicators.POPULATION, from), data.credit(Indicators.POPULATION, to))));
    }

    private static Optional<Figure> figure(PopulationData data, String indicator, String code, int period) {
        OptionalDouble v = data.value(indicator, code, period, Dims.NONE);
        return v.isPresent() ? Optional.of(new Figure(v.getAsDouble(), period, data.credit(indicator, period))) : Optional.empty();
    }

    /** The age tables are not yearly (2000 … 2022): use the latest one not after the period. */
    private static Optional<AgeTable> latestAgeTable(PopulationData data, String code, int period) {
        SortedMap<Integer, Double> years = data.series(Indicators.POPULATION, code, Dims.of(Sex.MALE, "0-4"))
                .headMap(period + 1);
        return years.isEmpty() ? Optional.empty() : AgeTable.read(data, code, years.lastKey());
    }

    /** Share in % of people of known age; unknown ages are left out of the denominator, as in the census. */
    private static Figure share(AgeTable table, int fromAge, int toAge) {
        return new Figure(100 * table.sumAges(fromAge, toAge) / table.knownAgeTotal(), table.period(), table.credit());
    }

    private static Optional<Rank> rank(PopulationData data, String code, int period, boolean withinPrefecture) {
        Optional<RegionLevel> level = data.level(code);
        if (level.isEmpty() || level.get() == RegionLevel.COUNTRY
                || withinPrefecture && level.get() == RegionLevel.PREFECTURE) {
            return Optional.empty();
        }
        Predicate<RegionLevel> peerLevel = peerLevels(level.get());
        String prefecture = data.parentPrefecture(code);
        Map<String, Double> all = data.crossSection(Indicators.POPULATION, period, Dims.total());
        Double own = all.get(code);
        if (own == null || own <= 0) {
            return Optional.empty(); // a region without people has no rank
        }
        List<Double> peers = all.entrySet().stream()
                .filter(e -> data.level(e.getKey()).filter(peerLevel).isPresent())
                .filter(e -> !withinPrefecture || prefecture.equals(data.parentPrefecture(e.getKey())))
                .map(Map.Entry::getValue)
                .toList();
        // a planner counts 北海道's 179 municipalities: the code list's 北方領土 villages (population 0) are left out
        List<Double> populated = peers.stream().filter(v -> v > 0).toList();
        int rank = 1 + (int) populated.stream().filter(v -> v > own).count();
        return Optional.of(new Rank(rank, populated.size(), peers.size() - populated.size(), period,
                data.credit(Indicators.POPULATION, period)));
    }

    /** Designated cities rank among municipalities (the official 1,741 with Tokyo's wards); wards among wards. */
    private static Predicate<RegionLevel> peerLevels(RegionLevel level) {
        return switch (level) {
            case MUNICIPALITY, DESIGNATED_CITY -> l -> l == RegionLevel.MUNICIPALITY || l == RegionLevel.DESIGNATED_CITY;
            default -> l -> l == level;
        };
    }

    /** The card's lines in display order; figures the data do not give are left out, not shown as zero. */
    public List<KeyFigureRow> rows() {
        List<KeyFigureRow> rows = new java.util.ArrayList<>();
        rows.add(new KeyFigureRow("人口（" + population.period() + "年1月1日）",
                String.format("%,.0f人", population.value()), population.credit()));
        oneYear.ifPresent(c -> rows.add(changeRow("1年間の増減", c)));
        fiveYears.ifPresent(c -> rows.add(changeRow("5年間の増減", c)));
        households.ifPresent(h -> rows.add(new KeyFigureRow("世帯数（" + h.period() + "年）",
                String.format("%,.0f世帯", h.value()), h.credit())));
        agingRate.ifPresent(f -> rows.add(new KeyFigureRow("高齢化率（65歳以上, " + f.period() + "年）",
                String.format("%.1f%%", f.value()), f.credit())));
        workingAgeShare.ifPresent(f -> rows.add(new KeyFigureRow("生産年齢人口割合（15–64歳, " + f.period() + "年）",
                String.format("%.1f%%", f.value()), f.credit())));
        rankInPrefecture.ifPresent(r -> rows.add(rankRow("都道府県内", r)));
        rankInJapan.ifPresent(r -> rows.add(rankRow("全国", r)));
        return rows;
    }

    /** Says when regions without people were left out, so 「/ 179」 is not read as a mistake for 185. */
    private static KeyFigureRow rankRow(String scope, Rank r) {
        String note = r.leftOutEmpty() == 0 ? "" : "・人口0の" + r.leftOutEmpty() + "地域を除く";
        return new KeyFigureRow("人口順位（" + scope + note + "）", r.rank() + "位 / " + String.format("%,d", r.of()), r.credit());
    }

    private static KeyFigureRow changeRow(String label, Change c) {
        return new KeyFigureRow(label + "（" + c.fromPeriod() + "→" + c.toPeriod() + "年）",
                String.format("%+,.0f人（%+.2f%%）", c.absolute(), c.percent()), c.credit());
    }

    static String joinCredits(String... credits) {
        Set<String> distinct = new LinkedHashSet<>(List.of(credits));
        return String.join(" / ", distinct);
    }
}
