package id.musrenflow.monitoring.ui;

import id.musrenflow.base.IndonesianDates;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;

/** Counts and days in Indonesian notation ("1.234", "3,5"), whatever the UI language, like Rupiah amounts. */
final class Numbers {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(IndonesianDates.INDONESIAN);

    private Numbers() {
    }

    static String count(long value) {
        return NumberFormat.getIntegerInstance(IndonesianDates.INDONESIAN).format(value);
    }

    /** Days with one decimal: "3,5". */
    static String days(double value) {
        return new DecimalFormat("#,##0.0", SYMBOLS).format(value);
    }
}
