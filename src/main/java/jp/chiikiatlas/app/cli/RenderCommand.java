package jp.chiikiatlas.app.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.choropleth.ClassifiedMap;
import jp.chiikiatlas.choropleth.source.MapLevel;
import jp.chiikiatlas.map.FillLayer;
import jp.chiikiatlas.map.DisplayLevel;
import jp.chiikiatlas.map.MapData;
import jp.chiikiatlas.map.MapLayout;
import jp.chiikiatlas.map.MapRenderer;
import jp.chiikiatlas.map.MapScene;
import jp.chiikiatlas.map.MapViewport;
import jp.chiikiatlas.map.NationalView;
import jp.chiikiatlas.map.NoBoundariesException;
import jp.chiikiatlas.map.UnknownRegionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "render", description = "Draw the map to a PNG file (headless).")
public final class RenderCommand implements Callable<Integer> {
    @Mixin
    CacheOption cache;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "PNG file to write")
    Path out;

    @Option(names = "--width", defaultValue = "1600", description = "width in pixels (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1200", description = "height in pixels (default: ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--level", defaultValue = "prefecture", paramLabel = "prefecture|municipality",
            description = "regions to fill: prefecture or municipality (default: ${DEFAULT-VALUE})")
    String level;

    @Option(names = "--region", paramLabel = "CODE", description = "frame this region (five-digit code, e.g. 01000 or 13101)")
    String region;

    @Option(names = "--labels", description = "draw region names")
    boolean labels;

    @Option(names = "--indicator", paramLabel = "ID", description = "colour the regions by this indicator "
            + "(see `indicators`; derived: derived_density, derived_aging_rate, derived_working_age_share)")
    String indicator;

    @Option(names = "--dim", paramLabel = "KEY=VALUE", description = "a breakdown of the indicator, repeatable: "
            + "--dim industry=4 (value_added, sales, establishments_major: 1–17), --dim industry=E "
            + "(establishments_by_industry, employees_by_industry: JSIC A–S), --dim sex=female --dim age=65-69 (population)")
    java.util.Map<String, String> dims = new java.util.LinkedHashMap<>();

    @Option(names = "--wards", description = "designated cities by ward (with --level municipality)")
    boolean wards;

    @Option(names = "--period", paramLabel = "YEAR", description = "period of the indicator (default: the latest)")
    Integer period;

    @Option(names = "--measure", defaultValue = "raw", paramLabel = "raw|per_capita|per_km2|change|change_percent",
            description = "what to map (default: ${DEFAULT-VALUE})")
    String measure;

    @Option(names = "--method", defaultValue = "quantile", paramLabel = "quantile|equal|jenks|stddev",
            description = "classification (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--classes", defaultValue = "5", paramLabel = "N", description = "3–9 classes (default: ${DEFAULT-VALUE})")
    int classes;

    @Option(names = "--palette", paramLabel = "NAME", description = "ColorBrewer or CUD palette (default: YlOrRd, RdBu for changes)")
    String palette;

    @Option(names = "--reverse", description = "reverse the palette")
    boolean reverse;

    @Option(names = "--base-period", paramLabel = "YEAR", description = "base period of --measure change")
    Integer basePeriod;

    @Option(names = "--legend-csv", paramLabel = "FILE", description = "also write the legend as CSV (class,lower,upper,count,color)")
    Path legendCsv;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true"); // drawing to a file needs no display, even when one is set
        if (width < 16 || height < 16 || width > 16_384 || height > 16_384) {
            throw new RenderException("--width and --height must be between 16 and 16384 pixels");
        }
        DisplayLevel displayLevel = switch (level.toLowerCase(Locale.ROOT)) {
            case "prefecture" -> DisplayLevel.PREFECTURE;
            case "municipality" -> DisplayLevel.MUNICIPALITY;
            default -> throw new RenderException("--level must be prefecture or municipality, not " + level);
        };
        if (wards && displayLevel != DisplayLevel.MUNICIPALITY) {
            throw new RenderException("--wards needs --level municipality");
        }
        if (!AtlasCache.exists(cache.path())) {
            throw new NoBoundariesException(cache.path().toString());
        }
        try (AtlasCache atlas = AtlasCache.open(cache.path())) {
            MapData data = MapData.load(atlas);
            MapLayout layout = region == null
                    ? NationalView.layout(width, height)
                    : MapLayout.of(MapViewport.fit(data.bounds(region)
                            .orElseThrow(() -> new UnknownRegionException(region)), width, height, 24));
            ClassifiedMap choropleth = indicator == null ? null
                    : ChoroplethOptions.classify(atlas, indicator, dims, period,
                    MapLevel.of(displayLevel == DisplayLevel.MUNICIPALITY, wards),
                    measure, method, classes, palette, reverse, basePeriod);
            FillLayer fill = choropleth == null ? FillLayer.neutral() : ChoroplethOptions.fill(choropleth);
            MapScene scene = new MapScene(layout, displayLevel, wards, fill, region, labels);
            BufferedImage image = new MapRenderer(data).render(scene);
            if (choropleth != null) {
                ChoroplethOptions.drawLegend(image, choropleth);
                if (legendCsv != null) {
                    ChoroplethOptions.writeLegendCsv(legendCsv, choropleth);
                }
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new RenderException("no PNG writer available");
            }
        }
        return 0;
    }

    /** A user error in the render options. */
    public static class RenderException extends Exception {
        public RenderException(String message) {
            super(message);
        }
    }
}
