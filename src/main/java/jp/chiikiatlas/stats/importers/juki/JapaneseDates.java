package jp.chiikiatlas.stats.importers.juki;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.chiikiatlas.stats.importers.support.CellText;
import jp.chiikiatlas.stats.importers.support.Numbers;

/** Era dates in table titles: 令和7年1月1日, 平成12年3月31日, 令和元年. */
final class JapaneseDates {
    private static final Pattern DATE = Pattern.compile("(昭和|平成|令和)(\\d+|元)年(?:(\\d+)月(\\d+)日)?");

    private JapaneseDates() {
    }

    /** Every era date or year in the text, in order; a year alone is given as 1 January. */
    static List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = DATE.matcher(CellText.label(text));
        while (m.find()) {
            int year = Numbers.westernYear(m.group(1), m.group(2));
            boolean hasDay = m.group(3) != null;
            LocalDate date = hasDay ? LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))
                    : LocalDate.of(year, 1, 1);
            found.add(new Mention(date, hasDay));
        }
        return found;
    }

    record Mention(LocalDate date, boolean hasDay) {
    }
}
