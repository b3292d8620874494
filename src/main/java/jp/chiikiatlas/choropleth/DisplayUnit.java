package jp.chiikiatlas.choropleth;

import java.util.Set;

/**
 * The unit a legend prints in: large counts of people in 万人, money in 百万円 or 億円, so labels stay
 * short; the CSV keeps the indicator's own unit.
 *
 * @param label   e.g. {@code 万人}
 * @param divisor value in the indicator's unit ÷ divisor = value in this unit
 */
public record DisplayUnit(String label, double divisor) {
    private static final Set<String> COUNTS = Set.of("人", "世帯", "事業所", "件", "戸", "企業");

    public double convert(double value) {
        return value / divisor;
    }

    /** The unit to show values up to {@code maxAbs} (in {@code unit}) in. */
    public static DisplayUnit choose(String unit, double maxAbs) {
        if (COUNTS.contains(unit) && maxAbs >= 100_000) {
            return new DisplayUnit("万" + unit, 1e4);
        }
        return switch (unit) {
            case "円" -> maxAbs >= 1e10 ? new DisplayUnit("億円", 1e8) : maxAbs >= 1e7 ? new DisplayUnit("百万円", 1e6)
                    : maxAbs >= 1e5 ? new DisplayUnit("千円", 1e3) : new DisplayUnit(unit, 1);
            case "千円" -> maxAbs >= 1e7 ? new DisplayUnit("億円", 1e5) : maxAbs >= 1e4 ? new DisplayUnit("百万円", 1e3)
                    : new DisplayUnit(unit, 1);
            case "万円" -> maxAbs >= 1e6 ? new DisplayUnit("億円", 1e4) : new DisplayUnit(unit, 1);
            case "百万円" -> maxAbs >= 1e6 ? new DisplayUnit("億円", 1e2) : new DisplayUnit(unit, 1);
            default -> new DisplayUnit(unit, 1);
        };
    }
}
