package jp.chiikiatlas.population;

/** Natural change (births − deaths) and social change (moves in − out incl. その他) of one year, as the table gives them. */
public record ChangeYear(int period, double natural, double social) {
    public double total() {
        return natural + social;
    }
}
