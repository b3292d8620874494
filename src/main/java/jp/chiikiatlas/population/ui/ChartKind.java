package jp.chiikiatlas.population.ui;

/** The panel's chart tabs. */
public enum ChartKind {
    TREND("人口の推移"), PYRAMID("人口ピラミッド"), CHANGE("自然増減・社会増減");

    private final String label;

    ChartKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
