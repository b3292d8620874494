package jp.chiikiatlas.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The source lines of a card whose figures come from several tables of one publisher, said once:
 * "出典：X — table a、table b" instead of the full line under every figure (a projected card has no
 * room for eight near-identical lines; each figure keeps its full line as a tooltip).
 */
public final class SourceLines {
    private static final String SOURCE_MARK = " 出典：";

    private SourceLines() {
    }

    public static List<String> compact(List<String> credits) {
        Map<String, Set<String>> tablesBySource = new LinkedHashMap<>();
        for (String credit : credits) {
            for (String part : credit.split(" / ")) {
                int at = part.indexOf(SOURCE_MARK);
                String table = at < 0 ? "" : part.substring(0, at).strip();
                String source = at < 0 ? part.strip() : part.substring(at + 1).strip();
                Set<String> tables = tablesBySource.computeIfAbsent(source, k -> new LinkedHashSet<>());
                if (!table.isEmpty()) {
                    tables.add(table);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        tablesBySource.forEach((source, tables) ->
                lines.add(tables.isEmpty() ? source : source + " — " + String.join("、", tables)));
        return lines;
    }
}
