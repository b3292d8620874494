package jp.chiikiatlas.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source lines of a card whose figures come from several tables of one publisher, said once:
 * the 出典 line, then each table with its dates ("… 2024年1月1日・2025年1月1日") — a projected card
 * has no room for eight near-identical lines (each figure keeps its full line as a tooltip).
 */
public final class SourceLines {
    private static final String SOURCE_MARK = " 出典：";
    private static final Pattern TRAILING_DATE = Pattern.compile("\\s*(\\d{4}(?:年.*|-\\d\\d-\\d\\d))$");

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
        tablesBySource.forEach((source, tables) -> {
            lines.add(source);
            lines.addAll(datesByTable(tables));
        });
        return lines;
    }

    /** "表 2025年1月1日", "表 2024年1月1日" → "　表 2024年1月1日・2025年1月1日" (dates in order, indented). */
    private static List<String> datesByTable(Set<String> tables) {
        Map<String, TreeSet<String>> dates = new LinkedHashMap<>();
        for (String table : tables) {
            Matcher m = TRAILING_DATE.matcher(table);
            boolean dated = m.find();
            String stem = dated ? table.substring(0, m.start()) : table;
            dates.computeIfAbsent(stem.strip(), k -> new TreeSet<>()).add(dated ? m.group(1) : "");
        }
        List<String> lines = new ArrayList<>();
        dates.forEach((stem, ds) -> lines.add("　" + (stem + " " + String.join("・", ds)).strip()));
        return lines;
    }
}
