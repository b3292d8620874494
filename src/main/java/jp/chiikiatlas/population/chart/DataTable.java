package jp.chiikiatlas.population.chart;

import java.util.List;

/**
 * The numbers behind a chart as a table of already formatted cells: the window's "data" view shows
 * it, and {@link #toCsv()} is exactly what the CSV export and the copy action write.
 */
public record DataTable(List<String> header, List<List<String>> rows) {
    public DataTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + row + " does not match header " + header);
            }
        }
    }

    /** Header line, one line per row, {@code \n} line ends, no comment lines. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        rows.forEach(r -> csv.append(String.join(",", r)).append('\n'));
        return csv.toString();
    }
}
