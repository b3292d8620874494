package jp.chiikiatlas.choropleth.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.chiikiatlas.choropleth.SourceLine;

/** Turns a dataset's credit line (「出典：「表名」（発行者）」) into a {@link SourceLine} with the period mapped. */
final class CreditLines {
    private static final Pattern CREDIT = Pattern.compile("^(?:出典：)?(.*?)「(.+?)」(?:（(.+?)）)?.*$");

    private CreditLines() {
    }

    static SourceLine of(String credit, int period) {
        String year = String.valueOf(period);
        if (credit == null || credit.isBlank()) {
            return new SourceLine("出典不明", year, "");
        }
        Matcher m = CREDIT.matcher(credit.strip());
        if (m.matches()) {
            String publisher = m.group(3) != null ? m.group(3) : m.group(1);
            return new SourceLine(m.group(2), year, publisher.strip());
        }
        return new SourceLine(credit.strip().replaceFirst("^出典：", ""), year, "");
    }
}
