package jp.chiikiatlas.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one import did with one file: rows read, stored, skipped as aggregates, rejected with reasons. */
public final class ImportReport {
    private final String file;
    private int rowsRead;
    private int stored;
    private int aggregatesSkipped;
    private final List<String> rejected = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ImportReport(String file) {
        this.file = file;
    }

    public void rowRead() {
        rowsRead++;
    }

    public void stored(int values) {
        stored += values;
    }

    public void aggregateSkipped() {
        aggregatesSkipped++;
    }

    /** A row that was not stored; {@code reason} names row and column. */
    public void rejected(String reason) {
        rejected.add(reason);
    }

    public void note(String note) {
        notes.add(note);
    }

    public String file() {
        return file;
    }

    public int rowsRead() {
        return rowsRead;
    }

    /** Number of values (observations or flows) stored. */
    public int stored() {
        return stored;
    }

    public int aggregatesSkipped() {
        return aggregatesSkipped;
    }

    public List<String> rejected() {
        return Collections.unmodifiableList(rejected);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    @Override
    public String toString() {
        return String.format("%s: %d rows read, %d values stored, %d aggregate rows skipped, %d rejected",
                file, rowsRead, stored, aggregatesSkipped, rejected.size());
    }
}
