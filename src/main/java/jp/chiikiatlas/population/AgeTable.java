package jp.chiikiatlas.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * One region's age band × sex table for one year, as counts.
 *
 * <p>The tables' bands do not always add up to their totals (foreign residents' ages are not
 * published for small counts); the difference is kept as "age not given" instead of being spread.
 *
 * @param topOpenAge 80 for the tables up to 2010, 100 from 2015
 */
public record AgeTable(int period, int topOpenAge, List<PyramidBand> bands, double maleTotal, double femaleTotal,
                       String credit) {

    public AgeTable {
        bands = List.copyOf(bands);
    }

    /** The table for a region and year, empty when the region has no row in that year's table. */
    public static Optional<AgeTable> read(PopulationData data, String code, int period) {
        OptionalDouble maleTotal = data.value(Indicators.POPULATION, code, period, Dims.of(Sex.MALE, Dims.AGE_TOTAL));
        OptionalDouble femaleTotal = data.value(Indicators.POPULATION, code, period, Dims.of(Sex.FEMALE, Dims.AGE_TOTAL));
        if (maleTotal.isEmpty() || femaleTotal.isEmpty()) {
            return Optional.empty();
        }
        int top;
        if (hasBand(data, code, period, AgeBands.TOP_100)) {
            top = 100;
        } else if (hasBand(data, code, period, AgeBands.TOP_80)) {
            top = 80;
        } else {
            return Optional.empty(); // a total without an age breakdown is not an age table
        }
        List<PyramidBand> bands = new ArrayList<>();
        for (String age : AgeBands.upTo(top)) {
            bands.add(new PyramidBand(age, band(data, code, period, Sex.MALE, age), band(data, code, period, Sex.FEMALE, age)));
        }
        return Optional.of(new AgeTable(period, top, bands, maleTotal.getAsDouble(), femaleTotal.getAsDouble(),
                data.credit(Indicators.POPULATION, period)));
    }

    /** The latest year with an age table for this region, if any. */
    public static Optional<Integer> latestPeriod(PopulationData data, String code) {
        SortedMap<Integer, Double> years = data.series(Indicators.POPULATION, code, Dims.of(Sex.MALE, "0-4"));
        return years.isEmpty() ? Optional.empty() : Optional.of(years.lastKey());
    }

    private static boolean hasBand(PopulationData data, String code, int period, String age) {
        return data.value(Indicators.POPULATION, code, period, Dims.of(Sex.MALE, age)).isPresent();
    }

    private static double band(PopulationData data, String code, int period, Sex sex, String age) {
        return data.value(Indicators.POPULATION, code, period, Dims.of(sex, age)).orElse(0);
    }

    public double maleBandSum() {
        return bands.stream().mapToDouble(PyramidBand::male).sum();
    }

    public double femaleBandSum() {
        return bands.stream().mapToDouble(PyramidBand::female).sum();
    }

    public double maleAgeNotGiven() {
        return maleTotal - maleBandSum();
    }

    public double femaleAgeNotGiven() {
        return femaleTotal - femaleBandSum();
    }

    public double ageNotGiven() {
        return maleAgeNotGiven() + femaleAgeNotGiven();
    }

    /** People whose age band is known: the denominator of shares and of the aging rate. */
    public double knownAgeTotal() {
        return maleBandSum() + femaleBandSum();
    }

    /** Sum of both sexes over the bands whose lower age lies in [fromAge, toAge] (inclusive). */
    public double sumAges(int fromAge, int toAge) {
        return bands.stream().filter(b -> AgeBands.lowerAge(b.age()) >= fromAge && AgeBands.lowerAge(b.age()) <= toAge)
                .mapToDouble(b -> b.male() + b.female()).sum();
    }

    /** The same table with every band from 80 up folded into one open band {@code 80+}. */
    public AgeTable foldedTo80() {
        if (topOpenAge == 80) {
            return this;
        }
        List<PyramidBand> folded = new ArrayList<>();
        double male = 0;
        double female = 0;
        for (PyramidBand b : bands) {
            if (AgeBands.lowerAge(b.age()) < 80) {
                folded.add(b);
            } else {
                male += b.male();
                female += b.female();
            }
        }
        folded.add(new PyramidBand(AgeBands.TOP_80, male, female));
        return new AgeTable(period, 80, folded, maleTotal, femaleTotal, credit);
    }
}
