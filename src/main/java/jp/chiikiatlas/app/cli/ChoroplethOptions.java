package jp.chiikiatlas.app.cli;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.choropleth.Choropleth;
import jp.chiikiatlas.choropleth.ChoroplethStyle;
import jp.chiikiatlas.choropleth.ClassifiedMap;
import jp.chiikiatlas.choropleth.Classifiers;
import jp.chiikiatlas.choropleth.LegendCsv;
import jp.chiikiatlas.choropleth.LegendImage;
import jp.chiikiatlas.choropleth.Measure;
import jp.chiikiatlas.choropleth.Palettes;
import jp.chiikiatlas.choropleth.map.ChoroplethFill;
import jp.chiikiatlas.choropleth.source.Breakdown;
import jp.chiikiatlas.choropleth.source.ChoroplethIndicator;
import jp.chiikiatlas.choropleth.source.ChoroplethRequest;
import jp.chiikiatlas.choropleth.source.MapLevel;
import jp.chiikiatlas.choropleth.source.StatisticsChoroplethSource;
import jp.chiikiatlas.map.FillLayer;

/** The render command's choropleth options turned into a classified map, its fill and its legend. */
final class ChoroplethOptions {
    private ChoroplethOptions() {
    }

    static ClassifiedMap classify(AtlasCache atlas, String indicator, Map<String, String> dims, Integer period,
                                  MapLevel level, String measure, String method, int classes, String palette,
                                  boolean reverse, Integer basePeriod)
            throws SQLException, RenderCommand.RenderException {
        try (StatisticsChoroplethSource source = new StatisticsChoroplethSource(atlas)) {
            if (!source.hasStatistics()) {
                throw new RenderException("no statistics in the cache " + atlas.file()
                        + ": import them first with `import --data ../shared/data`");
            }
            ChoroplethIndicator found = source.indicators().stream().filter(i -> i.id().equals(indicator)).findFirst()
                    .orElseThrow(() -> new RenderException("no indicator \"" + indicator
                            + "\" to map; list them with `indicators`"));
            Breakdown breakdown = breakdown(found, dims);
            if (!found.levels().contains(level)) {
                throw new RenderException(indicator + " has no values by " + level.id() + "; it has " + found.levels());
            }
            // a breakdown may cover fewer years than the indicator (population by age: census years only)
            SortedSet<Integer> periods = found.derived() ? found.periods() : source.periods(indicator, breakdown);
            if (periods.isEmpty()) {
                throw new RenderException(indicator + " " + breakdown.key() + " has no values");
            }
            int year = period == null ? periods.last() : period;
            if (!periods.contains(year)) {
                throw new RenderException(indicator + (breakdown.total() ? "" : " " + breakdown.key())
                        + " has no period " + year + "; periods: " + periods);
            }
            Measure m;
            try {
                m = Measure.fromId(measure.toLowerCase(Locale.ROOT));
                ChoroplethStyle style = ChoroplethStyle.defaults(m).withClassifier(Classifiers.byId(method))
                        .withClasses(classes).withReversed(reverse);
                if (palette != null) {
                    style = style.withPalette(Palettes.byName(palette));
                }
                return Choropleth.classify(source.values(
                        new ChoroplethRequest(indicator, year, level, m, basePeriod, breakdown.dims())), style);
            } catch (IllegalArgumentException e) {
                throw new RenderException(e.getMessage());
            }
        }
    }

    /**
     * The slice {@code --dim} names, which must be one the cache holds; without {@code --dim}, the
     * total, or the only slice there is. An indicator stored only by slices needs {@code --dim}.
     */
    private static Breakdown breakdown(ChoroplethIndicator indicator, Map<String, String> dims)
            throws RenderException {
        List<Breakdown> slices = indicator.breakdowns();
        if (dims.isEmpty()) {
            if (slices.isEmpty() || slices.get(0).total() || slices.size() == 1) {
                return indicator.defaultBreakdown();
            }
            throw new RenderException(indicator.id() + " is stored by " + dimensionKeys(slices)
                    + ": choose one with --dim, e.g. --dim " + slices.get(0).key() + " (" + slices.get(0).label() + ")");
        }
        String key = new Breakdown(dims, "").key();
        return slices.stream().filter(b -> b.key().equals(key)).findFirst()
                .orElseThrow(() -> new RenderException(indicator.id() + " has no breakdown " + key + "; it has "
                        + (slices.isEmpty() ? "none" : slices.stream().map(b -> b.key() + " (" + b.label() + ")")
                        .limit(40).collect(Collectors.joining(", ")))));
    }

    private static String dimensionKeys(List<Breakdown> slices) {
        return slices.stream().flatMap(b -> b.dims().keySet().stream()).distinct().sorted()
                .collect(Collectors.joining(" and "));
    }

    /** Regions coloured by class, hatched without data; 所属未定地 (no region) in the land colour. */
    static FillLayer fill(ClassifiedMap map) {
        return ChoroplethFill.of(map);
    }

    /** Legend, histogram and source lines bottom right, in the sea east of Honshu (the top left holds the 南西諸島 inset). */
    static void drawLegend(BufferedImage image, ClassifiedMap map) {
        float textPx = Math.max(14f, image.getWidth() / 100f);
        BufferedImage legend = LegendImage.paint(map, Math.round(textPx * 22), textPx);
        Graphics2D g = image.createGraphics();
        try {
            int x = Math.max(0, image.getWidth() - legend.getWidth() - 12);
            int y = Math.max(0, image.getHeight() - legend.getHeight() - Math.round(textPx * 3));
            g.drawImage(legend, x, y, null);
        } finally {
            g.dispose();
        }
    }

    static void writeLegendCsv(Path file, ClassifiedMap map) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            LegendCsv.write(map.legend(), w);
        }
    }

    private static final class RenderException extends RenderCommand.RenderException {
        RenderException(String message) {
            super(message);
        }
    }
}
