package jp.chiikiatlas.choropleth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The legend as CSV: header {@code class,lower,upper,count,color}; rows {@code 1}…{@code N} rising
 * (lower inclusive, upper exclusive except the last; plain numbers in the indicator's own unit —
 * no grouping, no unit); then {@code nodata,,,COUNT,#RRGGBB}. Lines end with LF.
 */
public final class LegendCsv {
    public static final String HEADER = "class,lower,upper,count,color";

    private LegendCsv() {
    }

    public static String toCsv(Legend legend) {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (LegendClass c : legend.classes()) {
            s.append(c.number()).append(',')
                    .append(NumberText.plain(c.lower())).append(',')
                    .append(NumberText.plain(c.upper())).append(',')
                    .append(c.count()).append(',')
                    .append(Palettes.hex(c.color())).append('\n');
        }
        s.append("nodata,,,").append(legend.noDataCount()).append(',').append(Palettes.hex(legend.noDataColor())).append('\n');
        return s.toString();
    }

    public static void write(Legend legend, Writer out) {
        try {
            out.write(toCsv(legend));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
