package jp.chiikiatlas.stats.importers.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import jp.chiikiatlas.stats.DataFormatException;

/** A CSV header row: finds columns by their name, so a moved column is found and a missing one named. */
public final class CsvHeader {
    private final CsvFile file;
    private final CsvRow row;

    public CsvHeader(CsvFile file, CsvRow row) {
        this.file = file;
        this.row = row;
    }

    public CsvRow row() {
        return row;
    }

    public String name(int column) {
        return row.get(column);
    }

    public int size() {
        return row.size();
    }

    /** The column named exactly {@code name} (ignoring case and surrounding blanks). */
    public int require(String name) throws DataFormatException {
        return find(name).orElseThrow(() -> new DataFormatException(file.fileName() + ", line " + row.line()
                + ": expected a column named '" + name + "' in the header, found " + row.cells()
                + " — the layout changed or this is not the expected file"));
    }

    public Optional<Integer> find(String name) {
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).equalsIgnoreCase(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public List<Integer> matching(Predicate<String> test) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            if (test.test(row.get(i))) {
                columns.add(i);
            }
        }
        return columns;
    }

    /** The header on the first line of {@code csv}; an empty file is an error saying the header {@code expected}. */
    public static CsvHeader firstLine(CsvFile csv, String expected) throws DataFormatException {
        if (csv.rows().isEmpty()) {
            throw new DataFormatException(csv.fileName() + ": empty — expected a header " + expected);
        }
        return new CsvHeader(csv, csv.rows().get(0));
    }

    /** The first row of {@code csv} whose first cell satisfies {@code test}: headers after metadata lines. */
    public static CsvHeader findRow(CsvFile csv, Predicate<CsvRow> test, String expected) throws DataFormatException {
        for (CsvRow r : csv.rows()) {
            if (test.test(r)) {
                return new CsvHeader(csv, r);
            }
        }
        throw new DataFormatException(csv.fileName() + ": no header row found — expected " + expected
                + "; the layout changed, this is not the expected file, or it is not in the expected encoding");
    }
}
