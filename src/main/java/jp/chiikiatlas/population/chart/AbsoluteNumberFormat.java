package jp.chiikiatlas.population.chart;

import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Tick labels without sign: the pyramid's male side is drawn as negative values but people are not negative. */
final class AbsoluteNumberFormat extends NumberFormat {
    private final DecimalFormat format;

    AbsoluteNumberFormat(String pattern) {
        this.format = new DecimalFormat(pattern);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return format.format(Math.abs(number), toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format.format(Math.abs(number), toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return format.parse(source, parsePosition);
    }
}
