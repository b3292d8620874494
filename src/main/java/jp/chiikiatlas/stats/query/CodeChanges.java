package jp.chiikiatlas.stats.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The code-change table (V2 {@code code_change}): explains values that a changed code leaves blank. */
public final class CodeChanges {
    /** One old → new pair. */
    public record Change(String oldCode, String oldName, String newCode, String newName, LocalDate effective,
                         String kind, String parentCode) {
    }

    private final List<Change> changes;

    private CodeChanges(List<Change> changes) {
        this.changes = changes;
    }

    public static CodeChanges load(Connection connection) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT old_code, old_name, new_code, new_name, effective_date, kind, parent_code FROM code_change")) {
            while (rs.next()) {
                changes.add(new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        LocalDate.parse(rs.getString(5)), rs.getString(6), rs.getString(7)));
            }
        }
        return new CodeChanges(changes);
    }

    public List<Change> all() {
        return List.copyOf(changes);
    }

    /**
     * Why {@code code} has no figures for {@code period}, if a change explains it: the code was
     * replaced before the period, or it was created after it. Periods are years (a 1 January stock
     * or a calendar year of events), so a change effective during year Y applies from period Y.
     */
    public Optional<String> explain(String code, int period) {
        List<Change> replaced = changes.stream()
                .filter(c -> c.oldCode().equals(code) && period >= c.effective().getYear()).toList();
        if (!replaced.isEmpty()) {
            Change first = replaced.get(0);
            String successors = String.join(", ", replaced.stream().map(c -> c.newCode() + " " + c.newName()).toList());
            return Optional.of(String.format("code changed on %s: %s %s was replaced by %s (%s); figures from %d on are "
                            + "under the new code%s", first.effective(), code, first.oldName(), successors, first.kind(),
                    first.effective().getYear(), parentNote(first)));
        }
        List<Change> created = changes.stream()
                .filter(c -> code.equals(c.newCode()) && period < c.effective().getYear()).toList();
        if (!created.isEmpty()) {
            Change first = created.get(0);
            String predecessors = String.join(", ", created.stream().map(c -> c.oldCode() + " " + c.oldName()).toList());
            return Optional.of(String.format("code changed on %s: %s %s exists only from that date (formed from %s); "
                            + "figures before %d are under the old codes%s", first.effective(), code, first.newName(),
                    predecessors, first.effective().getYear(), parentNote(first)));
        }
        return Optional.empty();
    }

    private static String parentNote(Change change) {
        return change.parentCode() == null ? ""
                : " and for the whole city under " + change.parentCode() + ", which did not change";
    }
}
