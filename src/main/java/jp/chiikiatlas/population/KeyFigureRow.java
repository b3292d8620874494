package jp.chiikiatlas.population;

/** One line of the key-figures card as shown and copied: label, formatted value, source line. */
public record KeyFigureRow(String label, String value, String credit) {
}
