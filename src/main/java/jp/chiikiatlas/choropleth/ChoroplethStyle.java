package jp.chiikiatlas.choropleth;

import java.util.Objects;

/**
 * How to draw a choropleth: classification method and number of classes, palette (optionally
 * reversed), and the measure mapped.
 */
public record ChoroplethStyle(Classifier classifier, int classes, Palette palette, boolean reversed, Measure measure) {
    public ChoroplethStyle {
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(measure, "measure");
        if (!(classifier instanceof ManualClassifier)
                && (classes < Classifier.MIN_CLASSES || classes > Classifier.MAX_CLASSES)) {
            throw new IllegalArgumentException("classes must be " + Classifier.MIN_CLASSES + "–"
                    + Classifier.MAX_CLASSES + ": " + classes);
        }
    }

    /** Quantile, 5 classes, the default palette for the measure (diverging for changes). */
    public static ChoroplethStyle defaults(Measure measure) {
        String palette = measure.signed() ? Palettes.DEFAULT_DIVERGING : Palettes.DEFAULT_SEQUENTIAL;
        return new ChoroplethStyle(Classifiers.QUANTILE, 5, Palettes.byName(palette), false, measure);
    }

    public ChoroplethStyle withClassifier(Classifier c) {
        return new ChoroplethStyle(c, classes, palette, reversed, measure);
    }

    public ChoroplethStyle withClasses(int n) {
        return new ChoroplethStyle(classifier, n, palette, reversed, measure);
    }

    public ChoroplethStyle withPalette(Palette p) {
        return new ChoroplethStyle(classifier, classes, p, reversed, measure);
    }

    public ChoroplethStyle withReversed(boolean r) {
        return new ChoroplethStyle(classifier, classes, palette, r, measure);
    }

    public ChoroplethStyle withMeasure(Measure m) {
        return new ChoroplethStyle(classifier, classes, palette, reversed, m);
    }
}
