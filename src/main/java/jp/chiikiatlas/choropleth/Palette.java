package jp.chiikiatlas.choropleth;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A colour scheme in several sizes: the colours for n classes, light to dark for sequential
 * schemes, one hue through a light neutral to another for diverging ones.
 */
public final class Palette {
    public enum Kind { SEQUENTIAL, DIVERGING }

    private final String name;
    private final Kind kind;
    private final String attribution;
    private final boolean reversed;
    private final Map<Integer, List<Color>> bySize;

    Palette(String name, Kind kind, String attribution, Map<Integer, List<Color>> bySize) {
        this(name, kind, attribution, false, bySize);
    }

    private Palette(String name, Kind kind, String attribution, boolean reversed, Map<Integer, List<Color>> bySize) {
        if (bySize.isEmpty()) {
            throw new IllegalArgumentException("palette " + name + " has no colours");
        }
        bySize.forEach((n, c) -> {
            if (c.size() != n) {
                throw new IllegalArgumentException(name + " " + n + " has " + c.size() + " colours");
            }
        });
        this.name = name;
        this.kind = kind;
        this.attribution = attribution;
        this.reversed = reversed;
        this.bySize = Collections.unmodifiableMap(new TreeMap<>(bySize));
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** Credit to print when the palette is used, e.g. the ColorBrewer notice. */
    public String attribution() {
        return attribution;
    }

    public boolean isReversed() {
        return reversed;
    }

    public int minSize() {
        return bySize.keySet().iterator().next();
    }

    public int maxSize() {
        int max = 0;
        for (int n : bySize.keySet()) {
            max = n;
        }
        return max;
    }

    /**
     * The colours for n classes. Fewer classes than the smallest size (data with one or two distinct
     * values) take the ends of the smallest size, so one class is drawn in the palette's darkest colour.
     */
    public List<Color> colours(int n) {
        if (n <= 0) {
            return List.of();
        }
        List<Color> c = bySize.get(n);
        if (c != null) {
            return c;
        }
        if (n < minSize()) {
            List<Color> smallest = bySize.get(minSize());
            List<Color> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(smallest.get(smallest.size() - n + i));
            }
            return List.copyOf(out);
        }
        throw new IllegalArgumentException(name + " has no " + n + "-class scheme (" + minSize() + "–" + maxSize() + ")");
    }

    public boolean hasSize(int n) {
        return bySize.containsKey(n);
    }

    /** The same scheme in the opposite order (dark to light, or the hues swapped). */
    public Palette reversed() {
        Map<Integer, List<Color>> r = new TreeMap<>();
        bySize.forEach((n, c) -> {
            List<Color> copy = new ArrayList<>(c);
            Collections.reverse(copy);
            r.put(n, List.copyOf(copy));
        });
        return new Palette(name, kind, attribution, !reversed, r);
    }

    @Override
    public String toString() {
        return name + (reversed ? " (reversed)" : "");
    }
}
