package id.musrenflow.base;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Counts and quantities the Indonesian way, "1.250" and "12,5", whatever the UI language (like {@link Rupiah}). */
public final class IndonesianNumbers {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID"));

    private IndonesianNumbers() {
    }

    public static String format(BigDecimal value) {
        return value == null ? "" : new DecimalFormat("#,##0.######", SYMBOLS).format(value);
    }

    public static String format(long value) {
        return format(BigDecimal.valueOf(value));
    }
}
