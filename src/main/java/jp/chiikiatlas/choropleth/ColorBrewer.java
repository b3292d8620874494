package jp.chiikiatlas.choropleth;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ColorBrewer 2.0 sequential and diverging schemes, with their exact published colours
 * (resource {@code colorbrewer.txt}).
 *
 * <p>This product includes color specifications and designs developed by Cynthia Brewer
 * (http://colorbrewer.org/), licensed under the Apache License, Version 2.0.
 */
public final class ColorBrewer {
    public static final String ATTRIBUTION = "Colours from ColorBrewer 2.0 by Cynthia Brewer (colorbrewer.org), Apache-2.0";

    private static final Map<String, Palette> SCHEMES = load();

    private ColorBrewer() {
    }

    /** All loaded schemes by name (Blues, YlOrRd, RdBu, …), sequential first. */
    public static Map<String, Palette> schemes() {
        return SCHEMES;
    }

    private static Map<String, Palette> load() {
        Map<String, Map<Integer, List<Color>>> sizes = new LinkedHashMap<>();
        Map<String, Palette.Kind> kinds = new LinkedHashMap<>();
        try (InputStream in = ColorBrewer.class.getResourceAsStream("colorbrewer.txt")) {
            if (in == null) {
                throw new IllegalStateException("colorbrewer.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                Palette.Kind kind = switch (f[1]) {
                    case "seq" -> Palette.Kind.SEQUENTIAL;
                    case "div" -> Palette.Kind.DIVERGING;
                    default -> throw new IllegalStateException("unknown scheme type: " + line);
                };
                int n = Integer.parseInt(f[2]);
                List<Color> colours = new ArrayList<>();
                for (int i = 3; i < f.length; i++) {
                    String[] rgb = f[i].split(",");
                    colours.add(new Color(Integer.parseInt(rgb[0]), Integer.parseInt(rgb[1]), Integer.parseInt(rgb[2])));
                }
                if (colours.size() != n) {
                    throw new IllegalStateException("expected " + n + " colours: " + line);
                }
                kinds.put(f[0], kind);
                sizes.computeIfAbsent(f[0], k -> new TreeMap<>()).put(n, List.copyOf(colours));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Palette> out = new LinkedHashMap<>();
        sizes.forEach((name, bySize) -> out.put(name, new Palette(name, kinds.get(name), ATTRIBUTION, bySize)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
