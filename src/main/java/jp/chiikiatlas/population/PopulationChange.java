package jp.chiikiatlas.population;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * Natural and social change per year with their sum. Both come from the tables' own 自然増減数 and
 * 社会増減数 columns: the social change there includes the その他 entries (記載・消除 by other
 * reasons), so it is deliberately not recomputed as 転入 − 転出.
 */
public record PopulationChange(String regionCode, String regionName, List<ChangeYear> years, String credit) {

    public PopulationChange {
        years = List.copyOf(years);
    }

    public static PopulationChange of(PopulationData data, String code) {
        SortedMap<Integer, Double> natural = data.series(Indicators.NATURAL_CHANGE, code, Dims.NONE);
        SortedMap<Integer, Double> social = data.series(Indicators.SOCIAL_CHANGE, code, Dims.NONE);
        List<ChangeYear> years = new ArrayList<>();
        natural.forEach((period, n) -> {
            Double s = social.get(period);
            if (s != null) {
                years.add(new ChangeYear(period, n, s));
            }
        });
        String name = data.regionName(code).orElse(code);
        if (years.isEmpty()) {
            throw new PopulationDataException(name + " (" + code + ") has no natural and social change");
        }
        int first = years.get(0).period();
        int last = years.get(years.size() - 1).period();
        return new PopulationChange(code, name, years,
                KeyFigures.joinCredits(data.credit(Indicators.NATURAL_CHANGE, first, last),
                        data.credit(Indicators.SOCIAL_CHANGE, first, last)));
    }

    /** The smallest and largest of natural, social and total over the years (zero always included). */
    public AxisRange valueRange() {
        double lo = 0;
        double hi = 0;
        for (ChangeYear y : years) {
            for (double v : new double[] {y.natural(), y.social(), y.total()}) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new AxisRange(lo, hi);
    }
}
